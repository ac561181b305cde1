//! The orders team's errors: a category with a range of its own.

use error_catalog::error_catalog;

/// Orders
#[error_catalog(prefix = "SHOP", range = 2000..=2099, meta(domain = "shop.example.com"),
                doc_url = "https://docs.example.com/errors#{code_str}")]
#[derive(Debug)]
pub enum OrderError {
    #[error(
        code = 2000,
        http = 404,
        message = "No order {id}",
        resolution = "List your orders to find its id"
    )]
    NoSuchOrder { id: u64 },
    #[error(code = 2001, http = 409, message = "Order {id} is already paid")]
    AlreadyPaid { id: u64 },
    #[error(code = 2002, http = 503, message = "The order store failed: {0}")]
    Store(#[from] std::io::Error),
}
