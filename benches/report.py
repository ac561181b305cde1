#!/usr/bin/env python3
"""Prints the run-time benchmark figures as ratios against their baselines.

Run after `cargo bench --bench runtime`. Reads criterion's estimates from
target/criterion and prints, per group, the median of each function and its
ratio to the group's baseline: `handwritten` (or, for the 5,000-entry lookup,
the 52-entry one, whose growth the target bounds).
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def median_ns(path):
    estimates = json.loads((path / "new" / "estimates.json").read_text())
    return estimates["median"]["point_estimate"]


def main():
    if not ROOT.is_dir():
        sys.exit("no criterion results: run `cargo bench --bench runtime` first")
    rows = []
    for group in sorted(p for p in ROOT.iterdir() if p.is_dir() and p.name != "report"):
        functions = {p.name: median_ns(p) for p in group.iterdir() if (p / "new" / "estimates.json").exists()}
        baseline = functions.get("handwritten") or functions.get("handwritten_52")
        for name, ns in sorted(functions.items()):
            if name.startswith("handwritten"):
                continue
            base_name = "handwritten" if "handwritten" in functions else "handwritten_52"
            rows.append((group.name, name, ns, base_name, baseline))
            if name == "error_catalog_5000" and "error_catalog_52" in functions:
                rows.append((group.name, name, ns, "error_catalog_52", functions["error_catalog_52"]))
    print("| group | function | median | baseline | baseline median | ratio |")
    print("|---|---|---|---|---|---|")
    for group, name, ns, base_name, base in rows:
        print(f"| {group} | {name} | {ns:.1f} ns | {base_name} | {base:.1f} ns | {ns / base:.2f}x |")


if __name__ == "__main__":
    main()
