//! Messages: placeholders, borrowed text, templates as written, doc comments.

#[path = "common/metrics.rs"]
mod metrics;

use std::borrow::Cow;

use error_catalog::{Catalog, CatalogError};
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
