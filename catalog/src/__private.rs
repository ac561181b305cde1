//! Items the generated code calls. Not public API: they may change in any
//! release.

use std::error::Error;

use crate::Entry;

pub use std::borrow::Cow;

/// Lets a `#[source]` field of any error type, including `Box<dyn Error>`
/// and friends, be returned from `Error::source`.
pub trait AsDynError<'a> {
    fn as_dyn_error(&self) -> &(dyn Error + 'a);
}

impl<'a, T: Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + Sync + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

/// Finds `code` among `entries` through `order`, the entry indices sorted by
/// code string, which the macro computes at compile time.
#[must_use]
pub fn lookup_str(entries: &'static [Entry], order: &[u32], code: &str) -> Option<&'static Entry> {
    let position = order
        .binary_search_by(|&index| match entries.get(index as usize) {
            Some(entry) => entry.code_str().cmp(code),
            // Only a hand-made, inconsistent `order` gets here.
            None => core::cmp::Ordering::Less,
        })
        .ok()?;
    entries.get(*order.get(position)? as usize)
}
