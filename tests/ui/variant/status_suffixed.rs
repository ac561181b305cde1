use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000u32, http = 404u16, message = "Not found")]
    NotFound,
}

fn main() {}
