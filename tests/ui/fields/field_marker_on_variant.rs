// A field marker written on the variant instead of its field: the message
// says where it goes, and rustc adds no "cannot find attribute" of its own.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 1..=99)]
#[derive(Debug)]
pub enum ShopError {
    #[source]
    #[error(code = 1, http = 503, message = "Storage failed")]
    Storage(std::io::Error),
    #[public]
    #[error(code = 2, http = 404, message = "No order {id}")]
    NoSuchOrder { id: u64 },
    #[details]
    #[error(code = 3, http = 400, message = "Bad request")]
    BadRequest,
}

fn main() {
    let _ = ShopError::BadRequest.to_string();
}
