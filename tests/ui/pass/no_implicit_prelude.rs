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

    /// A field type with inherent methods the expansion's own could be
    /// mistaken for.
    #[derive(::core::fmt::Debug)]
    pub struct What;

    impl What {
        pub fn arg(&self) -> u8 {
            0
        }

        pub fn to_string(&self) -> u8 {
            0
        }
    }

    impl ::core::fmt::Display for What {
        fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            formatter.write_str("Milch")
        }
    }

    /// Translated, without the prelude.
    #[::error_catalog::error_catalog(prefix = "HOSTILE", locales = "tests/locales/hostile")]
    #[derive(::core::fmt::Debug)]
    pub enum Translated {
        #[error(code = 1, http = 404, message = "No {what}, {count} times")]
        Missing { what: What, count: u32 },
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
    let translated = bare::Translated::Missing {
        what: bare::What,
        count: 2,
    };
    assert_eq!(
        error_catalog::locale::scope("de", || error_catalog::locale::client_message(&translated)),
        "Kein Milch, 2 Mal"
    );
    // The field's own methods are there, and were not called.
    assert_eq!((bare::What.arg(), bare::What.to_string()), (0, 0));
    let codes: Vec<_> = <bare::BareSet as error_catalog::openapi::ErrorResponses>::entries()
        .map(|entry| entry.code_str())
        .collect();
    assert_eq!(codes, ["BARE_1", "BARE_2"]);
}
