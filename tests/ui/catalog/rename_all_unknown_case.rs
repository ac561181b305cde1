use error_catalog::error_catalog;

#[error_catalog(prefix = "PAY", rename_all = "snake")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 1, http = 402, message = "The card was declined")]
    CardDeclined,
}

fn main() {}
