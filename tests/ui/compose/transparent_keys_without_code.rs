use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "The requested metric was not found")]
    MetricNotFound,
}

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum AnalyticsError {
    #[error(transparent, message = "Metrics failed", resolution = "Retry later")]
    Metrics(MetricsError),
}

fn main() {}
