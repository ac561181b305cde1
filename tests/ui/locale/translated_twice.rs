use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/twice")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

fn main() {}
