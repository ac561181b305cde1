use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 500, message = "Both failed")]
    Both(#[source] std::io::Error, #[source] std::fmt::Error),
}

fn main() {}
