//! Every word the attributes may hold, named once. The parser matches keys
//! and markers against these; messages and the reference test list them.

use std::fmt::{self, Display};

use proc_macro2::Ident;
use syn::Path;

/// One keyword of the attribute syntax.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Symbol(&'static str);

// Keys of `#[error_catalog(...)]`.
pub(crate) const PREFIX: Symbol = Symbol("prefix");
pub(crate) const RANGE: Symbol = Symbol("range");
pub(crate) const FORMAT: Symbol = Symbol("format");
pub(crate) const TITLE: Symbol = Symbol("title");
pub(crate) const DOC_URL: Symbol = Symbol("doc_url");
pub(crate) const RETIRED: Symbol = Symbol("retired");
pub(crate) const CRATE: Symbol = Symbol("crate");
pub(crate) const RENAME_ALL: Symbol = Symbol("rename_all");
pub(crate) const BODY: Symbol = Symbol("body");
pub(crate) const CODE_HEADER: Symbol = Symbol("code_header");
pub(crate) const LOCALES: Symbol = Symbol("locales");
pub(crate) const DEFAULT_LOCALE: Symbol = Symbol("default_locale");

// Keys of a variant's `#[error(...)]`.
pub(crate) const CODE: Symbol = Symbol("code");
pub(crate) const HTTP: Symbol = Symbol("http");
pub(crate) const MESSAGE: Symbol = Symbol("message");
pub(crate) const RESOLUTION: Symbol = Symbol("resolution");
pub(crate) const NAME: Symbol = Symbol("name");
pub(crate) const DESCRIPTION: Symbol = Symbol("description");
pub(crate) const META: Symbol = Symbol("meta");
pub(crate) const HEADERS: Symbol = Symbol("headers");
pub(crate) const NON_ERROR_STATUS: Symbol = Symbol("non_error_status");
pub(crate) const SHARES_CODE: Symbol = Symbol("shares_code");
pub(crate) const TRANSPARENT: Symbol = Symbol("transparent");

// The attributes only `#[error_catalog]` reads.
pub(crate) const ERROR: Symbol = Symbol("error");
pub(crate) const SOURCE: Symbol = Symbol("source");
pub(crate) const FROM: Symbol = Symbol("from");
pub(crate) const DETAILS: Symbol = Symbol("details");
pub(crate) const BACKTRACE: Symbol = Symbol("backtrace");
pub(crate) const PUBLIC: Symbol = Symbol("public");

// The derive `Shape`: its attribute, the struct's keys, and the parts of
// the error a field takes. The other parts are keys above.
pub(crate) const SHAPE: Symbol = Symbol("shape");
pub(crate) const CONTENT_TYPE: Symbol = Symbol("content_type");
pub(crate) const CODE_STR: Symbol = Symbol("code_str");
pub(crate) const STATUS: Symbol = Symbol("status");
pub(crate) const NUMBER: Symbol = Symbol("number");
pub(crate) const VALUE: Symbol = Symbol("value");
pub(crate) const POINTER: Symbol = Symbol("pointer");
pub(crate) const ERRORS: Symbol = Symbol("errors");
pub(crate) const REQUEST_ID: Symbol = Symbol("request_id");
pub(crate) const TIMESTAMP: Symbol = Symbol("timestamp");
pub(crate) const PATH: Symbol = Symbol("path");
pub(crate) const ROOT: Symbol = Symbol("root");
pub(crate) const TEMPLATE: Symbol = Symbol("template");
pub(crate) const DECLARATION: Symbol = Symbol("declaration");
pub(crate) const NAMESPACE: Symbol = Symbol("namespace");

pub(crate) const CATALOG_KEYS: &[Symbol] = &[
    PREFIX,
    RANGE,
    FORMAT,
    TITLE,
    DOC_URL,
    RETIRED,
    CRATE,
    MESSAGE,
    RENAME_ALL,
    META,
    BODY,
    CODE_HEADER,
    LOCALES,
    DEFAULT_LOCALE,
];
/// The shapes of `error_catalog::body` that `body = ...` names bare.
pub(crate) const BUILT_IN_SHAPES: &[&str] = &[
    "Nested",
    "Plain",
    "Text",
    "Flat",
    "Problem",
    "JsonApi",
    "Google",
    "Microsoft",
];
pub(crate) const ERROR_KEYS: &[Symbol] = &[
    CODE,
    HTTP,
    MESSAGE,
    RESOLUTION,
    NAME,
    TRANSPARENT,
    FROM,
    DOC_URL,
    DESCRIPTION,
    TITLE,
    META,
    HEADERS,
    BODY,
    NON_ERROR_STATUS,
    SHARES_CODE,
];
/// The parts of the error a field of a derived shape takes, in the order
/// the derive's messages list them.
pub(crate) const SHAPE_PARTS: &[Symbol] = &[
    CODE_STR,
    NAME,
    TITLE,
    MESSAGE,
    STATUS,
    NUMBER,
    RESOLUTION,
    DOC_URL,
    DESCRIPTION,
    META,
    VALUE,
    DETAILS,
    PUBLIC,
    POINTER,
    ERRORS,
    REQUEST_ID,
    TIMESTAMP,
    PATH,
    TEMPLATE,
];
/// The keys of `#[error(...)]` written alone, without a value.
pub(crate) const FLAGS: &[Symbol] = &[TRANSPARENT, NON_ERROR_STATUS, SHARES_CODE];
/// The markers a field may carry.
pub(crate) const FIELD_MARKERS: &[Symbol] = &[SOURCE, FROM, DETAILS, BACKTRACE, PUBLIC];
/// Every attribute that is the macro's own: rustc would reject them if the
/// macro left them on the item.
pub(crate) const HELPERS: &[Symbol] = &[ERROR, SOURCE, FROM, DETAILS, BACKTRACE, PUBLIC];

impl Symbol {
    /// The symbol spelled `word`, among `symbols`.
    pub(crate) fn find(symbols: &[Symbol], word: &str) -> Option<Symbol> {
        symbols.iter().copied().find(|symbol| symbol.0 == word)
    }

    /// The word itself.
    pub(crate) fn word(self) -> &'static str {
        self.0
    }

    /// The words of `symbols`, for "did you mean" hints.
    pub(crate) fn words(symbols: &[Symbol]) -> impl Iterator<Item = &'static str> + '_ {
        symbols.iter().map(|symbol| symbol.0)
    }
}

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0)
    }
}

/// The keys written in one attribute: a key written twice is reported, and
/// a key written with a broken value is not reported missing as well.
#[derive(Clone, Copy, Default)]
pub(crate) struct KeySet(u32);

impl KeySet {
    /// Every key: for an attribute too broken to tell which keys it has.
    pub(crate) const ALL: KeySet = KeySet(u32::MAX);

    /// The key's bit: its place among the enum's keys, then among the
    /// variant's (a key of both, such as `message`, has the enum's bit).
    fn bit(key: Symbol) -> u32 {
        let place = CATALOG_KEYS
            .iter()
            .position(|symbol| *symbol == key)
            .or_else(|| {
                ERROR_KEYS
                    .iter()
                    .position(|symbol| *symbol == key)
                    .map(|place| CATALOG_KEYS.len() + place)
            });
        place.map_or(0, |place| 1 << place)
    }

    /// Adds `key`; false when it was written already.
    pub(crate) fn insert(&mut self, key: Symbol) -> bool {
        let bit = Self::bit(key);
        let fresh = self.0 & bit == 0;
        self.0 |= bit;
        fresh
    }

    pub(crate) fn contains(self, key: Symbol) -> bool {
        self.0 & Self::bit(key) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference the `error_catalog` attribute's rustdoc and the README
    /// both include.
    const REFERENCE: &str = include_str!("../../catalog/src/attributes.md");

    #[test]
    fn every_key_and_marker_is_in_the_attribute_reference() {
        for key in CATALOG_KEYS.iter().chain(ERROR_KEYS) {
            assert!(
                REFERENCE.contains(&format!("\n| `{key}` |")),
                "`{key}` is missing from catalog/src/attributes.md"
            );
        }
        for marker in FIELD_MARKERS {
            assert!(
                REFERENCE.contains(&format!("\n| `#[{marker}]` |")),
                "`#[{marker}]` is missing from catalog/src/attributes.md"
            );
        }
    }

    #[test]
    fn key_sets_count_each_key_once() {
        let mut set = KeySet::default();
        assert!(set.insert(CODE));
        assert!(!set.insert(CODE));
        assert!(set.contains(CODE) && !set.contains(HTTP));
        assert!(set.insert(PREFIX) && set.insert(TRANSPARENT));
        assert!(CATALOG_KEYS
            .iter()
            .chain(ERROR_KEYS)
            .all(|key| KeySet::ALL.contains(*key)));
        // Every key has a bit of its own in the 32 of a set.
        assert!(CATALOG_KEYS.len() + ERROR_KEYS.len() <= 32);
        let mut all = KeySet::default();
        for key in CATALOG_KEYS.iter().chain(ERROR_KEYS) {
            all.insert(*key);
        }
        for key in CATALOG_KEYS.iter().chain(ERROR_KEYS) {
            let mut one = KeySet::default();
            assert!(one.insert(*key) && one.contains(*key));
            assert!(!one.insert(*key));
        }
        assert!(all.contains(META) && all.contains(SHARES_CODE));
    }
}
