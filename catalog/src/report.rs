use core::fmt;
use std::error::Error;

/// An error and its whole `source()` chain on one line, `outer: inner:
/// innermost`: what a server logs, and never sends.
///
/// ```
/// use error_catalog::{error_catalog, Report};
///
/// #[error_catalog(prefix = "DB", range = 1900..=1999)]
/// #[derive(Debug)]
/// pub enum DatabaseError {
///     #[error(code = 1900, http = 500, message = "Database operation failed")]
///     Failed(#[source] std::io::Error),
/// }
///
/// let error = DatabaseError::Failed(std::io::Error::other("connection reset by 10.0.0.7"));
/// assert_eq!(
///     Report(&error).to_string(),
///     "Database operation failed: connection reset by 10.0.0.7"
/// );
///
/// // A message that already interpolates its source does not repeat it.
/// #[error_catalog(prefix = "UP", range = 1..=9)]
/// #[derive(Debug)]
/// pub enum UpstreamError {
///     #[error(code = 1, http = 502, message = "Upstream failed: {0}")]
///     Failed(#[source] std::io::Error),
/// }
///
/// let error = UpstreamError::Failed(std::io::Error::other("reset"));
/// assert_eq!(Report(&error).to_string(), "Upstream failed: reset");
/// ```
#[derive(Clone, Copy)]
pub struct Report<'a>(pub &'a (dyn Error + 'a));

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut line = self.0.to_string();
        let mut source = self.0.source();
        // A cycle in a hand-written chain must not hang the logger.
        let mut depth = 0;
        while let Some(error) = source {
            depth += 1;
            if depth > 64 {
                line.push_str(": ...");
                break;
            }
            let text = error.to_string();
            // A message that interpolates its source already says it.
            if !line.ends_with(&text) {
                line.push_str(": ");
                line.push_str(&text);
            }
            source = error.source();
        }
        f.write_str(&line)
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
