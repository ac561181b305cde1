//! thiserror's `tests/test_error.rs`: sources on every shape of variant.
//! thiserror's version writes `Display` by hand; a catalogue's `Display`
//! is its messages, so each variant has one here (the README lists this
//! difference).

use std::error::Error as _;
use std::io;

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum EnumError {
    #[error(code = 1, http = 500, message = "braced")]
    Braced {
        #[source]
        cause: io::Error,
    },
    #[error(code = 2, http = 500, message = "tuple")]
    Tuple(#[source] io::Error),
    #[error(code = 3, http = 500, message = "unit")]
    Unit,
}

#[error_catalog]
#[derive(Debug)]
enum WithAnyhow {
    #[error(code = 1, http = 500, message = "with anyhow")]
    Only {
        #[source]
        cause: anyhow::Error,
    },
}

#[test]
fn sources_of_each_shape() {
    let braced = EnumError::Braced {
        cause: io::Error::other("b"),
    };
    assert_eq!(braced.source().unwrap().to_string(), "b");
    assert_eq!(
        EnumError::Tuple(io::Error::other("t"))
            .source()
            .unwrap()
            .to_string(),
        "t"
    );
    assert!(EnumError::Unit.source().is_none());
    let any = WithAnyhow::Only {
        cause: anyhow::anyhow!("a"),
    };
    assert_eq!(any.source().unwrap().to_string(), "a");
}
