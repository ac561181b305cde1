use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "Not found")]
    NotFound,
    #[error(code = 1001, http = 404, message = "Also missing", name = "NOT_FOUND")]
    Missing,
}

fn main() {}
