use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error]
    NotFound,
}

fn main() {}
