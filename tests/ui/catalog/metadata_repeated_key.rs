use error_catalog::error_catalog;

#[error_catalog(prefix = "PAY")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 402, message = "The card was declined",
            meta(type = "card_error", decline_code = "generic", type = "api_error"))]
    CardDeclined,
}

fn main() {}
