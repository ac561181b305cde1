//! A service whose codes all come from its categories: its `doc_url` would
//! reach none of them, so the macro says so instead of ignoring it.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 2000..=2099)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 2000, http = 404, message = "Order not found")]
    NotFound,
}

#[error_catalog(prefix = "SHOP", doc_url = "https://docs.example.com/errors/{code_str}")]
#[derive(Debug)]
pub enum ShopError {
    #[error(transparent)]
    Order(OrderError),
}

fn main() {}
