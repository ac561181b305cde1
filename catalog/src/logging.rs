//! Server errors reach a log: the web layer calls [`log_server_error`] for
//! every response it builds from an error.

use crate::{CatalogError, Report};

/// Server errors are ours to fix: log them whole, always, to the first of
/// these that is listening: a `tracing` subscriber (feature `tracing`), a
/// `log` logger (feature `log`), else one line on standard error, which
/// every process has and every service manager and container runtime
/// keeps. A feature turned on with nothing installed behind it must not
/// swallow the error. Client errors are not logged.
pub(crate) fn log_server_error<E: CatalogError>(error: &E) {
    if !error.status().is_server_error() {
        return;
    }
    #[cfg(feature = "tracing")]
    if tracing::dispatcher::get_default(|dispatch| {
        !dispatch.is::<tracing::subscriber::NoSubscriber>()
    }) {
        tracing::error!(
            code = error.code_str(),
            status = error.status().as_u16(),
            error = %Report(error),
            "request failed"
        );
        return;
    }
    #[cfg(feature = "log")]
    if log::log_enabled!(target: "error_catalog", log::Level::Error) {
        log::error!(
            target: "error_catalog",
            "request failed: code={} status={}: {}",
            error.code_str(),
            error.status().as_u16(),
            Report(error)
        );
        return;
    }
    use std::io::Write as _;
    // One write of one line, so that lines of concurrent requests do not
    // interleave; a failed write to stderr has nowhere else to go.
    let line = format!(
        "error_catalog: request failed: code={} status={}: {}\n",
        error.code_str(),
        error.status().as_u16(),
        Report(error)
    );
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}
