use error_catalog::error_catalog;

// `de.ftl` lacks `CART_2`.
#[error_catalog(prefix = "CART", locales = "../../../../tests/ui/locale/files/missing")]
#[derive(Debug)]
pub enum CartError {
    #[error(code = 1, http = 404, message = "No such cart")]
    NoSuchCart,
    #[error(code = 2, http = 409, message = "The cart is full")]
    Full,
}

fn main() {}
