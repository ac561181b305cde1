//! The enum's `message` is checked against each variant that uses it.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHARED", message = "Request {id} failed")]
#[derive(Debug)]
pub enum SharedError {
    #[error(code = 1, http = 400)]
    Invalid { id: u32 },
    #[error(code = 2, http = 409)]
    Conflict { key: String },
    #[error(code = 3, http = 500, message = "Its own")]
    Internal,
}

fn main() {}
