use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[cfg_attr(feature = "strict", error(code = 1000, http = 404, message = "Not found"))]
    NotFound,
}

fn main() {}
