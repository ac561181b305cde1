use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = u32::MAX, http = 404, message = "Not found")]
    NotFound,
}

fn main() {}
