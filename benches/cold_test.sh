#!/usr/bin/env bash
# A cold `cargo test --workspace` on fresh clones of two commits, one after
# the other on this machine: wall-clock and CPU seconds of each, and their
# ratio. Each clone gets an empty target folder; the registry's downloads
# are shared, as on a CI machine whose cache holds only them.
#
#   bash benches/cold_test.sh BEFORE [AFTER]     (AFTER defaults to HEAD)
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(git rev-parse "${1:?usage: cold_test.sh BEFORE [AFTER]}")
after=$(git rev-parse "${2:-HEAD}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The tests read `../shared`, the seeds' folder beside the checkout.
[ -e ../shared ] && ln -s "$(cd ../shared && pwd)" "$work/shared"

for commit in "$before" "$after"; do
    git clone -q "$PWD" "$work/$commit"
    git -C "$work/$commit" checkout -q "$commit"
    start=$(date +%s.%N)
    ( cd "$work/$commit" && env -u CARGO_TARGET_DIR TIMEFORMAT='%U %S' bash -c \
        'time cargo test --workspace -q >/dev/null 2>&1' ) 2>"$work/$commit.cpu"
    end=$(date +%s.%N)
    read -r user system <"$work/$commit.cpu"
    printf '%s wall %.0f s, cpu (children) %.0f s\n' "${commit:0:7}" \
        "$(echo "$end - $start" | bc)" "$(echo "$user + $system" | bc)" | tee -a "$work/results"
done
awk 'NR == 1 { w = $3; c = $7 } NR == 2 { printf "before/after: wall %.2fx, cpu %.2fx\n", w / $3, c / $7 }' "$work/results"
