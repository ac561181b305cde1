// thiserror's habit, `#[error(transparent)] Other(#[from] E)`, over a
// catalogue: the marker is not needed, and the message says where it is.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 2000..=2099)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 2000, http = 404, message = "No such order")]
    NoSuchOrder,
}

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(transparent)]
    Orders(#[from] OrderError),
}

fn main() {
    let _ = ShopError::from(OrderError::NoSuchOrder);
}
