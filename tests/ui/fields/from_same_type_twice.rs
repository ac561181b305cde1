use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 500, message = "Read failed")]
    Read(#[from] std::io::Error),
    #[error(code = 1001, http = 500, message = "Write failed")]
    Write(#[from] std::io::Error),
}

fn main() {}
