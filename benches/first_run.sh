#!/usr/bin/env bash
# The newcomer's first command, timed as a whole process: the cold
# `cargo run --example analytics` of a fresh clone with an empty target
# folder, at two revisions, alternating, ROUNDS times (default 2).
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
for rev in "$baseline" "$revision"; do
    git clone -q "$repo" "$work/$rev"
    git -C "$work/$rev" checkout -q "$rev"
done
for round in $(seq 1 "$rounds"); do
    for rev in "$baseline" "$revision"; do
        rm -rf "$work/$rev/target"
        start=$(date +%s.%N)
        (cd "$work/$rev" && cargo run -q --example analytics >/dev/null)
        end=$(date +%s.%N)
        echo "round $round  $rev  $(echo "$end - $start" | bc) s"
    done
done
