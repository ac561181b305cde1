#!/usr/bin/env bash
# What a newcomer and a user build first, timed as whole processes on
# fresh clones of two revisions with empty target folders, alternating,
# ROUNDS times (default 2): the main job, `cargo run --example analytics`,
# and a small user crate (error-catalog and serde, one catalogue). Each
# line also counts the `syn` crates the build compiled.
#
#   bash benches/first_run.sh BASELINE_REV REV
#
# Crates already in ~/.cargo/registry are not downloaded again, so both
# revisions are timed on compiling and running alone.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
baseline=${1:?usage: first_run.sh BASELINE_REV REV}
revision=${2:?usage: first_run.sh BASELINE_REV REV}
rounds=${ROUNDS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs `$@` in directory $1 with an empty target folder; prints its
# seconds and how many syn crates it compiled.
timed() {
    local dir=$1
    shift
    rm -rf "$dir/target"
    local start end
    start=$(date +%s.%N)
    (cd "$dir" && env -u CARGO_TARGET_DIR "$@" >"$work/log" 2>&1)
    end=$(date +%s.%N)
    printf '%.1f s (%s syn)' "$(echo "$end - $start" | bc)" "$(grep -c 'Compiling syn v' "$work/log" || true)"
}

for rev in "$baseline" "$revision"; do
    git clone -q "$repo" "$work/$rev"
    git -C "$work/$rev" checkout -q "$rev"
    user="$work/user-$rev"
    mkdir -p "$user/src"
    cat >"$user/Cargo.toml" <<TOML
[package]
name = "user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
error-catalog = { path = "$work/$rev/catalog" }
serde = { version = "1", features = ["derive"] }

[workspace]
TOML
    cat >"$user/src/main.rs" <<'RUST'
use error_catalog::{error_catalog, CatalogError};

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

fn main() {
    assert_eq!(ShopError::NoSuchOrder { id: 7 }.code_str(), "SHOP_1");
}
RUST
    # The same versions as the revision's own lock file.
    cp "$work/$rev/Cargo.lock" "$user/Cargo.lock"
done
for round in $(seq 1 "$rounds"); do
    for rev in "$baseline" "$revision"; do
        main=$(timed "$work/$rev" cargo run -v --example analytics)
        small=$(timed "$work/user-$rev" cargo run -v)
        echo "round $round  ${rev:0:7}  main job $main  user crate $small"
    done
done
