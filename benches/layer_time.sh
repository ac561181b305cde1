#!/usr/bin/env bash
# Time per request through an axum router in process, with the
# negotiating layer and without: the requests of benches/layer_count.rs
# (see its ways), 300,000 per run, each way run in turn eleven times so
# that a slow spell of a shared machine falls on all of them alike. The
# fastest run of each way is kept, the loop alone (`none`) subtracted,
# and each way given as a ratio to the route alone measured in the same
# turns: a route that fails for the ways that fail, one that succeeds for
# `negotiated_outside_ok`.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(cargo bench -p error-catalog-benches --bench layer_count --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "layer_count" and m.get("executable"):
        print(m["executable"])')
ROUNDS=300000 python3 - "$binary" <<'PY'
import subprocess, sys, time

binary = sys.argv[1]
rounds = 300_000
ways = ["none", "bare_route", "pass_through_layer", "vary_outside", "negotiated", "negotiated_outside",
        "negotiated_outside_varied", "ok_route", "negotiated_outside_ok"]
fastest = {way: float("inf") for way in ways}
for _ in range(11):
    for way in ways:
        start = time.perf_counter()
        subprocess.run([binary, way], stdout=subprocess.DEVNULL, check=True)
        fastest[way] = min(fastest[way], time.perf_counter() - start)
per = {way: (fastest[way] - fastest["none"]) / rounds * 1e9 for way in ways[1:]}
print("| request | ns per request | ratio to the route alone |")
print("|---|---|---|")
for way, value in per.items():
    alone = per["ok_route"] if way in ("ok_route", "negotiated_outside_ok") else per["bare_route"]
    print(f"| {way} | {value:.0f} | {value / alone:.3f}x |")
PY
