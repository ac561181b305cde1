//! The payments team's errors.

use error_catalog::error_catalog;

/// Payments
#[error_catalog(prefix = "SHOP", range = 3000..=3099, meta(domain = "shop.example.com"),
                doc_url = "https://docs.example.com/errors#{code_str}")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 3000, http = 402, message = "The card was declined")]
    CardDeclined,
    #[error(code = 3001, http = 502, message = "The payment provider failed")]
    Provider,
}

/// Charges a card: `"4000"` is declined, `"5000"` finds the provider down.
pub fn charge(card: &str) -> Result<(), PaymentError> {
    match card {
        "4000" => Err(PaymentError::CardDeclined),
        "5000" => Err(PaymentError::Provider),
        _ => Ok(()),
    }
}
