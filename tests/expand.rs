//! What `#[error_catalog]` expands to, checked through the public API.

use std::borrow::Cow;
use std::error::Error as _;

use error_catalog::http::StatusCode;
use error_catalog::{error_catalog, Catalog, CatalogError, Entry};

/// Metrics
#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(
        code = 1000,
        http = 404,
        message = "The requested metric was not found",
        resolution = "Verify the metric name and entity ID exist for this tenant"
    )]
    MetricNotFound,
    #[error(code = 1001, http = BAD_REQUEST, message = "Invalid metric type {kind}")]
    InvalidMetricType { kind: String },
    #[error(code = 1002, http = 502, message = "Upstream failed: {0}")]
    Upstream(#[source] std::io::Error),
    #[error(code = 1010, http = StatusCode::TOO_MANY_REQUESTS, message = "{count} of {limit} requests used",
            name = "QUOTA")]
    RateLimited { limit: u32, count: u32 },
    /// Taken from the doc comment,
    /// which spans two lines.
    ///
    /// Not this paragraph.
    #[error(code = 1009, http = 500)]
    Documented,
    #[error(code = 1003, http = 400, message = "Braces {{stay}} literal")]
    Braces,
    #[error(code = 1004, http = 400, message = "{{{0}}} and {1:?}")]
    Tuple(u8, &'static str),
}

#[test]
fn entries_are_sorted_by_code() {
    let codes: Vec<u32> = MetricsError::ENTRIES.iter().map(Entry::code).collect();
    assert_eq!(codes, [1000, 1001, 1002, 1003, 1004, 1009, 1010]);
}

#[test]
fn entry_of_every_variant() {
    let cases: Vec<(MetricsError, u32, &str, &str, u16)> = vec![
        (
            MetricsError::MetricNotFound,
            1000,
            "ANALYTICS_1000",
            "METRIC_NOT_FOUND",
            404,
        ),
        (
            MetricsError::InvalidMetricType { kind: "x".into() },
            1001,
            "ANALYTICS_1001",
            "INVALID_METRIC_TYPE",
            400,
        ),
        (
            MetricsError::Upstream(std::io::Error::other("boom")),
            1002,
            "ANALYTICS_1002",
            "UPSTREAM",
            502,
        ),
        (
            MetricsError::RateLimited {
                limit: 10,
                count: 11,
            },
            1010,
            "ANALYTICS_1010",
            "QUOTA",
            429,
        ),
        (
            MetricsError::Documented,
            1009,
            "ANALYTICS_1009",
            "DOCUMENTED",
            500,
        ),
        (MetricsError::Braces, 1003, "ANALYTICS_1003", "BRACES", 400),
        (
            MetricsError::Tuple(1, "a"),
            1004,
            "ANALYTICS_1004",
            "TUPLE",
            400,
        ),
    ];
    for (error, code, code_str, name, status) in cases {
        assert_eq!(error.code(), code);
        assert_eq!(error.code_str(), code_str);
        assert_eq!(error.name(), name);
        assert_eq!(error.status().as_u16(), status);
        assert!(std::ptr::eq(
            error.entry(),
            MetricsError::lookup(code).unwrap()
        ));
        // The table row and the accessors' matches are written apart: they agree.
        let entry = error.entry();
        assert_eq!(entry.code(), code);
        assert_eq!(entry.code_str(), code_str);
        assert_eq!(entry.name(), name);
        assert_eq!(entry.status(), error.status());
        assert_eq!(entry.resolution(), error.resolution());
        assert_eq!(entry.doc_url(), None);
    }
}

#[test]
fn resolutions() {
    assert_eq!(
        MetricsError::MetricNotFound.resolution(),
        Some("Verify the metric name and entity ID exist for this tenant")
    );
    assert_eq!(MetricsError::Braces.resolution(), None);
    assert_eq!(MetricsError::Braces.entry().resolution(), None);
    assert_eq!(
        MetricsError::MetricNotFound.entry().resolution(),
        MetricsError::MetricNotFound.resolution()
    );
}

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

#[test]
fn lookup_finds_every_code_and_nothing_else() {
    for entry in MetricsError::ENTRIES {
        assert_eq!(MetricsError::lookup(entry.code()), Some(entry));
        assert_eq!(MetricsError::lookup_str(entry.code_str()), Some(entry));
    }
    for code in [0, 1, 999, 1005, 1011, 1099, 1100, u32::MAX] {
        assert_eq!(MetricsError::lookup(code), None, "{code}");
    }
    for garbage in [
        "",
        "ANALYTICS",
        "ANALYTICS_",
        "ANALYTICS_1000 ",
        " ANALYTICS_1000",
        "analytics_1000",
        "ANALYTICS_01000",
        "1000",
        "ANALYTICS_1000\0",
        "ANALYTICS_١٠٠٠",
        "\u{fffd}\u{fffd}",
    ] {
        assert_eq!(MetricsError::lookup_str(garbage), None, "{garbage:?}");
    }
}

/// Code order and string order differ: `X_9` sorts after `X_10` as text.
#[error_catalog(prefix = "X")]
#[derive(Debug)]
#[allow(dead_code)]
enum Ordering {
    #[error(code = 9, http = 400, message = "nine")]
    Nine,
    #[error(code = 10, http = 400, message = "ten")]
    Ten,
    #[error(code = 100, http = 400, message = "hundred")]
    Hundred,
    #[error(code = 2, http = 400, message = "two")]
    Two,
}

#[test]
fn lookup_str_does_not_assume_code_order() {
    for (code_str, name) in [
        ("X_9", "NINE"),
        ("X_10", "TEN"),
        ("X_100", "HUNDRED"),
        ("X_2", "TWO"),
    ] {
        assert_eq!(Ordering::lookup_str(code_str).map(Entry::name), Some(name));
    }
    assert_eq!(Ordering::lookup_str("X_1"), None);
    assert_eq!(Ordering::lookup_str("X_99"), None);
    assert_eq!(Ordering::Ten.code(), 10);
}

/// Seed 001's codes: `E1001_ENDPOINT_NOT_FOUND`.
#[error_catalog(prefix = "E", format = "{prefix}{code}_{name}")]
#[derive(Debug)]
enum Symbolic {
    #[error(
        code = 1001,
        http = 404,
        message = "The requested URL was not found on this server"
    )]
    EndpointNotFound,
    #[error(
        code = 2012,
        http = 403,
        message = "Organization is not enabled",
        name = "ORGA_IS_NOT_ENABLED"
    )]
    OrganizationDisabled,
}

#[test]
fn format_builds_symbolic_codes() {
    assert_eq!(
        Symbolic::EndpointNotFound.code_str(),
        "E1001_ENDPOINT_NOT_FOUND"
    );
    assert_eq!(
        Symbolic::OrganizationDisabled.code_str(),
        "E2012_ORGA_IS_NOT_ENABLED"
    );
    assert_eq!(
        Symbolic::lookup_str("E2012_ORGA_IS_NOT_ENABLED").map(Entry::code),
        Some(2012)
    );
}

/// Seeds 000 and 004: bare numbers, no prefix.
#[error_catalog(range = 0..15)]
#[derive(Debug)]
enum Bare {
    #[error(code = 0, http = 500, message = "Unknown server side error occurred")]
    Unknown,
    #[error(code = 14, http = 400, message = "Data container unpacking failed")]
    ContainerDamaged,
}

#[test]
fn codes_without_prefix_are_bare_numbers() {
    assert_eq!(Bare::Unknown.code_str(), "0");
    assert_eq!(Bare::ContainerDamaged.code_str(), "14");
    assert_eq!(
        Bare::lookup_str("14").map(Entry::name),
        Some("CONTAINER_DAMAGED")
    );
    assert_eq!(Bare::lookup_str("014"), None);
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

#[error_catalog(prefix = "GEN", range = 1..=9)]
#[derive(Debug)]
enum Generic<'a, T, E>
where
    T: Clone,
{
    #[error(code = 1, http = 400, message = "bad value {value} in {context}")]
    Bad { value: T, context: &'a str },
    #[error(code = 2, http = 500, message = "failed")]
    Failed(#[source] E),
    #[error(code = 3, http = 400, message = "debug {0:?}")]
    Debugged(Vec<T>),
}

#[test]
fn generic_enums() {
    let bad: Generic<'_, u32, std::io::Error> = Generic::Bad {
        value: 5,
        context: "query",
    };
    assert_eq!(bad.to_string(), "bad value 5 in query");
    assert_eq!(bad.code_str(), "GEN_1");
    let failed: Generic<'_, u32, std::io::Error> = Generic::Failed(std::io::Error::other("inner"));
    assert_eq!(failed.source().unwrap().to_string(), "inner");
    let debugged: Generic<'_, u32, std::io::Error> = Generic::Debugged(vec![1, 2]);
    assert_eq!(debugged.message(), "debug [1, 2]");
    assert_eq!(
        <Generic<'_, u8, std::fmt::Error> as Catalog>::ENTRIES.len(),
        3
    );
}

/// Works as a trait object and in generic code.
fn describe(error: &dyn CatalogError) -> String {
    format!(
        "{} {} {}",
        error.code_str(),
        error.status().as_u16(),
        error.message()
    )
}

#[test]
fn catalog_error_is_object_safe() {
    assert_eq!(
        describe(&MetricsError::MetricNotFound),
        "ANALYTICS_1000 404 The requested metric was not found"
    );
    let boxed: Box<dyn CatalogError> = Box::new(Bare::Unknown);
    assert_eq!(boxed.code(), 0);
}

/// Other attributes and derives on the enum are kept.
#[error_catalog(prefix = "KEEP")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(dead_code)]
enum Kept {
    #[error(code = 1, http = 400, message = "one")]
    #[allow(unused)]
    One = 7,
    #[error(code = 2, http = 400, message = "two")]
    Two,
}

#[test]
fn other_attributes_are_kept() {
    assert_eq!(Kept::One, Kept::One.clone());
    assert_eq!(Kept::One as u8, 7);
    assert_eq!(Kept::Two as u8, 8);
    assert_eq!(std::mem::size_of::<Kept>(), 1);
}
