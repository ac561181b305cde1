use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "Not found")]
    NotFound,
}

fn main() {}
