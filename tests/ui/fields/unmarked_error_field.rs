// An error in a field not marked #[source] is how internals leak: a
// message showing it would send its text to clients, and a field named
// `source` (the source, by thiserror's habit) would not be `source()`. Each
// is an error on the field's type; data fields, marked sources and an
// argument written on purpose compile.
use error_catalog::error_catalog;

#[error_catalog(prefix = "STORE", range = 1..=99)]
#[derive(Debug)]
pub enum StoreError {
    #[error(code = 1, http = 500, message = "read failed: {source}")]
    Unmarked { source: std::io::Error },
    #[error(code = 2, http = 500, message = "write failed: {cause}")]
    Cause { cause: std::io::Error },
    #[error(code = 3, http = 500, message = "upstream failed: {0}")]
    Boxed(Box<dyn std::error::Error + Send + Sync>),
    #[error(code = 4, http = 500, message = "sync failed")]
    NamedSource { source: std::io::Error },
    #[error(code = 5, http = 400, message = "unknown data source {source}")]
    Data { source: String },
    #[error(code = 6, http = 500, message = "read failed: {source}")]
    Marked {
        #[source]
        source: std::io::Error,
    },
    #[error(code = 7, http = 500, message("replica said: {detail}", detail = .cause.to_string()))]
    OnPurpose { cause: std::io::Error },
}

fn main() {}
