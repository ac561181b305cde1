// A composed catalogue whose codes, its own and its categories', have no
// numbers refuses `code()` and `lookup(u32)` as a leaf does, with the
// category in another crate's style (a module here).
use error_catalog::{error_catalog, Catalog, CatalogError};

mod cards {
    use error_catalog::error_catalog;

    #[error_catalog(rename_all = "snake_case")]
    #[derive(Debug)]
    pub enum CardError {
        #[error(http = 402, message = "The card was declined")]
        CardDeclined,
    }
}

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum KeyError {
    #[error(http = 401, message = "The API key expired")]
    ApiKeyExpired,
}

/// Only wraps.
#[error_catalog]
#[derive(Debug)]
pub enum PaymentError {
    #[error(transparent)]
    Card(cards::CardError),
    #[error(transparent)]
    Key(KeyError),
}

/// Codes of its own, without numbers, and a category.
#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum ApiError {
    #[error(http = 429, message = "Too many requests")]
    RateLimited,
    #[error(transparent)]
    Payment(PaymentError),
}

fn main() {
    let err = PaymentError::from(KeyError::ApiKeyExpired);
    let _ = err.code();
    let _ = PaymentError::lookup(402);
    let _ = ApiError::RateLimited.code();
    let _ = ApiError::lookup(429);
    // The typed accessors compile, and the trait's lookup by number, which
    // finds nothing, can still be named.
    let _ = err.number();
    let _ = <ApiError as Catalog>::lookup(429);
}
