use error_catalog::{error_catalog, Catalog, CatalogError};

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
}

fn main() {
    for e in MetricsError::ENTRIES {
        println!("{e:?}");
    }
    let e = MetricsError::InvalidMetricType { kind: "x".into() };
    println!("{} {} {}", e.code_str(), e.status(), e.message());
    println!("{:?}", MetricsError::lookup_str("ANALYTICS_1002"));
}
