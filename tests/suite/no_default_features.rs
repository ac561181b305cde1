//! Runs the tests of `tests/no-default-features` on their own, so that its
//! catalogues are expanded against `error-catalog` without default features
//! (inside `cargo test --workspace` the features of all members are unified
//! and serde would be on). Its own target folder keeps the two builds apart.

use std::process::Command;

const CRATE: &str = "error-catalog-no-default-features";

/// The cargo running this test, in the workspace's root.
fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.current_dir(crate::common::root());
    command
}

/// Runs the one test of the crate whose name holds `filter`, with the
/// crate's `features`; its standard output and error.
fn run_test(features: &str, filter: &str) -> (String, String) {
    let target = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-default-features");
    let output = cargo()
        .args(["test", "--locked", "-p", CRATE, "--target-dir", target])
        .args(["--features", features, "--", filter])
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("test result: ok. 1 passed"),
        "the crate's test did not run:\n{stdout}"
    );
    (stdout, stderr)
}

#[test]
fn catalogues_compile_and_work_without_default_features() {
    run_test("", "catalogues_work_without_default_features");
    // Built on its own, the crate's graph has neither serde nor axum.
    let tree = cargo()
        .args(["tree", "--locked", "-p", CRATE])
        .args(["-e", "normal", "--prefix", "none"])
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&tree.stdout);
    assert!(tree.contains("error-catalog v"), "{tree}");
    for absent in ["serde ", "serde_core ", "axum-core "] {
        assert!(!tree.contains(absent), "{absent}in:\n{tree}");
    }
}

/// With `axum` but not `tracing`, a 5xx response still reaches a log: one
/// line on standard error with the code, the status and the whole source
/// chain, which the body never carries. A 4xx is not logged.
#[test]
fn server_errors_reach_stderr_without_tracing() {
    let (_, stderr) = run_test("axum", "served_without_tracing");
    let logged: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error_catalog: "))
        .collect();
    assert_eq!(
        logged,
        ["error_catalog: request failed: code=STORE_102 status=502: Backend failed: disk on fire at 10.0.0.7"],
        "{stderr}"
    );
}
