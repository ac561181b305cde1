use error_catalog::error_catalog;

#[error_catalog(prefix = "PAY", rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 402, message = "The card was declined", name = "CardDeclined")]
    CardDeclined,
    #[error(code = 2, http = 401, message = "The API key expired", name = "api-key-expired")]
    ApiKeyExpired,
}

fn main() {}
