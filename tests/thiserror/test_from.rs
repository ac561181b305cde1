//! thiserror's `tests/test_from.rs`: the enum cases. `#[from]` on a field
//! written `Option<E>` converts from `E`.

#![allow(clippy::extra_unused_type_parameters)]

use std::io;

use error_catalog::error_catalog;

#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum ErrorEnum {
    #[error(code = 1, http = 500)]
    Test {
        #[from]
        source: io::Error,
    },
}

#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum ErrorEnumOptional {
    #[error(code = 1, http = 500)]
    Test {
        #[from]
        source: Option<io::Error>,
    },
}

#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum Many {
    #[error(code = 1, http = 500)]
    Any(#[from] anyhow::Error),
    #[error(code = 2, http = 500)]
    Io(#[from] io::Error),
}

// thiserror's struct cases, as one-variant catalogues.
#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum ErrorTuple {
    #[error(code = 1, http = 500)]
    Only(#[from] io::Error),
}

#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum ErrorTupleOptional {
    #[error(code = 1, http = 500)]
    Only(#[from] Option<io::Error>),
}

fn assert_impl<T: From<io::Error>>() {}

#[test]
fn test_from() {
    assert_impl::<ErrorEnum>();
    assert_impl::<ErrorEnumOptional>();
    assert_impl::<Many>();
    assert_impl::<ErrorTuple>();
    assert_impl::<ErrorTupleOptional>();

    let ErrorTupleOptional::Only(source) = ErrorTupleOptional::from(io::Error::other("x"));
    assert_eq!(source.unwrap().to_string(), "x");
}
