//! A crate that denies warnings and missing docs compiles the expansion
//! cleanly. (Clippy's groups are checked on `tests/lints.rs` by CI.)
#![deny(warnings, missing_docs, unused, rust_2018_idioms, unreachable_pub)]

//! Crate docs.

/// Errors.
#[error_catalog::error_catalog(prefix = "L", range = 1..=9)]
#[derive(Debug)]
pub enum LintError {
    /// Not found.
    #[error(code = 1, http = 404)]
    NotFound,
    /// A field.
    #[error(code = 2, http = 400, message = "Bad {field}")]
    Bad {
        /// The field.
        field: String,
    },
    /// Wrapped.
    #[error(code = 3, http = 500, message = "I/O")]
    Io(#[from] std::io::Error),
}

/// Only a status `http` has no name for, so the generated `status()` has no
/// `StatusCode::NAME` arm.
#[error_catalog::error_catalog(prefix = "U", range = 1..=9)]
#[derive(Debug)]
pub enum UnnamedStatus {
    /// Client closed the request.
    #[error(code = 1, http = 499)]
    ClientClosed,
}

/// Only another catalogue, so no arm of its own.
#[error_catalog::error_catalog(prefix = "L", range = 1..=9)]
#[derive(Debug)]
pub enum Wrapper {
    /// Lint errors.
    #[error(transparent)]
    Lint(LintError),
}

fn main() {
    let _ = UnnamedStatus::ClientClosed;
    let _ = Wrapper::Lint(LintError::NotFound);
    let _ = LintError::NotFound;
    let _ = LintError::Bad {
        field: String::new(),
    };
}
