//! What the tests that need a nightly compiler share: a cargo command of
//! the nightly toolchain in this workspace.

use std::process::Command;

/// `cargo` of the nightly toolchain, run from the workspace with `args`,
/// its builds in `target`: without `RUSTFLAGS` (a caller sets its own) nor
/// the variables the stable cargo running the test set for its own build.
/// Panics when no nightly toolchain is installed, so that a test run with
/// `--ignored` never passes without one.
pub fn cargo(args: &[&str], target: &str) -> Command {
    let rustup = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .output();
    assert!(
        rustup.is_ok_and(|output| output.status.success()),
        "no nightly toolchain: `rustup toolchain install nightly`, or leave this test ignored"
    );
    let mut command = Command::new("rustup");
    command
        .args(["run", "nightly", "cargo"])
        .args(args)
        .args(["--target-dir", target])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTDOC")
        .env_remove("RUSTUP_TOOLCHAIN");
    command
}
