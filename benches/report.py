#!/usr/bin/env python3
"""Prints the run-time benchmark figures as ratios against their baselines.

    python3 benches/report.py [RESULT_DIR ...]

Reads criterion's estimates (by default from target/criterion, the last
`cargo bench -p error-catalog-benches --bench runtime`; `benches/runtime.sh` passes one directory per
run) and prints, per group, the median of each function (the median over the
runs of each run's median) and its ratio to the group's baseline:
`handwritten`, and for the 5,000-entry lookups also the 52-entry one, whose
growth the target bounds; in the group `negotiation`, the route alone.
"""
import json
import statistics
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def median_ns(path):
    estimates = json.loads((path / "new" / "estimates.json").read_text())
    return estimates["median"]["point_estimate"]


def per_run(roots):
    """{group: {function: [each run's median]}}, runs in the order given."""
    runs = {}
    for root in roots:
        for group in (p for p in root.iterdir() if p.is_dir() and p.name != "report"):
            for function in group.iterdir():
                if (function / "new" / "estimates.json").exists():
                    runs.setdefault(group.name, {}).setdefault(function.name, []).append(median_ns(function))
    return runs


def groups(roots):
    """{group: {function: median of the runs' medians}}"""
    return {g: {f: statistics.median(v) for f, v in fs.items()} for g, fs in per_run(roots).items()}


def baseline_of(function, functions):
    """The function of the same group that `function` is measured against:
    the hand-written code; in the group `negotiation`, the route alone (the
    one that succeeds for the layer in front of it). `None` for a group
    without one."""
    if function == "negotiated_outside_ok":
        wanted = ["ok_route"]
    else:
        wanted = ["handwritten", "handwritten_52", "bare_route"]
    return next((name for name in wanted if name in functions), None)


def main():
    roots = [pathlib.Path(arg) for arg in sys.argv[1:]] or [ROOT]
    if not all(root.is_dir() for root in roots):
        sys.exit("no criterion results: run `cargo bench -p error-catalog-benches --bench runtime` first")
    runs = per_run(roots)
    rows = []
    for group_name, functions in sorted(groups(roots).items()):
        for name, ns in sorted(functions.items()):
            base_name = baseline_of(name, functions)
            if base_name is None or base_name == name:
                continue
            rows.append((group_name, name, ns, base_name, functions[base_name]))
            if name == "error_catalog_5000" and "error_catalog_52" in functions:
                rows.append((group_name, name, ns, "error_catalog_52", functions["error_catalog_52"]))
            # The negotiation beyond the `Vary` every negotiated response carries.
            if name == "negotiated_outside" and "vary_outside" in functions:
                rows.append((group_name, name, ns, "vary_outside", functions["vary_outside"]))
    print(f"runs: {len(roots)}")
    print("| group | function | median | baseline | baseline median | ratio | ratio in each run |")
    print("|---|---|---|---|---|---|---|")
    for group, name, ns, base_name, base in rows:
        each = zip(runs[group][name], runs[group][base_name])
        spread = " ".join(f"{ours / theirs:.2f}" for ours, theirs in each)
        print(f"| {group} | {name} | {ns:.1f} ns | {base_name} | {base:.1f} ns | {ns / base:.2f}x | {spread} |")


if __name__ == "__main__":
    main()
