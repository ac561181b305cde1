//! thiserror's `tests/test_lints.rs`: the expansion trips no lint the
//! user's crate denies, deprecated items included.

#![allow(dead_code, clippy::mixed_attributes_style)]

use error_catalog::error_catalog;

#[test]
fn test_allow_attributes() {
    #![deny(clippy::allow_attributes)]

    #[error_catalog]
    #[derive(Debug)]
    pub enum MyError {
        #[error(code = 1, http = 500, message = "...")]
        Only(#[from] anyhow::Error),
    }

    let _: MyError;
}

#[test]
fn test_unused_qualifications() {
    #![deny(unused_qualifications)]

    #[error_catalog]
    #[derive(Debug)]
    pub enum MyError {
        #[error(code = 1, http = 500, message = "...")]
        Only,
    }

    let _: MyError;
}

#[test]
fn test_needless_lifetimes() {
    #![allow(dead_code)]
    #![deny(clippy::elidable_lifetime_names, clippy::needless_lifetimes)]

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum MyError<'a> {
        #[error(code = 1, http = 500)]
        A(#[from] std::io::Error),
        #[error(code = 2, http = 500)]
        B(&'a ()),
    }

    let _: MyError;
}

#[test]
fn test_forbid_needless_lifetimes() {
    #![forbid(clippy::needless_lifetimes)]

    #[error_catalog]
    #[derive(Debug)]
    pub enum MyError {
        #[error(code = 1, http = 500, message = "...")]
        Only(#[from] std::io::Error),
    }

    let _: MyError;
}

#[test]
fn test_deprecated() {
    #![deny(deprecated)]

    #[error_catalog]
    #[derive(Debug)]
    #[deprecated]
    pub enum DeprecatedEnum {
        #[error(code = 1, http = 500, message = "...")]
        Variant,
    }

    #[error_catalog]
    #[derive(Debug)]
    pub enum DeprecatedVariant {
        #[deprecated]
        #[error(code = 1, http = 500, message = "...")]
        Variant,
    }

    #[error_catalog]
    #[derive(Debug)]
    pub enum DeprecatedField {
        #[error(code = 1, http = 500, message("{message} {}", .message))]
        Variant {
            #[deprecated]
            message: String,
        },
    }

    #[error_catalog]
    #[derive(Debug)]
    pub enum DeprecatedFrom {
        #[error(code = 1, http = 500, transparent)]
        Variant(
            #[from]
            #[allow(deprecated)]
            DeprecatedVariant,
        ),
    }

    #[allow(deprecated)]
    let _ = DeprecatedEnum::Variant;
    #[allow(deprecated)]
    let _ = DeprecatedVariant::Variant;
    #[allow(deprecated)]
    let _ = DeprecatedField::Variant {
        message: String::new(),
    };
    #[allow(deprecated)]
    let _ = DeprecatedFrom::Variant(DeprecatedVariant::Variant);
}
