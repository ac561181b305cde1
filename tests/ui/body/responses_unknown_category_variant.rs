use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 100..=199)]
#[derive(Debug)]
pub enum StockError {
    #[error(code = 100, http = 409, message = "Out of stock")]
    OutOfStock,
}

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ServiceError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
    #[error(transparent)]
    Stock(StockError),
}

error_catalog::responses! {
    /// A set that names a category's variant the category does not have.
    pub struct ReserveErrors = ServiceError { Stock(OutOfStok) };
}

fn main() {}
