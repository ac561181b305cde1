use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 400, message("Invalid metric type {kind}", .kind.len(), hint = "lowercase"))]
    InvalidMetricType { kind: String },
}

fn main() {}
