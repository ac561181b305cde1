//! Messages: placeholders, borrowed text, templates as written, doc comments.

use crate::common::metrics;

use std::borrow::Cow;

use error_catalog::{error_catalog, Catalog, CatalogError};
use metrics::MetricsError;

#[test]
fn messages_interpolate_named_and_tuple_fields() {
    let invalid = MetricsError::InvalidMetricType {
        kind: "latency".into(),
    };
    assert_eq!(invalid.to_string(), "Invalid metric type latency");
    assert_eq!(invalid.message(), "Invalid metric type latency");
    let limited = MetricsError::RateLimited {
        limit: 10,
        count: 11,
    };
    assert_eq!(limited.to_string(), "11 of 10 requests used");
    assert_eq!(MetricsError::Tuple(7, "q").to_string(), "{7} and \"q\"");
    let upstream = MetricsError::Upstream(std::io::Error::other("connection reset"));
    assert_eq!(upstream.to_string(), "Upstream failed: connection reset");
}

#[test]
fn messages_without_placeholders_are_borrowed() {
    assert!(matches!(
        MetricsError::MetricNotFound.message(),
        Cow::Borrowed("The requested metric was not found")
    ));
    assert!(matches!(
        MetricsError::Braces.message(),
        Cow::Borrowed("Braces {stay} literal")
    ));
    assert_eq!(MetricsError::Braces.to_string(), "Braces {stay} literal");
    assert!(matches!(
        MetricsError::InvalidMetricType {
            kind: String::new()
        }
        .message(),
        Cow::Owned(_)
    ));
}

#[test]
fn templates_stay_as_written() {
    assert_eq!(
        MetricsError::lookup(1001).unwrap().message(),
        "Invalid metric type {kind}"
    );
    assert_eq!(
        MetricsError::lookup(1003).unwrap().message(),
        "Braces {{stay}} literal"
    );
}

#[test]
fn message_from_doc_comment_first_paragraph() {
    assert_eq!(
        MetricsError::Documented.to_string(),
        "Taken from the doc comment, which spans two lines."
    );
    assert_eq!(
        MetricsError::lookup(1009).unwrap().message(),
        "Taken from the doc comment, which spans two lines."
    );
}

/// thiserror's enum-level message: the variants without their own message
/// or doc comment share it, placeholders included.
#[error_catalog(prefix = "SHARED", range = 1..=9, message = "Request {0} failed")]
#[derive(Debug)]
enum SharedMessage {
    #[error(code = 1, http = 400)]
    Invalid(u32),
    #[error(code = 2, http = 409)]
    Conflict(&'static str),
    /// Its own doc comment wins.
    #[error(code = 3, http = 500)]
    Documented,
    #[error(code = 4, http = 503, message = "Its own message wins")]
    Unavailable,
}

#[test]
fn enum_level_message_is_the_default() {
    assert_eq!(SharedMessage::Invalid(7).to_string(), "Request 7 failed");
    assert_eq!(SharedMessage::Conflict("x").message(), "Request x failed");
    assert_eq!(
        SharedMessage::Documented.to_string(),
        "Its own doc comment wins."
    );
    assert_eq!(
        SharedMessage::Unavailable.to_string(),
        "Its own message wins"
    );
    assert_eq!(
        SharedMessage::lookup(1).unwrap().message(),
        "Request {0} failed"
    );
}

/// thiserror's paths: a `Path` or `PathBuf` field formats with `.display()`.
#[error_catalog(prefix = "FS", range = 1..=9)]
#[derive(Debug)]
enum FileError {
    #[error(code = 1, http = 404, message = "No file at {path}")]
    Missing { path: std::path::PathBuf },
    #[error(code = 2, http = 400, message = "Bad name {0} ({0:?})")]
    BadName(&'static std::path::Path),
}

#[test]
fn paths_format_with_display() {
    let missing = FileError::Missing {
        path: "/srv/data/report.csv".into(),
    };
    assert_eq!(missing.to_string(), "No file at /srv/data/report.csv");
    assert_eq!(missing.message(), "No file at /srv/data/report.csv");
    let bad = FileError::BadName(std::path::Path::new("a b"));
    assert_eq!(bad.to_string(), "Bad name a b (\"a b\")");
}

#[error_catalog(prefix = "SYNC", message("Sync of {} failed", .0))]
#[derive(Debug)]
enum SyncError {
    #[error(code = 1, http = 502, message("Upstream failed: {} ({} retries)", .0.kind(), self.retries()))]
    Upstream(#[source] std::io::Error, u8),
    #[error(code = 2, http = 500, message("Mirror {0} lost: {}", self.describe()))]
    MirrorLost(String, #[source] std::io::Error),
    #[error(code = 3, http = 409)]
    Conflict(String),
}

impl SyncError {
    fn retries(&self) -> u8 {
        match self {
            SyncError::Upstream(_, retries) => *retries,
            _ => 0,
        }
    }

    fn describe(&self) -> String {
        format!("{self:?}")
    }
}

#[test]
fn arguments_after_the_template_are_formatted() {
    let upstream = SyncError::Upstream(std::io::ErrorKind::TimedOut.into(), 3);
    assert_eq!(
        upstream.to_string(),
        "Upstream failed: timed out (3 retries)"
    );
    assert_eq!(upstream.message(), "Upstream failed: timed out (3 retries)");
    assert_eq!(
        SyncError::Conflict("a.txt".into()).to_string(),
        "Sync of a.txt failed"
    );
}

#[test]
fn public_message_never_evaluates_an_argument_reading_a_source() {
    // `.0.kind()` reads the source: left out with its separator. An
    // argument through `self` could read it too, so it goes as well.
    let upstream = SyncError::Upstream(std::io::ErrorKind::TimedOut.into(), 3);
    assert_eq!(upstream.public_message(), "Upstream failed");
    let lost = SyncError::MirrorLost("eu-1".into(), std::io::ErrorKind::Other.into());
    assert_eq!(lost.public_message(), "Mirror eu-1 lost");
    assert!(lost
        .to_string()
        .starts_with("Mirror eu-1 lost: MirrorLost("));
}

#[test]
fn documentation_names_each_argument() {
    let templates: Vec<&str> = SyncError::ENTRIES
        .iter()
        .map(|entry| entry.message())
        .collect();
    assert_eq!(
        templates,
        [
            "Upstream failed: {0} ({arg2} retries)",
            "Mirror {0} lost: {arg1}",
            "Sync of {0} failed",
        ]
    );
}

/// Storage
#[error_catalog(prefix = "STORE", range = 1..=9)]
#[derive(Debug)]
pub enum StoreError {
    #[error(
        code = 1,
        http = 503,
        message = "Storage of order {id:>4} failed: {source}"
    )]
    Failed {
        id: u64,
        #[source]
        source: std::io::Error,
    },
    #[error(code = 2, http = 400, message = "Bad {{braces}} in {0:?}")]
    Braces(String),
    #[error(code = 3, http = 400, message("{} keys, at most {max}", .0.len(), max = 10))]
    TooMany(Vec<u8>),
}

#[test]
fn clients_and_pages_get_the_public_template() {
    let failed = StoreError::lookup(1).unwrap();
    assert_eq!(
        failed.message(),
        "Storage of order {id:>4} failed: {source}"
    );
    assert_eq!(failed.public_message(), "Storage of order {id:>4} failed");
    // Without a source the two are one.
    let braces = StoreError::lookup(2).unwrap();
    assert_eq!(braces.public_message(), braces.message());
    // An entry's body carries the public template, as the error's carries
    // the public message.
    let body = serde_json::to_string(&error_catalog::body::Nested::new(failed)).unwrap();
    assert!(
        body.contains(r#""message":"Storage of order {id:>4} failed""#),
        "{body}"
    );
    // The page shows what a client gets, each placeholder marked.
    let page = error_catalog::doc::markdown::<StoreError>();
    for row in [
        "| STORE_1 | 503  | FAILED   | Storage of order `{id}` failed |",
        "| STORE_2 | 400  | BRACES   | Bad {braces} in `{0}`          |",
        // The argument `.0.len()` is named by the one field it reads.
        "| STORE_3 | 400  | TOO_MANY | `{0}` keys, at most `{max}`    |",
    ] {
        assert!(page.contains(row), "{row}\n{page}");
    }
}
