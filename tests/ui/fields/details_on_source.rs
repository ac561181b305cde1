use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 500, message = "I/O failed")]
    Io(#[source] #[details] std::io::Error),
}

fn main() {}
