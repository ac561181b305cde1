// A catch-all wraps an error: over a `String` the message says so, on the
// field's type, in the words a `#[source]` field gets.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 1000..=1999)]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1000, http = 500, transparent)]
    Other(String),
}

fn main() {}
