use error_catalog::error_catalog;
use utoipa::IntoResponses;

// The catalogue's own error is the only one: the set that names its
// variants, and the use of its responses, compile against the stand-ins.
#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
    #[error(code = 1, http = 409, message = "Already paid")]
    AlreadyPaid,
}

error_catalog::responses! {
    /// The set.
    pub struct PayErrors = ShopError { NoSuchOrder, AlreadyPaid };
}

fn main() {
    let _ = PayErrors::responses();
    let _ = ShopError::responses();
}
