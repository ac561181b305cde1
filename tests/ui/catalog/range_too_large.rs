use error_catalog::error_catalog;

#[error_catalog(range = 0..=4294967296)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "Not found")]
    NotFound,
}

fn main() {}
