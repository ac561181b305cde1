use error_catalog::error_catalog;

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
}

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum CheckoutError {
    #[error(http = 402, message = "The card was declined at checkout")]
    CardDeclined,
}

error_catalog::assert_disjoint!(PaymentError, CheckoutError);

fn main() {}
