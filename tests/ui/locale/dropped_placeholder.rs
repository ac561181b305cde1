use error_catalog::error_catalog;

// `SHOP_1` drops `$id`; `SHOP_2` uses `$count` in its selector only, which
// is a use.
#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/dropped_placeholder")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No order {id}")]
    NoSuchOrder { id: u32 },
    #[error(code = 2, http = 409, message = "{count} items too many")]
    TooMany { count: u32 },
}

fn main() {}
