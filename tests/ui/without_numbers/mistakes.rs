use error_catalog::error_catalog;

#[error_catalog(prefix = "PAY", format = "{prefix}-{code}", range = 1..=99, retired = [7, "card_expired"])]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
}

#[error_catalog(rename_all = "snake_case", retired = ["card_expired"])]
#[derive(Debug)]
pub enum CardError {
    #[error(http = 402, message = "The card expired")]
    CardExpired,
}

fn main() {}
