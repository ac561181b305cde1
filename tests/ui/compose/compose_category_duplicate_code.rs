//! A mistake inside one category of a composed service (a duplicate code): only the
//! category's own error is reported, not errors at the service enum that
//! composes it nor at the code that uses either.
use error_catalog::{error_catalog, Catalog, CatalogError as _};

/// Orders
#[error_catalog(prefix = "SHOP", range = 2000..=2099, retired = [2050])]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 2000, http = 404, message = "Order not found")]
    NotFound,
    #[error(code = 2000, http = 409, message = "Order already paid")]
    AlreadyPaid,
    #[error(code = 2002, http = 500, message = "Order storage failed")]
    Storage(#[from] std::io::Error),
}

/// Carts
#[error_catalog(prefix = "SHOP", range = 2100..=2199)]
#[derive(Debug)]
pub enum CartError {
    #[error(code = 2100, http = 404, message = "Cart not found", resolution = "Create a cart first")]
    NotFound,
}

/// Shop
#[error_catalog(prefix = "SHOP", range = 2000..=2999)]
#[derive(Debug)]
pub enum ShopError {
    #[error(transparent)]
    Order(OrderError),
    #[error(transparent)]
    Cart(CartError),
}

fn load_order() -> Result<(), OrderError> {
    Err(std::io::Error::other("disk"))?;
    Ok(())
}

fn handler() -> Result<(), ShopError> {
    load_order()?;
    Err(CartError::NotFound)?;
    Ok(())
}

fn main() {
    let error = handler().unwrap_err();
    println!("{} {} {error}", error.code_str(), error.status());
    let _ = ShopError::lookup_str("SHOP_2100");
    let _ = ShopError::ENTRIES.len();
    let _ = serde_json::to_string(&error_catalog::body::Flat::new(&error));
    let _ = axum::response::IntoResponse::into_response(error);
}
