//! Lifetimes, type parameters, const generics and where clauses.
// Bounds both inline and in the where clause, on purpose: the macro keeps both.
#![allow(clippy::multiple_bound_locations)]
use std::fmt::Display;

#[error_catalog::error_catalog(prefix = "G", range = 1..=9)]
#[derive(Debug)]
pub enum GenericError<'a, T: Clone, const N: usize, E = std::io::Error>
where
    T: Display + std::fmt::Debug,
    E: std::error::Error + 'static,
{
    #[error(code = 1, http = 400, message = "Bad {value} in {context}")]
    Bad { value: T, context: &'a str },
    #[error(code = 2, http = 500, message = "Inner failed")]
    Inner(#[source] E),
    #[error(code = 3, http = 400, message = "Too many: {0:?}")]
    TooMany([u8; N]),
}

fn main() {
    use error_catalog::CatalogError as _;
    let error: GenericError<'_, u8, 2> = GenericError::Bad {
        value: 7,
        context: "query",
    };
    assert_eq!(error.to_string(), "Bad 7 in query");
    let many: GenericError<'_, u8, 2> = GenericError::TooMany([1, 2]);
    assert_eq!(many.message(), "Too many: [1, 2]");
}
