#!/usr/bin/env bash
# Cold builds of what users build, on fresh clones of two commits, one
# after the other on this machine: the main job (`cargo build --example
# analytics`) and a small user crate (error-catalog and serde, one
# catalogue). Prints each build's wall-clock seconds, how many syn crates
# it compiled, and the ratios.
#
#   bash benches/cold_build.sh BEFORE [AFTER]     (AFTER defaults to HEAD)
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(git rev-parse "${1:?usage: cold_build.sh BEFORE [AFTER]}")
after=$(git rev-parse "${2:-HEAD}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seconds of wall-clock time `$@` takes in directory $1; its output is
# kept in $work/log for counting the syn crates it compiled.
timed() {
    local dir=$1
    shift
    local start end
    start=$(date +%s.%N)
    (cd "$dir" && env -u CARGO_TARGET_DIR "$@" >"$work/log" 2>&1)
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

for commit in "$before" "$after"; do
    clone="$work/$commit"
    git clone -q "$PWD" "$clone"
    git -C "$clone" checkout -q "$commit"
    main=$(timed "$clone" cargo build --example analytics)
    main_syn=$(grep -c 'Compiling syn v' "$work/log" || true)

    user="$work/user-$commit"
    mkdir -p "$user/src"
    cat >"$user/Cargo.toml" <<TOML
[package]
name = "user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
error-catalog = { path = "$clone/catalog" }
serde = { version = "1", features = ["derive"] }

[workspace]
TOML
    cat >"$user/src/lib.rs" <<'RUST'
use error_catalog::error_catalog;

#[derive(Debug, serde::Serialize)]
pub struct Missing {
    pub field: &'static str,
}

#[error_catalog(prefix = "SHOP", range = 1..=99)]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No order {id}")]
    NoSuchOrder { id: u64 },
    #[error(code = 2, http = 400, message = "Invalid order")]
    Invalid(#[details] Missing),
}
RUST
    cp "$clone/Cargo.lock" "$user/Cargo.lock"
    small=$(timed "$user" cargo build)
    small_syn=$(grep -c 'Compiling syn v' "$work/log" || true)
    printf '%s main job %.1f s (%s syn), user crate %.1f s (%s syn)\n' "${commit:0:7}" \
        "$main" "$main_syn" "$small" "$small_syn" | tee -a "$work/results"
done
awk 'NR == 1 { m = $4; u = $10 } NR == 2 { printf "before/after: main job %.2fx, user crate %.2fx\n", m / $4, u / $10 }' "$work/results"
