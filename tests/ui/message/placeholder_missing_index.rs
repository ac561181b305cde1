use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 502, message = "Upstream {0} failed: {1}")]
    Upstream(String),
}

fn main() {}
