use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
    #[error(code = 2, http = 409, message = "Order {id} already paid")]
    AlreadyPaid { id: u64 },
}

error_catalog::responses! {
    /// A set that misspells a variant.
    pub struct PayErrors = ShopError { NoSuchOrder, AlreadyPayed };
}

fn main() {}
