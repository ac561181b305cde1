use error_catalog::error_catalog;

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 402, message = "The card was declined")]
    CardDeclined,
    #[error(http = 401, message = "The API key expired")]
    ApiKeyExpired,
}

fn main() {}
