//! A service with a `doc_url` for its own codes, over a category without
//! one: the service's pages cannot reach the category's codes, and the
//! error says where to add one. A category with its own `doc_url` is fine.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 2000..=2099)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 2000, http = 404, message = "Order not found")]
    NotFound,
}

#[error_catalog(prefix = "SHOP", range = 2100..=2199, doc_url = "https://docs.example.com/carts/{code_str}")]
#[derive(Debug)]
pub enum CartError {
    #[error(code = 2100, http = 404, message = "Cart not found")]
    NotFound,
}

#[error_catalog(prefix = "SHOP", doc_url = "https://docs.example.com/errors/{code_str}")]
#[derive(Debug)]
pub enum ShopError {
    #[error(transparent)]
    Order(OrderError),
    #[error(transparent)]
    Cart(CartError),
    #[error(code = 1, http = 503, message = "The shop is closed")]
    Closed,
}

fn main() {}
