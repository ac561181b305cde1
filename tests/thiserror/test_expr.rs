//! thiserror's `tests/test_expr.rs`: arguments after the template,
//! `.field` references inside them, and turbofish in them.

#![allow(clippy::iter_cloned_collect, clippy::uninlined_format_args)]

use std::fmt::Display;

use error_catalog::{error_catalog, CatalogError};

// From rcc, a C compiler in Rust, by way of thiserror's suite.
#[error_catalog(prefix = "RCC")]
#[derive(Debug)]
pub enum CompilerError {
    #[error(code = 1, http = 400, message("cannot shift {} by {maximum} or more bits (got {current})", if *.is_left { "left" } else { "right" }))]
    TooManyShiftBits {
        is_left: bool,
        maximum: u64,
        current: u64,
    },

    #[error(code = 2, http = 400, message("#error {}", (.0).iter().copied().collect::<Vec<_>>().join(" ")))]
    User(Vec<&'static str>),

    #[error(code = 3, http = 400, message("overflow while parsing {}integer literal",
        if let Some(signed) = .is_signed {
            if *signed { "signed "} else { "unsigned "}
        } else {
            ""
        }
    ))]
    IntegerOverflow { is_signed: Option<bool> },

    #[error(code = 4, http = 400, message("overflow while parsing {}integer literal", match .is_signed {
        Some(true) => "signed ",
        Some(false) => "unsigned ",
        None => "",
    }))]
    IntegerOverflow2 { is_signed: Option<bool> },
}

// From rustup.
#[error_catalog(prefix = "RUSTUP")]
#[derive(Debug)]
pub enum RustupError {
    #[error(
        code = 1,
        http = 404,
        message(
            "toolchain '{name}' does not contain component {component}{}",
            .suggestion
                .as_ref()
                .map_or_else(String::new, |s| format!("; did you mean '{}'?", s)),
        )
    )]
    UnknownComponent {
        name: String,
        component: String,
        suggestion: Option<String>,
    },
}

#[track_caller]
fn assert<T: Display>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
}

#[test]
fn test_rcc() {
    assert(
        "cannot shift left by 32 or more bits (got 50)",
        CompilerError::TooManyShiftBits {
            is_left: true,
            maximum: 32,
            current: 50,
        },
    );

    assert("#error A B C", CompilerError::User(vec!["A", "B", "C"]));

    assert(
        "overflow while parsing signed integer literal",
        CompilerError::IntegerOverflow {
            is_signed: Some(true),
        },
    );
    assert(
        "overflow while parsing unsigned integer literal",
        CompilerError::IntegerOverflow2 {
            is_signed: Some(false),
        },
    );
}

#[test]
fn test_rustup() {
    assert(
        "toolchain 'nightly' does not contain component clipy; did you mean 'clippy'?",
        RustupError::UnknownComponent {
            name: "nightly".to_owned(),
            component: "clipy".to_owned(),
            suggestion: Some("clippy".to_owned()),
        },
    );
}

// thiserror's test puts a `dyn Trait<A = i32>` cast in a named argument,
// on a struct; here the same argument on a variant.
#[test]
#[allow(non_snake_case)]
fn test_assoc_type_equality_constraint() {
    pub trait Trait<T>: Display {
        type A;
    }

    impl<T> Trait<T> for i32 {
        type A = i32;
    }

    #[error_catalog]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 1, http = 400, message("{A} {b}", b = &0 as &dyn Trait<i32, A = i32>))]
        Only { A: std::path::PathBuf },
    }

    assert(
        "... 0",
        Error::Only {
            A: std::path::PathBuf::from("..."),
        },
    );
}

#[test]
fn test_turbofish() {
    #[error_catalog]
    #[derive(Debug)]
    pub enum Error {
        #[error(
            code = 1,
            http = 400,
            message(
                "{} {} {}",
                None::<i32>.is_some(),
                Vec::<Vec<u8>>::new().len(),
                (0..3).filter(|_| Option::<Box<dyn Fn(u8) -> u8>>::None.is_none()).count(),
            )
        )]
        Only,
    }

    assert("false 0 3", Error::Only);
}

/// Not in thiserror's suite: what the catalogue publishes of a message with
/// arguments. The documentation names each argument, and the public
/// message is the message itself (no argument reads a source).
#[test]
fn published_template_names_each_argument() {
    let entry = CompilerError::TooManyShiftBits {
        is_left: false,
        maximum: 8,
        current: 9,
    };
    assert_eq!(
        entry.entry().message(),
        "cannot shift {is_left} by {maximum} or more bits (got {current})"
    );
    assert_eq!(
        entry.public_message(),
        "cannot shift right by 8 or more bits (got 9)"
    );
    assert_eq!(CompilerError::User(vec![]).entry().message(), "#error {0}");
    assert_eq!(
        RustupError::UnknownComponent {
            name: String::new(),
            component: String::new(),
            suggestion: None
        }
        .entry()
        .message(),
        "toolchain '{name}' does not contain component {component}{suggestion}"
    );
}
