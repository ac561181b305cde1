//! The runtime crate under another name, told to the macro with `crate`.
extern crate error_catalog as catalog;

#[catalog::error_catalog(crate = "::catalog", prefix = "REN", range = 1..=9)]
#[derive(Debug)]
pub enum RenamedError {
    #[error(code = 1, http = 404, message = "Not found")]
    NotFound,
    #[error(code = 2, http = 500, message = "I/O")]
    Io(#[from] std::io::Error),
}

#[catalog::error_catalog(crate = "::catalog", prefix = "REN")]
#[derive(Debug)]
pub enum Composed {
    #[error(transparent)]
    Renamed(RenamedError),
}

fn main() {
    use catalog::{Catalog as _, CatalogError as _};
    assert_eq!(RenamedError::NotFound.code_str(), "REN_1");
    assert_eq!(Composed::ENTRIES.len(), 2);
}
