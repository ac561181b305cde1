use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 42, message = "Answer")]
    Answer,
    #[error(code = 1001, http = 600, message = "Beyond")]
    Beyond,
}

fn main() {}
