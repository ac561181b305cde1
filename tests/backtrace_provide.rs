//! On nightly, with `--cfg error_generic_member_access` (the cfg thiserror
//! uses) and the feature enabled, a catalogue offers its backtraces through
//! `Error::provide`: runs `tests/nightly-backtrace`, whose assertions then
//! include thiserror's `request_ref::<Backtrace>` checks, with the nightly
//! toolchain. Without one installed there is nothing to run it with: the
//! test says so and passes, and the stable half runs in any case.

use std::process::Command;

#[test]
fn backtraces_are_provided_on_nightly() {
    let rustup = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .output();
    if !rustup.is_ok_and(|output| output.status.success()) {
        eprintln!("no nightly toolchain: Error::provide is not checked");
        return;
    }
    let target = concat!(env!("CARGO_TARGET_TMPDIR"), "/nightly-backtrace");
    let output = Command::new("rustup")
        .args(["run", "nightly", "cargo", "test", "--locked"])
        .args([
            "-p",
            "error-catalog-nightly-backtrace",
            "--target-dir",
            target,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUSTFLAGS", "--cfg error_generic_member_access")
        // The stable cargo running this test sets these for its own build.
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTDOC")
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("test result: ok. 3 passed"),
        "the backtrace tests did not run:\n{stdout}"
    );
}
