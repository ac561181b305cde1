//! A catalogue with backtraces in a crate with no `#![feature]`: on
//! nightly, its `Error::provide` offers them all the same (the runtime
//! crate's build script turns it on), which `tests/provide.rs` checks.
//! thiserror's backtrace cases run beside it (`tests/thiserror.rs`).

use std::backtrace::Backtrace;

use error_catalog::error_catalog;

/// Storage
#[error_catalog(prefix = "DB")]
#[derive(Debug)]
pub enum DbError {
    #[error(code = 1, http = 503, message = "Database unavailable")]
    Unavailable {
        #[from]
        source: std::io::Error,
        backtrace: Backtrace,
    },
}

/// A service composing it: `provide` reaches through the wrapped catalogue.
#[error_catalog(prefix = "DB")]
#[derive(Debug)]
pub enum ServiceError {
    #[error(transparent)]
    Db(DbError),
}
