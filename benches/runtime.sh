#!/usr/bin/env bash
# Runs the run-time benchmarks RUNS times (default 3) and prints, for each
# function, the median of the runs' medians with its ratio to the baseline.
# One run on a shared machine can be off by 20%; the median of several holds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
rm -rf target/criterion-runs
for run in $(seq 1 "$runs"); do
    cargo bench -p error-catalog-benches --bench runtime -- --warm-up-time 2 --measurement-time 5 >/dev/null
    mkdir -p target/criterion-runs
    cp -r target/criterion "target/criterion-runs/$run"
    echo "run $run of $runs done" >&2
done
python3 benches/report.py target/criterion-runs/*
