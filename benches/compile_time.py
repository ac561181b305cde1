#!/usr/bin/env python3
"""Compile-time cost of #[error_catalog] against the hand-written equivalent.

Generates user crates with 50, 500 and 5,000 variants, each written twice:
with #[error_catalog], and by hand with thiserror (a `#[error("...")]` per
variant, a `match` per accessor, code lookups and a serde struct for the
body). All crates share one target directory, so dependencies are built
once; each crate is then rebuilt alone after touching its source, several
times, and the median is reported with the ratio between the two styles:
once with rustc's incremental cache (what `cargo build` does during
development; the macro still runs every time) and once without it, the
whole crate compiled again (`CARGO_INCREMENTAL=0`).

Then a crate of each kind is built from scratch in an empty target
directory, dependencies included.

    python3 benches/compile_time.py [--runs N] [--sizes 50,500,5000] [--skip-clean] [--optimize-macros]

The hand-written crate is measured twice: with the serde struct of a body
(`hand_N`), and without it (`plain_N`, thiserror and the matches alone), the
stricter baseline.

Everything is written under target/compile-bench/.
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
WORK = REPO / "target" / "compile-bench"
STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503]


def variant(i):
    return f"Failure{i}"


def with_macro(n):
    lines = [
        "use error_catalog::error_catalog;",
        "",
        f'#[error_catalog(prefix = "BENCH", range = 1000..={1000 + n - 1})]',
        "#[derive(Debug)]",
        "pub enum BenchError {",
    ]
    for i in range(n):
        status = STATUSES[i % len(STATUSES)]
        if i % 10 == 0:
            lines.append(f'    #[error(code = {1000 + i}, http = {status}, message = "Failure {i} on {{resource}}", resolution = "Retry {i}")]')
            lines.append(f"    {variant(i)} {{ resource: String }},")
        else:
            lines.append(f'    #[error(code = {1000 + i}, http = {status}, message = "Failure {i} happened", resolution = "Retry {i}")]')
            lines.append(f"    {variant(i)},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def by_hand(n, body=True):
    lines = [
        "use std::borrow::Cow;",
        "",
        "#[derive(Debug, thiserror::Error)]",
        "pub enum BenchError {",
    ]
    for i in range(n):
        if i % 10 == 0:
            lines.append(f'    #[error("Failure {i} on {{resource}}")]')
            lines.append(f"    {variant(i)} {{ resource: String }},")
        else:
            lines.append(f'    #[error("Failure {i} happened")]')
            lines.append(f"    {variant(i)},")
    lines.append("}")
    lines.append("")
    lines.append("impl BenchError {")

    def accessor(signature, value):
        lines.append(f"    pub fn {signature} {{")
        lines.append("        match self {")
        for i in range(n):
            pattern = f"Self::{variant(i)} {{ .. }}"
            lines.append(f"            {pattern} => {value(i)},")
        lines.append("        }")
        lines.append("    }")
        lines.append("")

    accessor("code(&self) -> u32", lambda i: str(1000 + i))
    accessor("code_str(&self) -> &'static str", lambda i: f'"BENCH_{1000 + i}"')
    accessor("name(&self) -> &'static str", lambda i: f'"FAILURE{i}"')
    accessor("status(&self) -> http::StatusCode", lambda i: f"http::StatusCode::from_u16({STATUSES[i % len(STATUSES)]}).unwrap()")
    accessor("resolution(&self) -> Option<&'static str>", lambda i: f'Some("Retry {i}")')
    lines.append("    pub fn message(&self) -> Cow<'static, str> {")
    lines.append("        match self {")
    for i in range(n):
        if i % 10 == 0:
            lines.append(f"            Self::{variant(i)} {{ .. }} => Cow::Owned(self.to_string()),")
        else:
            lines.append(f'            Self::{variant(i)} {{ .. }} => Cow::Borrowed("Failure {i} happened"),')
    lines.append("        }")
    lines.append("    }")
    lines.append("")
    lines.append("    pub fn name_of(code: u32) -> Option<&'static str> {")
    lines.append("        match code {")
    for i in range(n):
        lines.append(f'            {1000 + i} => Some("FAILURE{i}"),')
    lines.append("            _ => None,")
    lines.append("        }")
    lines.append("    }")
    lines.append("}")
    lines.append("")
    if body:
        lines.append("#[derive(serde::Serialize)]")
        lines.append("pub struct Body<'a> {")
        lines.append("    pub error: BodyError<'a>,")
        lines.append("}")
        lines.append("")
        lines.append("#[derive(serde::Serialize)]")
        lines.append("pub struct BodyError<'a> {")
        lines.append("    pub code: &'a str,")
        lines.append("    pub message: Cow<'a, str>,")
        lines.append("    pub http: u16,")
        lines.append("}")
    return "\n".join(lines) + "\n"


def write_crate(root, name, source, dependencies, standalone=False):
    crate = root / name
    (crate / "src").mkdir(parents=True, exist_ok=True)
    # A standalone crate must not join the repository's workspace above it.
    workspace = "\n[workspace]\n" if standalone else ""
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n{dependencies}{workspace}'
    )
    (crate / "src" / "lib.rs").write_text(source)
    return name


MACRO_DEPS = f'error-catalog = {{ path = "{REPO / "catalog"}" }}\n'
HAND_DEPS = 'thiserror = "2"\nhttp = "1"\nserde = { version = "1", features = ["derive"] }\n'
PLAIN_DEPS = 'thiserror = "2"\nhttp = "1"\n'


# The hand-written crate with a serde body struct (what a catalogue's bodies
# replace), the same without the body (a stricter baseline), and the macro.
KINDS = ("hand", "plain", "macro")


def cargo(args, cwd, target, incremental=True):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="1" if incremental else "0")
    subprocess.run(["cargo", *args], cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def timed_build(crate, cwd, target, incremental):
    (cwd / crate / "src" / "lib.rs").touch()
    start = time.perf_counter()
    cargo(["build", "-q", "-p", crate], cwd, target, incremental)
    return time.perf_counter() - start


def incremental(sizes, runs, optimize_macros):
    root = WORK / "incremental"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    members = []
    for n in sizes:
        members.append(write_crate(root, f"macro_{n}", with_macro(n), MACRO_DEPS))
        members.append(write_crate(root, f"hand_{n}", by_hand(n), HAND_DEPS))
        members.append(write_crate(root, f"plain_{n}", by_hand(n, body=False), PLAIN_DEPS))
    # `--optimize-macros`: what a user gets from this profile setting, which
    # compiles every proc macro (thiserror's and serde's too) optimised.
    profile = "\n[profile.dev.build-override]\nopt-level = 3\n" if optimize_macros else ""
    (root / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = [" + ", ".join(f'"{m}"' for m in members) + "]\n" + profile
    )
    target = root / "target"
    for incremental in (True, False):
        mode = "incremental cache" if incremental else "no incremental cache (CARGO_INCREMENTAL=0)"
        cargo(["build", "-q", "--workspace"], root, target, incremental)
        medians = {}
        for n in sizes:
            # The first rebuild after a switch of mode also refreshes the
            # cache; it is run and not counted. The kinds then take turns,
            # so that a slow spell of the machine falls on all of them.
            for kind in KINDS:
                timed_build(f"{kind}_{n}", root, target, incremental)
            times = {kind: [] for kind in KINDS}
            for _ in range(runs):
                for kind in KINDS:
                    times[kind].append(timed_build(f"{kind}_{n}", root, target, incremental))
            for kind in KINDS:
                medians[(kind, n)] = statistics.median(times[kind])
                print(f"{kind}_{n} ({mode}): median {medians[(kind, n)]:.2f} s of {runs} ({', '.join(f'{t:.2f}' for t in times[kind])})", flush=True)
        print()
        print(f"Rebuild of the crate alone, {mode}:")
        print()
        print("| variants | hand-written + thiserror + serde body | #[error_catalog] | ratio | without the serde body (stricter) | ratio |")
        print("|---|---|---|---|---|---|")
        for n in sizes:
            hand, plain, ours = medians[("hand", n)], medians[("plain", n)], medians[("macro", n)]
            print(f"| {n} | {hand:.2f} s | {ours:.2f} s | {ours / hand:.2f}x | {plain:.2f} s | {ours / plain:.2f}x |")
        print()
        for small, large in zip(sizes, sizes[1:]):
            for kind in KINDS:
                growth = medians[(kind, large)] / medians[(kind, small)]
                print(f"- growth {kind} {small} -> {large}: {growth:.1f}x for {large / small:.0f}x the variants")
        print(flush=True)


def clean(runs):
    print("Clean build of a small user crate, dependencies included, from an empty target directory:")
    print()
    print("| depends on | median | ratio to thiserror |")
    print("|---|---|---|")
    results = {}
    for label, deps, source in (
        ("thiserror", 'thiserror = "2"\n', "#[derive(Debug, thiserror::Error)]\npub enum E {\n    #[error(\"not found\")]\n    NotFound,\n}\n"),
        ("thiserror + http + serde", HAND_DEPS, by_hand(10)),
        ("error-catalog", MACRO_DEPS, with_macro(10)),
    ):
        root = WORK / "clean" / label.replace(" ", "").replace("+", "_")
        shutil.rmtree(root, ignore_errors=True)
        write_crate(root, "user", source, deps, standalone=True)
        times = []
        for _ in range(runs):
            target = root / "target"
            shutil.rmtree(target, ignore_errors=True)
            start = time.perf_counter()
            cargo(["build", "-q"], root / "user", target)
            times.append(time.perf_counter() - start)
        results[label] = statistics.median(times)
    for label, seconds in results.items():
        print(f"| {label} | {seconds:.2f} s | {seconds / results['thiserror']:.2f}x |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="50,500,5000")
    parser.add_argument("--clean-runs", type=int, default=2)
    parser.add_argument("--skip-clean", action="store_true")
    parser.add_argument("--optimize-macros", action="store_true", help="build proc macros with opt-level 3")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    subprocess.run(["cargo", "fetch", "-q"], cwd=REPO, check=True)
    incremental(sizes, args.runs, args.optimize_macros)
    if not args.skip_clean:
        clean(args.clean_runs)


if __name__ == "__main__":
    main()
