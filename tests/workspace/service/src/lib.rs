//! The service: its own codes, and the two categories composed.

use error_catalog::body::Problem;
use error_catalog::error_catalog;
use shop_orders::OrderError;
use shop_payments::PaymentError;

/// Shop
#[error_catalog(prefix = "SHOP", range = 1000..=3999, meta(domain = "shop.example.com"),
                doc_url = "https://docs.example.com/errors#{code_str}")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent, from = [std::io::Error])]
    Orders(OrderError),
    #[error(transparent)]
    Payments(PaymentError),
}

fn order() -> Result<(), OrderError> {
    Err(OrderError::NoSuchOrder { id: 7 })
}

pub fn problem() -> Result<(), Problem<ShopError>> {
    order()?;
    Ok(())
}
