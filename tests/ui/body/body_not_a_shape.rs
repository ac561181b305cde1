use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", body = String)]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

#[error_catalog(prefix = "SHOP", body = 3)]
#[derive(Debug)]
pub enum OtherError {
    #[error(code = 2, http = 404, message = "No such order")]
    NoSuchOrder,
}

fn main() {}
