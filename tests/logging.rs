//! Where a server error's log line goes: by default to a `tracing`
//! subscriber when one is installed, else to a `log` logger when one is,
//! else to standard error, never nowhere; elsewhere or nowhere only when
//! the application chose so with `set_server_error_log`. A global subscriber or logger cannot be taken
//! back, so each case runs in a child process: this test binary again,
//! with one ignored case and `--ignored`, its standard error read here.

use std::process::Command;

use error_catalog::error_catalog;

#[error_catalog(prefix = "LEDGER", range = 1..=9)]
#[derive(Debug)]
pub enum LedgerError {
    #[error(code = 1, http = 503, message = "The ledger is unavailable")]
    Unavailable(#[source] std::io::Error),
    #[error(code = 2, http = 404, message = "No such account")]
    NoSuchAccount,
}

/// Builds the response of a server error and of a client error, as a
/// handler returning them does.
fn respond() {
    let reset = std::io::Error::other("ledger database at 10.0.0.5 reset the connection");
    for error in [LedgerError::Unavailable(reset), LedgerError::NoSuchAccount] {
        let response = axum::response::IntoResponse::into_response(error);
        assert!(response.status().as_u16() >= 400);
    }
}

/// Runs the ignored case `name` alone in a child process: the lines of its
/// standard error about the ledger's codes, and the whole of it.
fn child(name: &str) -> (Vec<String>, String) {
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            name,
            "--test-threads=1",
            "--nocapture",
        ])
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "{name} did not run:\n{stdout}");
    let lines = stderr
        .lines()
        .filter(|line| line.contains("LEDGER_"))
        .map(str::to_owned)
        .collect();
    (lines, stderr)
}

const LINE: &str =
    "code=LEDGER_1 status=503: The ledger is unavailable: ledger database at 10.0.0.5 reset the connection";

#[test]
fn with_nothing_installed_a_server_error_reaches_standard_error() {
    let (lines, stderr) = child("alone");
    assert_eq!(
        lines,
        [format!("error_catalog: request failed: {LINE}")],
        "{stderr}"
    );
}

#[test]
#[ignore = "run in a child process by the test above"]
fn alone() {
    respond();
}

#[test]
fn with_a_logger_a_server_error_goes_through_log() {
    let (lines, stderr) = child("with_log");
    assert_eq!(
        lines,
        [format!(
            "logged ERROR error_catalog: request failed: {LINE}"
        )],
        "{stderr}"
    );
}

/// Writes each record at level Warn or above to standard error, marked.
struct StderrLogger;

impl StderrLogger {
    fn install() {
        log::set_logger(&StderrLogger).unwrap();
        log::set_max_level(log::LevelFilter::Warn);
    }
}

impl log::Log for StderrLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            eprintln!(
                "logged {} {}: {}",
                record.level(),
                record.target(),
                record.args()
            );
        }
    }

    fn flush(&self) {}
}

#[test]
#[ignore = "run in a child process by the test above"]
fn with_log() {
    StderrLogger::install();
    respond();
}

#[test]
fn with_a_subscriber_a_server_error_goes_through_tracing() {
    let (lines, stderr) = child("with_tracing");
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("ERROR"), "{stderr}");
    assert!(lines[0].contains("request failed"), "{stderr}");
    assert!(lines[0].contains("ledger database at 10.0.0.5"), "{stderr}");
    assert!(!lines[0].starts_with("error_catalog: "), "{stderr}");
    assert!(!lines[0].starts_with("logged "), "{stderr}");
}

#[test]
#[ignore = "run in a child process by the test above"]
fn with_tracing() {
    // A logger too: the subscriber comes first.
    StderrLogger::install();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
    respond();
}

#[test]
fn turned_off_a_server_error_is_not_logged() {
    let (lines, stderr) = child("turned_off");
    assert!(lines.is_empty(), "{stderr}");
}

#[test]
#[ignore = "run in a child process by the test above"]
fn turned_off() {
    StderrLogger::install();
    error_catalog::logging::set_server_error_log(error_catalog::logging::ServerErrorLog::Off);
    respond();
}

#[test]
fn redirected_a_server_error_goes_to_the_application() {
    let (lines, stderr) = child("redirected");
    assert_eq!(
        lines,
        ["redirected LEDGER_1 503: The ledger is unavailable: ledger database at 10.0.0.5 reset the connection"],
        "{stderr}"
    );
}

/// The application's own log: one marked line per server error.
fn to_stderr(error: &dyn error_catalog::CatalogError) {
    eprintln!(
        "redirected {} {}: {error}: {}",
        error.code_str(),
        error.status().as_u16(),
        std::error::Error::source(error).map_or(String::new(), ToString::to_string)
    );
}

#[test]
#[ignore = "run in a child process by the test above"]
fn redirected() {
    // A logger too: the application's choice comes first.
    StderrLogger::install();
    error_catalog::logging::set_server_error_log(error_catalog::logging::ServerErrorLog::To(
        to_stderr,
    ));
    respond();
}
