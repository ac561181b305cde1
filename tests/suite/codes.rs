//! Codes, code strings, names, statuses and resolutions: the entry table,
//! the accessors and the lookups agree.

use crate::common::metrics;

use error_catalog::{error_catalog, Catalog, CatalogError, Entry};
use metrics::MetricsError;

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
