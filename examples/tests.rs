//! The examples, run as unit tests of the examples package: the analytics
//! command through its `run` function, the others through their `main`.

#[path = "analytics.rs"]
#[allow(dead_code)]
mod analytics_example;
#[path = "legacy_symbolic.rs"]
mod legacy_symbolic_example;
#[path = "nanostream.rs"]
mod nanostream_example;
#[path = "oz_integer.rs"]
mod oz_integer_example;
#[path = "payments.rs"]
#[allow(dead_code)]
mod payments_example;
#[path = "plain_status.rs"]
mod plain_status_example;
#[path = "reasons.rs"]
#[allow(dead_code)]
mod reasons_example;
#[path = "storage.rs"]
#[allow(dead_code)]
mod storage_example;

use analytics_example::run;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|&arg| arg.to_owned()).collect()
}

#[test]
fn analytics_prints_the_page() {
    let page = run(&[]).unwrap();
    assert!(page.starts_with("# Error Codes\n"));
    assert_eq!(
        page.lines()
            .filter(|line| line.starts_with("| ANALYTICS_"))
            .count(),
        52
    );
    assert_eq!(
        page.lines().filter(|line| line.starts_with("## ")).count(),
        12
    );
}

#[test]
fn analytics_prints_the_json_catalogue() {
    let json = run(&args(&["--json"])).unwrap();
    let entries: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(entries.len(), 52);
    assert_eq!(entries[0]["code_str"], "ANALYTICS_1000");
    assert_eq!(entries[0]["category"], "Metrics");
    assert_eq!(entries[51]["name"], "BOOTSTRAP_FAILED");
    assert_eq!(entries[51]["http"], 503);
}

#[test]
fn analytics_prints_the_web_page() {
    let html = run(&args(&["--html"])).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(html.matches("<tr id=\"ANALYTICS_").count(), 52);
    // Each code with the body its responses send.
    assert_eq!(
        html.matches("<p>Sent as <code>application/json</code></p>")
            .count(),
        52
    );
    assert!(html.contains("<tr id=\"ANALYTICS_1203\""));
    assert!(run(&args(&["--help"])).unwrap().contains("--html"));
}

#[test]
fn analytics_prints_the_bodies_of_one_code() {
    let by_string = run(&args(&["--body", "ANALYTICS_1104"])).unwrap();
    let by_number = run(&args(&["--body", "1104"])).unwrap();
    assert_eq!(by_string, by_number);
    assert!(by_string.starts_with("ANALYTICS_1104 DASHBOARD_LOCKED (423 Locked)"));
    assert!(by_string.contains("\"message\": \"Dashboard is currently locked for editing\""));
    assert!(by_string.contains("\"title\": \"Locked\""));
    assert!(by_string.contains(
        "\"resolution\": \"Wait for the lock to be released or contact the lock holder\""
    ));
}

#[test]
fn analytics_rejects_mistakes() {
    let unknown = run(&args(&["--body", "ANALYTICS_9999"])).unwrap_err();
    assert!(
        unknown.contains("no error code \"ANALYTICS_9999\""),
        "{unknown}"
    );
    assert!(run(&args(&["--body"])).unwrap_err().starts_with("usage:"));
    assert!(run(&args(&["--yaml"])).unwrap_err().starts_with("usage:"));
    let help = run(&args(&["--help"])).unwrap();
    assert!(help.starts_with("usage: analytics") && help.contains("--body CODE"));
    assert_eq!(run(&args(&["-h"])).unwrap(), help);
}

#[test]
fn other_examples_run() {
    legacy_symbolic_example::main();
    nanostream_example::main();
    oz_integer_example::main();
    plain_status_example::main();
    payments_example::main();
    reasons_example::main();
    storage_example::main();
}
