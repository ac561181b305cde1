//! Names the expansion must not trip over: enums called like our traits and
//! std's types, a variant called like an associated const.
#![allow(non_camel_case_types, dead_code, clippy::upper_case_acronyms)]

mod entry {
    #[error_catalog::error_catalog(prefix = "E", range = 1..=9)]
    #[derive(Debug)]
    pub enum Entry {
        #[error(code = 1, http = 404, message = "Entry {0} missing")]
        Missing(u32),
        #[error(code = 2, http = 500, message = "Entries broke")]
        ENTRIES,
    }
}

mod catalog {
    #[error_catalog::error_catalog(prefix = "C")]
    #[derive(Debug)]
    pub enum Catalog {
        #[error(code = 1, http = 400, message = "Bad")]
        Bad,
    }
}

mod cow {
    #[error_catalog::error_catalog(prefix = "COW")]
    #[derive(Debug)]
    pub enum Cow {
        #[error(code = 1, http = 400, message = "Moo {source}")]
        Moo { source: String },
    }
}

mod result {
    #[error_catalog::error_catalog(prefix = "R")]
    #[derive(Debug)]
    pub enum Result {
        #[error(code = 1, http = 400, message = "Ok? {0}")]
        Ok(bool),
        #[error(code = 2, http = 500, message = "Err")]
        Err(#[from] std::io::Error),
    }
}

/// Explicit discriminants stay the enum's own business.
#[error_catalog::error_catalog(prefix = "D")]
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
pub enum Discriminated {
    #[error(code = 10, http = 400, message = "Ten")]
    Ten = 10,
    #[error(code = 20, http = 400, message = "Twenty")]
    Twenty = 20,
}

fn main() {
    use error_catalog::CatalogError as _;
    assert_eq!(entry::Entry::ENTRIES.code_str(), "E_2");
    assert_eq!(<entry::Entry as error_catalog::Catalog>::ENTRIES.len(), 2);
    assert_eq!(catalog::Catalog::Bad.name(), "BAD");
    assert_eq!(
        cow::Cow::Moo {
            source: "grass".into()
        }
        .message(),
        "Moo grass"
    );
    assert_eq!(result::Result::Ok(true).to_string(), "Ok? true");
    assert_eq!(Discriminated::Twenty as u8, 20);
    assert_eq!(
        <Discriminated as error_catalog::Catalog>::lookup(20)
            .unwrap()
            .name(),
        "TWENTY"
    );
}
