//! The enum as an item: generics, trait objects, other attributes kept.

use crate::common::metrics;

use std::error::Error as _;

use error_catalog::{error_catalog, Catalog, CatalogError};
use metrics::MetricsError;

#[error_catalog(prefix = "GEN", range = 1..=9)]
#[derive(Debug)]
enum Generic<'a, T, E>
where
    T: Clone,
{
    #[error(code = 1, http = 400, message = "bad value {value} in {context}")]
    Bad { value: T, context: &'a str },
    #[error(code = 2, http = 500, message = "failed")]
    Failed(#[source] E),
    #[error(code = 3, http = 400, message = "debug {0:?}")]
    Debugged(Vec<T>),
}

#[test]
fn generic_enums() {
    let bad: Generic<'_, u32, std::io::Error> = Generic::Bad {
        value: 5,
        context: "query",
    };
    assert_eq!(bad.to_string(), "bad value 5 in query");
    assert_eq!(bad.code_str(), "GEN_1");
    let failed: Generic<'_, u32, std::io::Error> = Generic::Failed(std::io::Error::other("inner"));
    assert_eq!(failed.source().unwrap().to_string(), "inner");
    let debugged: Generic<'_, u32, std::io::Error> = Generic::Debugged(vec![1, 2]);
    assert_eq!(debugged.message(), "debug [1, 2]");
    assert_eq!(
        <Generic<'_, u8, std::fmt::Error> as Catalog>::ENTRIES.len(),
        3
    );
}

/// Works as a trait object and in generic code.
fn describe(error: &dyn CatalogError) -> String {
    format!(
        "{} {} {}",
        error.code_str(),
        error.status().as_u16(),
        error.message()
    )
}

#[test]
fn catalog_error_is_object_safe() {
    assert_eq!(
        describe(&MetricsError::MetricNotFound),
        "ANALYTICS_1000 404 The requested metric was not found"
    );
    let boxed: Box<dyn CatalogError> = Box::new(MetricsError::Documented);
    assert_eq!(boxed.code(), 1009);
}

/// Other attributes and derives on the enum are kept.
#[error_catalog(prefix = "KEEP")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(dead_code)]
enum Kept {
    #[error(code = 1, http = 400, message = "one")]
    #[allow(unused)]
    One = 7,
    #[error(code = 2, http = 400, message = "two")]
    Two,
}

#[test]
fn other_attributes_are_kept() {
    assert_eq!(Kept::One, Kept::One.clone());
    assert_eq!(Kept::One as u8, 7);
    assert_eq!(Kept::Two as u8, 8);
    assert_eq!(std::mem::size_of::<Kept>(), 1);
}
