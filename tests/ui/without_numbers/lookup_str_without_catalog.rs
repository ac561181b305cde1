// `lookup_str` is a method of the trait `Catalog`: without it in scope,
// rustc offers the import, and also `lookup`, "a similar name"; taking
// that one leads back to the import.
use error_catalog::error_catalog;

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
}

fn main() {
    let _ = PaymentError::lookup_str("card_declined");
    let _ = PaymentError::lookup("card_declined");
}
