use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099, retired = [1001, 1005..=1009])]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "The requested metric was not found")]
    MetricNotFound,
    #[error(code = 1007, http = 400, message = "Invalid metric type")]
    InvalidMetricType,
}

fn main() {}
