use error_catalog::error_catalog;

#[error_catalog(prefix = "PAY", meta("domain" = "pay.example.com"))]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 402, message = "The card was declined", meta(error.type = "card_error"))]
    CardDeclined,
    #[error(code = 2, http = 402, message = "Insufficient funds", meta = "card_error")]
    InsufficientFunds,
}

fn main() {}
