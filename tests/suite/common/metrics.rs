//! A catalogue with every kind of variant, shared by the tests of what the
//! macro generates. Each test file uses some of its variants.
#![allow(dead_code)]

use error_catalog::error_catalog;

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
