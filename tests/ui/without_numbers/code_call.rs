use error_catalog::{error_catalog, CatalogError};

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
}

fn main() {
    let err = PaymentError::CardDeclined;
    let _ = err.code();
    let _ = PaymentError::lookup(402);
    let boxed = Box::new(PaymentError::CardDeclined);
    let _ = (&boxed).code();
    // The typed accessors compile.
    let _ = err.number();
    let _ = err.code_str();
}
