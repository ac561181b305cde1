use error_catalog::error_catalog;

// `de.ftl` translates `SHOP_10` (meant `SHOP_1`?) and `ORDER_1`.
#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/unknown_code")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

fn main() {}
