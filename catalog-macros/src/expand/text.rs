//! Generated code written as text, for the bulk of the expansion.
//!
//! The rule: whatever carries a span of the user's (a message rustc may have
//! to blame, a field type, a binding) goes through `quote!`; the rows that
//! repeat once per variant and carry none (table rows, accessor arms,
//! lookup arms) are written here as text and handed to the compiler in one
//! piece. Building them token by token costs far more, since every token
//! crosses the compiler's proc-macro bridge.
//!
//! Text from the user reaches the output only through [`Source::string`]
//! (escaped as a string literal) and [`Source::variant`] (an identifier the
//! compiler has already lexed); everything else is this crate's own code.

use std::fmt::{Display, Write as _};

use proc_macro2::TokenStream;

use crate::model::{Entry, Shape};

/// Code under construction.
#[derive(Default)]
pub(crate) struct Source(String);

impl Source {
    /// Code of this crate's own, with no user text in it.
    pub(crate) fn code(&mut self, code: &str) -> &mut Self {
        self.0.push_str(code);
        self
    }

    /// `text` as a string literal.
    pub(crate) fn string(&mut self, text: &str) -> &mut Self {
        // Most messages need no escape; `{:?}` would still walk them one
        // character at a time through the formatter.
        if text
            .bytes()
            .all(|byte| (b' '..=b'~').contains(&byte) && byte != b'"' && byte != b'\\')
        {
            self.0.push('"');
            self.0.push_str(text);
            self.0.push('"');
        } else {
            let _ = write!(self.0, "{text:?}");
        }
        self
    }

    /// A number, as an unsuffixed literal.
    pub(crate) fn number(&mut self, number: impl Display) -> &mut Self {
        let _ = write!(self.0, "{number}");
        self
    }

    /// `Some("text")` or `None`, under [`USE_OPTION`].
    pub(crate) fn optional_string(&mut self, text: Option<&str>) -> &mut Self {
        match text {
            Some(text) => self.code("Option::Some(").string(text).code(")"),
            None => self.code("Option::None"),
        }
    }

    /// The pattern that matches the entry's variant whatever its fields:
    /// `Self::A`, `Self::A(..)` or `Self::A { .. }`.
    pub(crate) fn variant(&mut self, entry: &Entry) -> &mut Self {
        self.0.push_str("Self::");
        self.0.push_str(&entry.variant_text);
        match entry.shape {
            Shape::Unit => self,
            Shape::Tuple => self.code("(..)"),
            Shape::Struct => self.code(" { .. }"),
        }
    }

    /// The code as tokens.
    ///
    /// Inside the compiler the text goes straight to its lexer: proc-macro2's
    /// own `FromStr` first lexes the whole text a second time to validate
    /// it, in the macro's usually unoptimised build, which cost more than
    /// the rest of the macro together. The text is ours, built from escaped
    /// literals and identifiers the compiler already lexed, so it needs no
    /// such check. Outside the compiler (unit tests) proc-macro2 parses it.
    pub(crate) fn into_tokens(self) -> TokenStream {
        if proc_macro::is_available() {
            if let Ok(tokens) = self.0.parse::<proc_macro::TokenStream>() {
                return tokens.into();
            }
        }
        self.0.parse().unwrap_or_else(|_| {
            quote::quote!(::core::compile_error!(
                "error_catalog wrote code it cannot parse; please report this as a bug"
            );)
        })
    }
}

/// Code of this crate's own as tokens.
pub(crate) fn tokens(code: &str) -> TokenStream {
    let mut source = Source::default();
    source.code(code);
    source.into_tokens()
}

/// The long per-variant matches start with these imports, so that each arm
/// names `Option::Some` rather than the full path: a quarter fewer tokens for
/// the compiler to read, resolve and lower. The imports live in the body of
/// a generated function, where nothing of the user's is named but variants
/// (as `Self::V`) and field bindings (which no imported type can shadow).
pub(crate) const USE_OPTION: &str = "use ::core::option::Option;";
pub(crate) const USE_STATUS: &str = "use __ec::http::StatusCode;";
