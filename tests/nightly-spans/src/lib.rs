//! A catalogue that compiles, and with `--cfg nightly_spans_mistake` one
//! whose messages name fields their variants lack: what
//! `tests/nightly_spans.rs` compiles with a nightly compiler, to see where
//! the errors point.

use error_catalog::error_catalog;

/// Compiles.
#[error_catalog(prefix = "SPAN")]
#[derive(Debug)]
pub enum Fine {
    /// A message with a placeholder.
    #[error(code = 1, http = 404, message = "No metric {metric}")]
    NoMetric {
        /// The metric.
        metric: String,
    },
}

/// Its messages name `{metrc}`, and `{}` with no argument after them.
#[cfg(nightly_spans_mistake)]
#[error_catalog(prefix = "MISTAKE")]
#[derive(Debug)]
pub enum Mistaken {
    /// A typo in a placeholder.
    #[error(
        code = 1,
        http = 404,
        message = "The requested metric {metrc} was not found"
    )]
    NoMetric {
        /// The metric.
        metric: String,
    },
    /// A placeholder for an argument that is not given.
    #[error(code = 2, http = 400, message("Bad value {} in {field}"))]
    BadValue {
        /// The field.
        field: String,
    },
}
