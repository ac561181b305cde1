//! A deprecated catalogue, variant or wrapped catalogue makes the generated
//! code warn about nothing (thiserror fixed the same in its 1.0.14).
#![deny(deprecated)]

use error_catalog::{error_catalog, Catalog as _, CatalogError as _};

#[error_catalog(prefix = "OLD", range = 1..=9)]
#[derive(Debug)]
#[deprecated = "use NewError"]
pub enum OldError {
    #[error(code = 1, http = 404, message = "Gone")]
    Gone,
    #[error(code = 2, http = 500, message = "Broken: {0}")]
    Broken(#[from] std::io::Error),
}

#[error_catalog(prefix = "OLD", range = 10..=19)]
#[derive(Debug)]
pub enum NewError {
    #[deprecated = "use Missing"]
    #[error(code = 10, http = 404, message = "Not found")]
    NotFound,
    #[error(code = 11, http = 404, message = "Missing {what}")]
    Missing { what: String },
}

#[allow(deprecated)]
#[error_catalog(prefix = "OLD")]
#[derive(Debug)]
pub enum Service {
    #[error(transparent)]
    Old(OldError),
    #[error(transparent)]
    New(NewError),
}

fn main() {
    let error = NewError::Missing {
        what: "page".into(),
    };
    assert_eq!(error.code(), 11);
    assert_eq!(Service::ENTRIES.len(), 4);
}
