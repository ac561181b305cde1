//! Where the web layer sends each server error (5xx) it answers with: an
//! explicit choice, made once by the application, with
//! [`set_server_error_log`]. By default, [`ServerErrorLog::Default`], every
//! one reaches a log; client errors (4xx) are never logged.
//!
//! ```
//! use error_catalog::logging::{set_server_error_log, ServerErrorLog};
//! use error_catalog::CatalogError;
//!
//! fn to_metrics(error: &dyn CatalogError) {
//!     // A counter per code string, say; the source chain stays here.
//!     let _ = (error.code_str(), error.to_string());
//! }
//!
//! set_server_error_log(ServerErrorLog::To(to_metrics));
//! ```

use std::sync::RwLock;

use crate::{CatalogError, Report};

/// What the web layer does with a server error. A 5xx is ours to fix:
/// choose [`Off`](Self::Off) only where the application logs its server
/// errors itself.
///
/// ```
/// use error_catalog::logging::ServerErrorLog;
///
/// assert!(matches!(ServerErrorLog::default(), ServerErrorLog::Default));
/// ```
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub enum ServerErrorLog {
    /// The whole error, source chain included, to the first of these that
    /// is listening: a `tracing` subscriber (feature `tracing`), a `log`
    /// logger (feature `log`), else one line on standard error.
    #[default]
    Default,
    /// Nothing: the application logs its server errors itself.
    Off,
    /// The application's own function, called with each server error.
    To(fn(&dyn CatalogError)),
}

static CHOSEN: RwLock<ServerErrorLog> = RwLock::new(ServerErrorLog::Default);

/// Sets where the server errors of every later response go, for the whole
/// process: call it once, at start-up.
///
/// ```
/// use error_catalog::logging::{set_server_error_log, ServerErrorLog};
///
/// // The service logs its errors in its own middleware.
/// set_server_error_log(ServerErrorLog::Off);
/// # set_server_error_log(ServerErrorLog::Default);
/// ```
pub fn set_server_error_log(log: ServerErrorLog) {
    // A panic elsewhere while the lock was held left a plain value behind.
    *CHOSEN
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = log;
}

#[cfg(feature = "actix")]
thread_local! {
    /// Set while a response is built a second time, which the first
    /// build's caller logs: see [`quietly`].
    static QUIET: std::cell::Cell<*const ()> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// Runs `build` with the logging of the responses it builds off on this
/// thread, for a response built twice from one error (the actix middleware
/// builds it in the request's scope, and actix-web again when it sends
/// it): the error is logged once, by the second build.
#[cfg(feature = "actix")]
pub(crate) fn quietly<R>(build: impl FnOnce() -> R) -> R {
    crate::scoped::lend(&QUIET, Some(&()), build)
}

fn is_quiet() -> bool {
    #[cfg(feature = "actix")]
    return crate::scoped::with_lent(&QUIET, |quiet| quiet.is_some());
    #[cfg(not(feature = "actix"))]
    false
}

/// Sends a server error where [`set_server_error_log`] chose; does nothing
/// for a client error. Every response the web layer builds from an error
/// goes through here.
pub(crate) fn log_server_error<E: CatalogError>(error: &E) {
    if !error.status().is_server_error() || is_quiet() {
        return;
    }
    let chosen = *CHOSEN
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match chosen {
        ServerErrorLog::Default => log_by_default(error, "request failed", &Report(error)),
        ServerErrorLog::Off => {}
        ServerErrorLog::To(log) => log(error),
    }
}

/// Logs a body that could not be written, a bug of the service whatever
/// the status, with why: the client got the minimal body instead (see
/// [`Respond::serialize_minimal`](crate::body::Respond::serialize_minimal)).
#[cfg(any(feature = "axum", feature = "actix", feature = "tonic"))]
pub(crate) fn log_unwritten_body<E: CatalogError>(error: &E, failure: &dyn core::fmt::Display) {
    log_failure(
        error,
        &format!("error body could not be written ({failure}), sent without its details and public members"),
    );
}

/// Logs a declared header left out of a response: its value, filled from
/// a field, is not one a header can carry.
#[cfg(any(feature = "axum", feature = "actix"))]
pub(crate) fn log_unsent_header<E: CatalogError>(error: &E, name: &str) {
    log_failure(
        error,
        &format!("header {name} left out: its value is not one a header can carry"),
    );
}

/// Logs a request id a client sent that is not sent back: too long, or
/// with characters a body or a header would have to escape. What it was
/// is shown escaped and cut short, since it is the client's text.
#[cfg(any(feature = "axum", feature = "actix"))]
pub(crate) fn log_refused_request_id(header: &str, sent: &[u8], generated: &str) {
    let chosen = *CHOSEN
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if matches!(chosen, ServerErrorLog::Off) {
        return;
    }
    let shown = String::from_utf8_lossy(&sent[..sent.len().min(64)]);
    let what = format!(
        "request id in {header} refused ({} bytes, starting {shown:?}), {generated} generated instead",
        sent.len()
    );
    log_line(&what);
}

/// A response that could not be sent as declared goes where
/// [`ServerErrorLog::Default`] sends server errors, unless the application
/// chose [`ServerErrorLog::Off`].
#[cfg(any(feature = "axum", feature = "actix", feature = "tonic"))]
fn log_failure<E: CatalogError>(error: &E, what: &str) {
    if is_quiet() {
        return;
    }
    let chosen = *CHOSEN
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !matches!(chosen, ServerErrorLog::Off) {
        log_by_default(error, what, &Report(error));
    }
}

/// One line to the first of a `tracing` subscriber, a `log` logger and
/// standard error that is listening, at the level of errors.
#[cfg(any(feature = "axum", feature = "actix"))]
fn log_line(what: &str) {
    #[cfg(feature = "tracing")]
    if has_subscriber() {
        tracing::error!("{what}");
        return;
    }
    without_tracing(format_args!("{what}"));
}

/// [`ServerErrorLog::Default`]: the whole error to the first of these that
/// is listening: a `tracing` subscriber (feature `tracing`), a
/// `log` logger (feature `log`), else one line on standard error, which
/// every process has and every service manager and container runtime
/// keeps. A feature turned on with nothing installed behind it must not
/// swallow the error.
fn log_by_default<E: CatalogError>(error: &E, what: &str, text: &dyn core::fmt::Display) {
    #[cfg(feature = "tracing")]
    if has_subscriber() {
        tracing::error!(
            code = error.code_str(),
            status = error.status().as_u16(),
            error = %text,
            "{what}"
        );
        return;
    }
    without_tracing(format_args!(
        "{what}: code={} status={}: {text}",
        error.code_str(),
        error.status().as_u16(),
    ));
}

/// Whether a `tracing` subscriber is installed where the event is sent.
#[cfg(feature = "tracing")]
fn has_subscriber() -> bool {
    tracing::dispatcher::get_default(|dispatch| !dispatch.is::<tracing::subscriber::NoSubscriber>())
}

/// `line` to a `log` logger (feature `log`) when one listens, else to
/// standard error.
fn without_tracing(line: core::fmt::Arguments<'_>) {
    #[cfg(feature = "log")]
    if log::log_enabled!(target: "error_catalog", log::Level::Error) {
        log::error!(target: "error_catalog", "{line}");
        return;
    }
    use std::io::Write as _;
    // One write of one line, so that lines of concurrent requests do not
    // interleave; a failed write to stderr has nowhere else to go.
    let line = format!("error_catalog: {line}\n");
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}
