//! thiserror's `tests/test_source.rs`, its struct cases as one-variant
//! catalogues. The deliberate difference: a field named `source` is a
//! source only when marked (thiserror takes it by its name), so that
//! adding a field cannot change what `source()` returns, nor move text
//! out of a body.

#![allow(dead_code)]

use std::error::Error as StdError;
use std::io;

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
pub enum ImplicitSource {
    // thiserror's implicit source, marked here.
    #[error(code = 1, http = 500, message = "implicit source")]
    Only {
        #[source]
        source: io::Error,
    },
}

#[error_catalog]
#[derive(Debug)]
pub enum ExplicitSource {
    #[error(code = 1, http = 500, message = "explicit source")]
    Only {
        source: String,
        #[source]
        io: io::Error,
    },
}

#[error_catalog]
#[derive(Debug)]
pub enum BoxedSource {
    #[error(code = 1, http = 500, message = "boxed source")]
    Only {
        #[source]
        source: Box<dyn StdError + Send + 'static>,
    },
}

#[test]
fn test_implicit_source() {
    let io = io::Error::other("oh no!");
    let error = ImplicitSource::Only { source: io };
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_explicit_source() {
    let io = io::Error::other("oh no!");
    let error = ExplicitSource::Only {
        source: String::new(),
        io,
    };
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_boxed_source() {
    let source = Box::new(io::Error::other("oh no!"));
    let error = BoxedSource::Only { source };
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

macro_rules! error_from_macro {
    ($($variants:tt)*) => {
        #[error_catalog]
        #[derive(Debug)]
        pub enum MacroSource {
            $($variants)*
        }
    }
}

// Test that we generate impls with the proper hygiene
#[rustfmt::skip]
error_from_macro! {
    #[error(code = 1, http = 500, message = "Something")]
    Variant(#[from] io::Error)
}

#[test]
fn test_macro_source() {
    let error = MacroSource::from(io::Error::other("oh no!"));
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_not_source() {
    #[error_catalog]
    #[derive(Debug)]
    pub enum NotSource {
        #[error(code = 1, http = 400, message = "{source} ==> {destination}")]
        Only { r#source: char, destination: char },
    }

    let error = NotSource::Only {
        source: 'S',
        destination: 'D',
    };
    assert_eq!(error.to_string(), "S ==> D");
    assert!(error.source().is_none());
}

/// The difference itself: unmarked, a field named `source` is data, shown
/// to clients like any other field.
#[test]
fn field_named_source_is_data_unless_marked() {
    use error_catalog::CatalogError;

    #[error_catalog]
    #[derive(Debug)]
    pub enum Import {
        #[error(code = 1, http = 400, message = "cannot import from {source}")]
        Rejected { source: String },
    }

    let error = Import::Rejected {
        source: "s3://bucket".into(),
    };
    assert!(error.source().is_none());
    assert_eq!(error.public_message(), "cannot import from s3://bucket");
}
