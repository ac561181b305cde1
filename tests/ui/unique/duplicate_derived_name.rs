use error_catalog::error_catalog;

#[error_catalog(prefix = "NET")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1, http = 502, message = "HTTP failed")]
    HttpError,
    #[error(code = 2, http = 502, message = "HTTP failed again")]
    HTTPError,
}

fn main() {}
