use error_catalog::error_catalog;

// `SHOP_2`'s selector has no default variant (`*[other]`).
#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/syntax")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No order {id}")]
    NoSuchOrder { id: u32 },
    #[error(code = 2, http = 409, message = "{count} items")]
    TooMany { count: u32 },
}

fn main() {}
