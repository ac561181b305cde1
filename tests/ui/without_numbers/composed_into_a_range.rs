use error_catalog::error_catalog;

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
}

#[error_catalog(range = 1..=99, rename_all = "snake_case")]
#[derive(Debug)]
pub enum ServiceError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
    #[error(transparent)]
    Payment(PaymentError),
}

fn main() {}
