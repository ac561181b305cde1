//! `#[source]` and `#[from]`: `Error::source`, `From` and `?`.

use crate::common::metrics;

use std::error::Error as _;

use error_catalog::http::StatusCode;
use error_catalog::{error_catalog, CatalogError};
use metrics::MetricsError;

#[test]
fn source_is_the_marked_field() {
    let upstream = MetricsError::Upstream(std::io::Error::other("connection reset"));
    assert_eq!(upstream.source().unwrap().to_string(), "connection reset");
    assert!(MetricsError::MetricNotFound.source().is_none());
    assert!(MetricsError::InvalidMetricType {
        kind: String::new()
    }
    .source()
    .is_none());
}

#[derive(Debug)]
pub struct Timeout;

impl std::fmt::Display for Timeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("timed out after 30s")
    }
}

impl std::error::Error for Timeout {}

#[error_catalog(prefix = "DB", range = 1900..=1999)]
#[derive(Debug)]
enum DatabaseError {
    #[error(code = 1900, http = 500, message = "Database operation failed")]
    Io(#[from] std::io::Error),
    #[error(code = 1903, http = 504, message = "Database query timed out")]
    Timeout {
        #[from]
        cause: Timeout,
    },
    #[error(code = 1904, http = 500, message = "Partition {partition} failed")]
    Partition {
        partition: u32,
        #[source]
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
}

fn read() -> Result<(), DatabaseError> {
    Err(std::io::Error::other("disk on fire"))?;
    Ok(())
}

#[test]
fn from_fields_convert_with_question_mark() {
    let error = read().unwrap_err();
    assert_eq!(error.code_str(), "DB_1900");
    assert_eq!(error.source().unwrap().to_string(), "disk on fire");
    let timeout = DatabaseError::from(Timeout);
    assert_eq!(timeout.status(), StatusCode::GATEWAY_TIMEOUT);
    assert_eq!(timeout.source().unwrap().to_string(), "timed out after 30s");
}

#[test]
fn boxed_dyn_error_is_a_source() {
    let error = DatabaseError::Partition {
        partition: 3,
        cause: "checksum mismatch".into(),
    };
    assert_eq!(error.to_string(), "Partition 3 failed");
    assert_eq!(error.source().unwrap().to_string(), "checksum mismatch");
}

/// The shape most crates give a boxed error, behind an alias.
type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[error_catalog(prefix = "PTR", range = 1..=9)]
#[derive(Debug)]
enum PointerError {
    #[error(code = 1, http = 500, message = "Boxed behind an alias")]
    Aliased(#[source] BoxError),
    #[error(code = 2, http = 500, message = "Shared")]
    Shared(#[from] std::sync::Arc<std::io::Error>),
    #[error(code = 3, http = 500, message = "Boxed concrete")]
    Boxed(#[source] Box<Timeout>),
}

#[test]
fn pointers_to_errors_are_sources() {
    let aliased = PointerError::Aliased("checksum mismatch".into());
    assert_eq!(aliased.source().unwrap().to_string(), "checksum mismatch");
    let shared = PointerError::from(std::sync::Arc::new(std::io::Error::other("shared")));
    assert_eq!(shared.source().unwrap().to_string(), "shared");
    let boxed = PointerError::Boxed(Box::new(Timeout));
    assert_eq!(boxed.source().unwrap().to_string(), "timed out after 30s");
}

#[error_catalog(prefix = "OPT", range = 1..=9)]
#[derive(Debug)]
enum OptionalError {
    #[error(code = 1, http = 500, message = "Maybe failed")]
    Maybe(#[source] Option<std::io::Error>),
    #[error(code = 2, http = 500, message = "Maybe failed, boxed")]
    MaybeBoxed(#[source] Option<BoxError>),
}

#[error_catalog(prefix = "GOPT", range = 1..=9)]
#[derive(Debug)]
enum GenericOptional<E> {
    #[error(code = 1, http = 500, message = "Maybe failed")]
    Maybe(#[source] Option<E>),
}

/// thiserror's `Option` sources: `source()` is the inner error when there
/// is one.
#[test]
fn optional_sources_are_the_inner_error_when_present() {
    let present = OptionalError::Maybe(Some(std::io::Error::other("disk")));
    assert_eq!(present.source().unwrap().to_string(), "disk");
    assert!(OptionalError::Maybe(None).source().is_none());
    let boxed = OptionalError::MaybeBoxed(Some("boxed".into()));
    assert_eq!(boxed.source().unwrap().to_string(), "boxed");
    assert!(OptionalError::MaybeBoxed(None).source().is_none());
    let generic = GenericOptional::Maybe(Some(Timeout));
    assert_eq!(generic.source().unwrap().to_string(), "timed out after 30s");
    assert!(GenericOptional::<Timeout>::Maybe(None).source().is_none());
    assert_eq!(present.public_message(), "Maybe failed");
}

/// The fix the unmarked-field check offers (`tests/ui/fields/unmarked_error_field.rs`),
/// and its opt-in: marked, the error is the source and bodies leave its text
/// out; passed as an argument, its text is sent because the message says so.
#[error_catalog(prefix = "FILE", range = 1..=9)]
#[derive(Debug)]
pub enum FileError {
    #[error(code = 1, http = 500, message = "read failed: {source}")]
    Read {
        #[source]
        source: std::io::Error,
    },
    #[error(code = 2, http = 502, message("replica said: {detail}", detail = .cause.to_string()))]
    Replica { cause: std::io::Error },
}

#[test]
fn an_error_field_reaches_clients_only_on_purpose() {
    let read = FileError::Read {
        source: std::io::Error::other("/etc/secret: permission denied"),
    };
    assert_eq!(
        read.source().unwrap().to_string(),
        "/etc/secret: permission denied"
    );
    assert_eq!(read.public_message(), "read failed");
    let body = serde_json::to_string(&error_catalog::body::Problem::new(&read)).unwrap();
    assert!(!body.contains("secret"), "{body}");

    let replica = FileError::Replica {
        cause: std::io::Error::other("lagging by 3 s"),
    };
    assert!(replica.source().is_none());
    let body = serde_json::to_string(&error_catalog::body::Problem::new(&replica)).unwrap();
    assert!(body.contains("replica said: lagging by 3 s"), "{body}");
}

/// A catch-all that writes its own `message` displays it: code being
/// migrated often sends `err.to_string()` to clients. The wrapped error is
/// then the source, for logs. Without a `message` (a doc comment only
/// documents), `Display` is the wrapped error's, as thiserror's
/// `transparent` is.
#[error_catalog(prefix = "DB", range = 1..=9)]
#[derive(Debug)]
pub enum DbError {
    #[error(
        code = 1,
        http = 500,
        transparent,
        message = "an error occurred with the database"
    )]
    Sqlx(#[from] anyhow::Error),
    /// Anything else the driver says.
    #[error(code = 2, http = 502, transparent)]
    Driver(#[from] std::io::Error),
}

#[test]
fn a_catch_all_with_a_message_displays_it() {
    let sqlx = DbError::from(anyhow::anyhow!("connection to 10.0.0.5 reset"));
    assert_eq!(sqlx.to_string(), "an error occurred with the database");
    assert_eq!(sqlx.message(), "an error occurred with the database");
    assert_eq!(sqlx.public_message(), "an error occurred with the database");
    assert_eq!(
        sqlx.source().unwrap().to_string(),
        "connection to 10.0.0.5 reset"
    );

    let driver = DbError::from(std::io::Error::other("socket closed"));
    assert_eq!(driver.to_string(), "socket closed");
    assert!(driver.source().is_none());
    assert_eq!(driver.public_message(), "Anything else the driver says.");
}
