use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "Not found")]
    NotFound,
    #[error(code = 1099, http = 400, message = "Last")]
    Last,
}

fn main() {}
