use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", code_header = "X-Error-Code")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

#[error_catalog(prefix = "SHOP", code_header = "x error code")]
#[derive(Debug)]
pub enum OtherError {
    #[error(code = 2, http = 404, message = "No such order")]
    NoSuchOrder,
}

#[error_catalog(prefix = "SHOP", code_header = true)]
#[derive(Debug)]
pub enum ThirdError {
    #[error(code = 3, http = 404, message = "No such order")]
    NoSuchOrder,
}

fn main() {}
