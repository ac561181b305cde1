use error_catalog::error_catalog;

#[error_catalog(
    prefix = "PAY",
    rename_all = "snake_case",
    doc_url = "https://docs.example.com/codes/{name:kebab}"
)]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 402, message = "The card was declined")]
    CardDeclined,
    #[error(code = 2, http = 402, message = "Insufficient funds", doc_url = "https://docs.example.com/{code_str:upper}")]
    InsufficientFunds,
}

fn main() {}
