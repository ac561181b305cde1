use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

error_catalog::responses! {
    /// No catalogue named.
    pub struct PayErrors { NoSuchOrder };
}

error_catalog::responses! {
    /// An item that is no variant's name.
    pub struct OtherErrors = ShopError { NoSuchOrder, "SHOP_2" };
}

fn main() {}
