use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", doc_url = "https://docs.example.com/errors/{code_string}")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "Not found")]
    NotFound,
}

fn main() {}
