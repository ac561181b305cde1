use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/nowhere")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

// The catalogue's impls are there: its use compiles.
fn main() {
    let _ = error_catalog::CatalogError::code_str(&ShopError::NoSuchOrder);
}
