//! Ranges of codes as written (`1000..=1099`, `1000..1100`) and as the rest
//! of the macro uses them: inclusive bounds within `u32`.

use proc_macro2::TokenStream;

/// `A..B` or `A..=B`, as written: emptiness and order are checked later,
/// with the codes. Bounds are kept wider than `u32` so that `0..4294967296`
/// (every code) can be written.
pub(crate) struct CodeRange {
    pub start: u64,
    pub end: u64,
    pub inclusive: bool,
    pub tokens: TokenStream,
}

/// The first and last code of a non-empty range.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Bounds {
    pub first: u32,
    pub last: u32,
}

impl CodeRange {
    /// One code, as `retired = [1005]` lists it.
    pub(crate) fn single(code: u32, tokens: TokenStream) -> Self {
        CodeRange {
            start: u64::from(code),
            end: u64::from(code),
            inclusive: true,
            tokens,
        }
    }

    /// The last code inside, if any.
    pub(crate) fn last(&self) -> Option<u64> {
        if self.inclusive {
            Some(self.end)
        } else {
            self.end.checked_sub(1)
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.last().is_none_or(|last| last < self.start)
    }

    /// The inclusive bounds, or `None` for an empty range or one past `u32`
    /// (both reported by the checks).
    pub(crate) fn bounds(&self) -> Option<Bounds> {
        let first = u32::try_from(self.start).ok()?;
        let last = u32::try_from(self.last()?).ok()?;
        (first <= last).then_some(Bounds { first, last })
    }

    pub(crate) fn contains(&self, code: u32) -> bool {
        self.bounds().is_some_and(|bounds| bounds.contains(code))
    }

    pub(crate) fn dots(&self) -> &'static str {
        if self.inclusive {
            "..="
        } else {
            ".."
        }
    }

    pub(crate) fn text(&self) -> String {
        format!("{}{}{}", self.start, self.dots(), self.end)
    }
}

impl Bounds {
    pub(crate) fn contains(self, code: u32) -> bool {
        (self.first..=self.last).contains(&code)
    }
}
