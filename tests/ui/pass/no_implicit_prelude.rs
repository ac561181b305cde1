//! A module without the prelude: the expansion names everything by path.

mod bare {
    #![no_implicit_prelude]

    #[::error_catalog::error_catalog(prefix = "BARE", range = 1..=9)]
    #[derive(::core::fmt::Debug)]
    pub enum BareError {
        #[error(code = 1, http = 404, message = "No {what}")]
        Missing { what: ::std::string::String },
        #[error(code = 2, http = 500, message = "I/O")]
        Io(#[from] ::std::io::Error),
        #[error(code = 3, http = 400, message = "Details")]
        Detailed(#[details] ::std::vec::Vec<u8>),
    }

    ::error_catalog::responses! {
        /// Two of its variants.
        pub struct BareSet = BareError { Missing, Io };
    }
}

fn main() {
    use error_catalog::CatalogError as _;
    let error = bare::BareError::Missing {
        what: "milk".into(),
    };
    assert_eq!(error.message(), "No milk");
    let codes: Vec<_> = <bare::BareSet as error_catalog::openapi::ErrorResponses>::entries()
        .map(|entry| entry.code_str())
        .collect();
    assert_eq!(codes, ["BARE_1", "BARE_2"]);
}
