//! `#[source]` and `#[from]`: `Error::source`, `From` and `?`.

#[path = "common/metrics.rs"]
mod metrics;

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
