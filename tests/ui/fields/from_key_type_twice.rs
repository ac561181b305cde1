//! Two transparent variants that both convert from `std::io::Error`: the
//! service could not tell which category an I/O error belongs to.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 2000..=2099)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 2000, http = 500, message = "Order storage failed")]
    Storage(#[from] std::io::Error),
}

#[error_catalog(prefix = "SHOP", range = 2100..=2199)]
#[derive(Debug)]
pub enum CartError {
    #[error(code = 2100, http = 500, message = "Cart storage failed")]
    Storage(#[from] std::io::Error),
}

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(transparent, from = [std::io::Error])]
    Order(OrderError),
    #[error(transparent, from = [std::io::Error])]
    Cart(CartError),
}

fn main() {}
