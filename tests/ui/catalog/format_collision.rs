use error_catalog::error_catalog;

#[error_catalog(format = "{name}{code}")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 2, http = 400, message = "First", name = "A1")]
    First,
    #[error(code = 12, http = 400, message = "Second", name = "A")]
    Second,
}

fn main() {}
