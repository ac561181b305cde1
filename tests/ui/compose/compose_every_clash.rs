//! Every clash of one composed catalogue is reported in one build, each at
//! the variant that brings it in: here another prefix at one, and at another
//! two overlapping ranges and a shared code.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 2000..=2099)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 2000, http = 404, message = "Order not found")]
    NotFound,
    #[error(code = 2050, http = 409, message = "Order already paid")]
    AlreadyPaid,
}

#[error_catalog(prefix = "BILLING", range = 2100..=2199)]
#[derive(Debug)]
pub enum BillingError {
    #[error(code = 2100, http = 402, message = "Payment required")]
    PaymentRequired,
}

#[error_catalog(prefix = "SHOP", range = 2050..=2150)]
#[derive(Debug)]
pub enum CartError {
    #[error(code = 2050, http = 404, message = "Cart not found")]
    NotFound,
}

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(transparent)]
    Order(OrderError),
    #[error(transparent)]
    Billing(BillingError),
    #[error(transparent)]
    Cart(CartError),
}

fn main() {}
