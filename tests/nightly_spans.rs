//! On nightly, where the compiler gives spans inside a literal, an error
//! about one placeholder points at that placeholder, not at the whole
//! message; on stable it points at the message. Compiles
//! `tests/nightly-spans` with `--cfg nightly_spans_mistake` with the
//! nightly toolchain and reads where each error points.
//!
//! Ignored by default, so that a machine without nightly never counts it
//! as passed: `.ci/run` runs it with `--ignored` where nightly is installed
//! and says so where it is not. Run with `--ignored` and no nightly, it
//! fails.

mod nightly;

#[test]
#[ignore = "needs a nightly toolchain: `.ci/run` runs it where one is installed"]
fn a_placeholder_error_points_at_the_placeholder_on_nightly() {
    let target = concat!(env!("CARGO_TARGET_TMPDIR"), "/nightly-spans");
    let output = nightly::cargo(
        &[
            "check",
            "--locked",
            "-p",
            "error-catalog-nightly-spans",
            "--message-format",
            "json",
        ],
        target,
    )
    .env("RUSTFLAGS", "--cfg nightly_spans_mistake")
    .output()
    .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "the mistakes compiled:\n{stdout}");
    // Each error's message, and the text its primary span covers.
    let pointed: Vec<(String, String)> = stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-message")
        .map(|message| message["message"].clone())
        .filter(|diagnostic| diagnostic["level"] == "error")
        .filter_map(|diagnostic| {
            let span = diagnostic["spans"]
                .as_array()?
                .iter()
                .find(|span| span["is_primary"] == true)?
                .clone();
            let line = span["text"][0]["text"].as_str()?;
            let (start, end) = (
                span["column_start"].as_u64()? as usize - 1,
                span["column_end"].as_u64()? as usize - 1,
            );
            let covered = line.get(start..end)?.to_owned();
            Some((diagnostic["message"].as_str()?.to_owned(), covered))
        })
        .collect();
    let at = |wanted: &str| {
        pointed
            .iter()
            .find(|(message, _)| message.contains(wanted))
            .map(|(_, covered)| covered.as_str())
            .unwrap_or_else(|| panic!("no error about {wanted}: {pointed:#?}"))
    };
    assert_eq!(at("{metrc}"), "{metrc}");
    assert_eq!(at("stands for an argument"), "{}");
}
