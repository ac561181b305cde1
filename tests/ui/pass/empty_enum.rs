//! An enum without variants is a valid, empty catalogue, as with thiserror:
//! every impl compiles, including a composition over it.
#![deny(warnings)]

use error_catalog::{error_catalog, Catalog, CatalogError};

#[error_catalog(prefix = "NEVER", range = 1..=9)]
#[derive(Debug)]
pub enum Never {}

/// Empty, with locales.
#[error_catalog(prefix = "VOID", locales = "tests/locales/empty")]
#[derive(Debug)]
pub enum Void {}

#[error_catalog(prefix = "NEVER")]
#[derive(Debug)]
pub enum Service {
    #[error(transparent)]
    Never(Never),
    #[error(code = 1, http = 500, message = "Failed")]
    Failed,
}

fn describe(error: &Never) -> String {
    format!("{} {} {error}", error.code_str(), error.message())
}

fn main() {
    assert!(Never::ENTRIES.is_empty());
    assert!(Never::lookup(1).is_none());
    assert!(Never::lookup_str("NEVER_1").is_none());
    assert_eq!(Service::ENTRIES.len(), 1);
    assert_eq!(Service::Failed.code_str(), "NEVER_1");
    let _ = describe;
    let _: fn(Never) -> Service = Service::from;
    let tags: Vec<&str> = Void::own_locales()
        .map(|locales| locales.tags().collect())
        .unwrap_or_default();
    assert_eq!(tags, ["en", "de"]);
}
