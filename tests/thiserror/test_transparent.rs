//! thiserror's `tests/test_transparent.rs`: the enum cases. A transparent
//! variant over any error is a catch-all here, an entry with its own code
//! and status (`#[error(code = 2000, http = 500, transparent)]`) whose
//! `Display` and `source()` are the wrapped error's. thiserror's
//! `test_transparent_struct`, `test_anyhow` and `test_non_static` are about
//! structs; their transparent field becomes a catch-all variant.

use std::error::Error as _;
use std::io;

use anyhow::anyhow;
use error_catalog::{error_catalog, CatalogError};

#[test]
fn test_transparent_struct() {
    // Over a catalogue, `transparent` alone composes: the variant is that
    // catalogue's error, entries and all.
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(transparent)]
        Kind(ErrorKind),
    }

    #[error_catalog]
    #[derive(Debug)]
    enum ErrorKind {
        #[error(code = 1, http = 500, message = "E0")]
        E0,
        #[error(code = 2, http = 500, message = "E1")]
        E1(#[from] io::Error),
    }

    let error = Error::Kind(ErrorKind::E0);
    assert_eq!("E0", error.to_string());
    assert!(error.source().is_none());

    let io = io::Error::other("oh no!");
    let error = Error::Kind(ErrorKind::from(io));
    assert_eq!("E1", error.to_string());
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_transparent_enum() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 500, message = "this failed")]
        This,
        #[error(code = 2, http = 500, transparent)]
        Other(anyhow::Error),
    }

    let error = Error::This;
    assert_eq!("this failed", error.to_string());

    let error = Error::Other(anyhow!("inner").context("outer"));
    assert_eq!("outer", error.to_string());
    assert_eq!("inner", error.source().unwrap().to_string());
}

#[test]
fn test_transparent_enum_with_default_message() {
    #[error_catalog(message = "this failed: {0}_{1}")]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 500)]
        This(i32, i32),
        #[error(code = 2, http = 500, transparent)]
        Other(anyhow::Error),
    }

    let error = Error::This(-1, -1);
    assert_eq!("this failed: -1_-1", error.to_string());

    let error = Error::Other(anyhow!("inner").context("outer"));
    assert_eq!("outer", error.to_string());
    assert_eq!("inner", error.source().unwrap().to_string());
}

#[test]
fn test_transparent_enum_generic() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error<E> {
        #[error(code = 1, http = 500, message = "this failed")]
        This,
        #[error(code = 2, http = 500, transparent)]
        Other(E),
    }

    #[derive(Debug)]
    struct Inner;

    impl std::fmt::Display for Inner {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("inner error")
        }
    }

    impl std::error::Error for Inner {}

    let error = Error::<Inner>::This;
    assert_eq!("this failed", error.to_string());

    let error = Error::Other(Inner);
    assert_eq!("inner error", error.to_string());
    assert!(error.source().is_none());

    #[error_catalog]
    #[derive(Debug)]
    enum WithSource {
        #[error(code = 1, http = 500, message = "wrapped")]
        Io(#[source] io::Error),
    }

    let io = io::Error::other("oh no!");
    let error = Error::Other(WithSource::Io(io));
    assert_eq!("wrapped", error.to_string());
    assert_eq!("oh no!", error.source().unwrap().to_string());
}

#[test]
fn test_anyhow() {
    #[error_catalog]
    #[derive(Debug)]
    enum Any {
        #[error(code = 1, http = 500, transparent)]
        Any(#[from] anyhow::Error),
    }

    let error = Any::from(anyhow!("inner").context("outer"));
    assert_eq!("outer", error.to_string());
    assert_eq!("inner", error.source().unwrap().to_string());
}

#[test]
fn test_non_static() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error<'a> {
        #[error(code = 1, http = 500, transparent)]
        Inner(ErrorKind<'a>),
    }

    #[error_catalog]
    #[derive(Debug)]
    enum ErrorKind<'a> {
        #[error(code = 1, http = 400, message("unexpected token: {:?}", .token))]
        Unexpected { token: &'a str },
    }

    let error = Error::Inner(ErrorKind::Unexpected { token: "error" });
    assert_eq!("unexpected token: \"error\"", error.to_string());
    assert!(error.source().is_none());
}

/// Not in thiserror's suite: what a catch-all tells clients. Its entry has
/// its own code, status and message; the wrapped error's text (a database
/// address, say) is `Display`, for logs, and never the public message.
#[test]
fn catch_all_bodies_carry_the_entry_message() {
    #[error_catalog(prefix = "SHOP")]
    #[derive(Debug)]
    enum ShopError {
        #[error(code = 1000, http = 404, message = "No such order")]
        OrderNotFound,
        #[error(code = 2000, http = 500, transparent)]
        Internal(#[from] anyhow::Error),
        /// The payment provider could not be reached
        #[error(code = 2001, http = 502, transparent)]
        Payments(Box<dyn std::error::Error + Send + Sync>),
    }

    fn load() -> Result<(), ShopError> {
        Err(anyhow!("connect to 10.0.0.7:5432 refused"))?;
        Ok(())
    }

    let internal = load().unwrap_err();
    assert_eq!(internal.code_str(), "SHOP_2000");
    assert_eq!(internal.status(), 500);
    assert_eq!(internal.to_string(), "connect to 10.0.0.7:5432 refused");
    assert_eq!(internal.message(), "connect to 10.0.0.7:5432 refused");
    assert_eq!(internal.public_message(), "Internal server error");
    assert_eq!(internal.entry().message(), "Internal server error");

    let payments = ShopError::Payments("tls handshake with psp.example failed".into());
    assert_eq!(
        payments.public_message(),
        "The payment provider could not be reached"
    );
    assert_eq!(
        payments.to_string(),
        "tls handshake with psp.example failed"
    );
    assert!(payments.source().is_none());

    assert_eq!(ShopError::OrderNotFound.public_message(), "No such order");
    let body = serde_json::to_string(&error_catalog::body::Nested::new(&internal)).unwrap();
    assert!(!body.contains("10.0.0.7"), "{body}");
    assert!(body.contains("Internal server error"), "{body}");
}
