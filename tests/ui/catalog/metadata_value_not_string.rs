use error_catalog::error_catalog;

#[error_catalog(prefix = "PAY")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 429, message = "Too many requests", meta(retry_after = 30, retryable = true))]
    RateLimited,
}

fn main() {}
