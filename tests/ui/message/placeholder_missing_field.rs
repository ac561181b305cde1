use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "The requested metric {metrc} was not found")]
    MetricNotFound { metric: String },
}

fn main() {}
