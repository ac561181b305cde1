//! A catalogue written by a `macro_rules!` macro: its values arrive as
//! `$x:literal` and `$x:expr` fragments, which the compiler wraps in groups
//! without delimiters.
use error_catalog::{error_catalog, Catalog as _, CatalogError as _};

macro_rules! catalogue {
    ($name:ident, $prefix:literal, $range:expr, $code:literal, $http:literal, $message:literal, $status:ident) => {
        #[error_catalog(prefix = $prefix, range = $range, title = $prefix)]
        #[derive(Debug)]
        pub enum $name {
            #[error(code = $code, http = $http, message = $message, resolution = $message)]
            First,
            #[error(code = 2, http = $status, message = "Second")]
            Second,
        }
    };
}

catalogue!(
    OrderError,
    "ORDER",
    1..=9,
    1,
    404,
    "Order not found",
    CONFLICT
);

fn main() {
    assert_eq!(OrderError::First.code_str(), "ORDER_1");
    assert_eq!(OrderError::First.status().as_u16(), 404);
    assert_eq!(OrderError::First.to_string(), "Order not found");
    assert_eq!(OrderError::Second.status().as_u16(), 409);
    assert_eq!(OrderError::RANGE, Some(1..=9));
    assert_eq!(OrderError::TITLE, Some("ORDER"));
}
