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

/// An order, as the orders crate hands it out.
#[derive(Debug, PartialEq, Eq)]
pub struct Order {
    pub id: u64,
    pub paid: bool,
}

/// Order 7 exists and is paid; order 0 is on a store that fails; any other
/// is missing.
pub fn find(id: u64) -> Result<Order, OrderError> {
    match id {
        7 => Ok(Order { id, paid: true }),
        0 => Err(std::io::Error::other("disk /var/orders is full").into()),
        _ => Err(OrderError::NoSuchOrder { id }),
    }
}

/// Archived orders: a catalogue that keeps the keys of an older service
/// (snake_case names, no domain, no pages), for the compile-time checks of
/// a composition across crates (`tests/ui/compose/compose_across_crates.rs`).
#[error_catalog(prefix = "SHOP", range = 2100..=2199, rename_all = "snake_case")]
#[derive(Debug)]
pub enum ArchiveError {
    #[error(code = 2100, http = 410, message = "The order is archived")]
    Archived,
}
