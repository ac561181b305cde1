//! On nightly, a catalogue offers its backtraces through `Error::provide`
//! with no flag and no feature in the user's crate: the runtime crate's
//! build script finds the compiler offers it. Runs `tests/nightly-backtrace`
//! (thiserror's backtrace cases, whose assertions then include
//! `request_ref::<Backtrace>`) with the nightly toolchain.
//!
//! Ignored by default, so that a machine without nightly never counts it
//! as passed: `.ci/run` runs it with `--ignored` where nightly is installed
//! and says so where it is not. Run with `--ignored` and no nightly, it
//! fails.

mod nightly;

#[test]
#[ignore = "needs a nightly toolchain: `.ci/run` runs it where one is installed"]
fn backtraces_are_provided_on_nightly() {
    let target = concat!(env!("CARGO_TARGET_TMPDIR"), "/nightly-backtrace");
    // No flag: the runtime crate's build script turns `provide` on.
    let output = nightly::cargo(
        &["test", "--locked", "-p", "error-catalog-nightly-backtrace"],
        target,
    )
    .output()
    .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    // `tests/provide.rs` and thiserror's three cases: each ran, none was
    // left out by a cfg.
    for ran in [
        "test provide_offers_the_backtrace ... ok",
        "test result: ok. 3 passed",
    ] {
        assert!(stdout.contains(ran), "`{ran}` is missing:\n{stdout}");
    }
}
