//! The arguments of an attribute split into `key = value` pairs, and the
//! literals in them read, each mistake reported on its token.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Lit;

use crate::errors::Errors;
use crate::suggest::did_you_mean;
use crate::symbol::{self, Symbol};

/// A value together with the span of the tokens it was written as.
#[derive(Clone, Copy)]
pub(crate) struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A string literal's value, read once, and where it was written.
pub(crate) type Text = Spanned<String>;

/// One `key = value` or bare `key` of an attribute's arguments.
pub(super) struct KeyValue {
    pub(super) key: proc_macro2::Ident,
    pub(super) value: Option<Value>,
}

/// The tokens after `key =`, up to the next top-level comma; or the
/// parenthesized arguments of `key(...)`.
pub(super) struct Value {
    pub(super) tokens: Vec<TokenTree>,
    /// Span of `=`, used when the value itself is missing.
    pub(super) eq_span: Span,
    /// Written `key(...)`: `tokens` is the one parenthesized group.
    pub(super) call: bool,
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.iter().cloned());
    }
}

impl Value {
    pub(super) fn single(&self) -> Option<&TokenTree> {
        match self.tokens.as_slice() {
            [single] => Some(single),
            _ => None,
        }
    }

    /// Ends in `!(...)`, `![...]` or `!{...}`: someone tried a macro.
    pub(super) fn is_macro_call(&self) -> bool {
        self.tokens.windows(2).any(|pair| {
            matches!(&pair[0], TokenTree::Punct(p) if p.as_char() == '!')
                && matches!(&pair[1], TokenTree::Group(g) if g.delimiter() != Delimiter::None)
        })
    }
}

/// The token runs between top-level commas (a group's commas stay inside it).
pub(super) fn split_at_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut runs = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => runs.push(Vec::new()),
            _ => {
                if let Some(run) = runs.last_mut() {
                    run.push(token);
                }
            }
        }
    }
    runs
}

/// A value passed through `macro_rules!` as a `$x:literal` or `$x:expr`
/// fragment arrives wrapped in a group without delimiters: the tokens
/// inside are the value as written.
pub(super) fn without_invisible_groups(tokens: impl Iterator<Item = TokenTree>) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                out.extend(without_invisible_groups(group.stream().into_iter()));
            }
            other => out.push(other),
        }
    }
    out
}

/// Whose keys a list of `key = value` holds, for messages about its form.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Keys {
    Attribute,
    Metadata,
    Header,
}

/// Where a `key = value` run goes on into another `key = ...` without the
/// comma between them: the index of that second key.
fn missing_comma(segment: &[TokenTree]) -> Option<usize> {
    let is_eq = |token: &TokenTree| matches!(token, TokenTree::Punct(punct) if punct.as_char() == '=' && punct.spacing() == proc_macro2::Spacing::Alone);
    if !segment.get(1).is_some_and(is_eq) {
        return None;
    }
    crate::args::next_key(segment, 3)
}

pub(super) fn key_values(tokens: TokenStream, keys: Keys, errors: &mut Errors) -> Vec<KeyValue> {
    let mut pairs = Vec::new();
    let mut segments = split_at_commas(tokens);
    segments.reverse();
    while let Some(mut segment) = segments.pop() {
        // `message = "..." resolution = "..."`: one error for the comma,
        // and both keys read as if it were there.
        if let Some(at) = missing_comma(&segment) {
            errors.at(
                segment[at - 1].span(),
                format!(
                    "a comma is missing after this value, before `{}`",
                    segment[at]
                ),
            );
            segments.push(segment.split_off(at));
        }
        let mut tokens = segment.into_iter();
        let Some(first) = tokens.next() else {
            continue;
        };
        let TokenTree::Ident(key) = first else {
            errors.at(
                first.span(),
                match keys {
                    Keys::Attribute => "expected a key, as in `code = 1000`",
                    Keys::Metadata => "expected a metadata key, written as an identifier: `meta(type = \"card_error\")`",
                    Keys::Header => "expected a header name, written as an identifier in snake_case: `headers(retry_after = \"{seconds}\")` sends `retry-after`",
                },
            );
            continue;
        };
        let value = match tokens.next() {
            None => None,
            Some(TokenTree::Punct(eq)) if eq.as_char() == '=' => Some(Value {
                tokens: without_invisible_groups(tokens),
                eq_span: eq.span(),
                call: false,
            }),
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
                if let Some(after) = tokens.next() {
                    errors.at(after.span(), format!("expected `,` after `{key}(...)`"));
                    continue;
                }
                Some(Value {
                    eq_span: group.span(),
                    tokens: vec![TokenTree::Group(group)],
                    call: true,
                })
            }
            Some(other) if keys == Keys::Metadata => {
                errors.at(
                    other.span(),
                    format!("a metadata key is one identifier followed by `=`, as in `meta({key} = \"...\")`"),
                );
                continue;
            }
            Some(other) if keys == Keys::Header => {
                errors.at(
                    other.span(),
                    format!("a header name is one identifier in snake_case followed by `=`, as in `headers({key} = \"...\")`; `_` is sent as `-`"),
                );
                continue;
            }
            Some(other) => {
                errors.at(other.span(), format!("expected `=` after `{key}`"));
                continue;
            }
        };
        pairs.push(KeyValue { key, value });
    }
    pairs
}

pub(super) fn required_value(
    key: &proc_macro2::Ident,
    value: Option<Value>,
    errors: &mut Errors,
) -> Option<Value> {
    match value {
        Some(value)
            if value.call
                && *key != symbol::MESSAGE
                && *key != symbol::META
                && *key != symbol::HEADERS =>
        {
            errors.spanned(
                &value,
                format!("`{key}` is written `{key} = ...`; only `message(\"...\", args)`, `meta(key = \"value\")` and `headers(name = \"value\")` take their values in parentheses"),
            );
            None
        }
        Some(value) if !value.call && *key == symbol::META => {
            errors.spanned(
                &value,
                "`meta` takes its entries in parentheses: `meta(type = \"card_error\")`",
            );
            None
        }
        Some(value) if !value.tokens.is_empty() => Some(value),
        Some(value) => {
            errors.at(value.eq_span, format!("missing value after `{key} =`"));
            None
        }
        None => {
            errors.at(key.span(), format!("`{key}` needs a value: `{key} = ...`"));
            None
        }
    }
}

pub(super) fn given_twice(key: &proc_macro2::Ident, errors: &mut Errors) {
    errors.at(key.span(), format!("`{key}` is given twice; keep one"));
}

pub(super) fn unknown_key(
    key: &proc_macro2::Ident,
    known: &[Symbol],
    attribute: &str,
    errors: &mut Errors,
) {
    let name = key.to_string();
    let hint = did_you_mean(&name, Symbol::words(known));
    let list = Symbol::words(known)
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    errors.at(
        key.span(),
        format!("unknown key `{name}` in {attribute}{hint}\n  the keys are: {list}"),
    );
}

/// Explains a value that is a macro call, an identifier or some other
/// expression where a literal must stand.
pub(super) fn not_a_literal(value: &Value, wanted: &str, errors: &mut Errors) {
    let message = if value.is_macro_call() {
        format!("expected {wanted}; macro calls are not expanded inside this attribute, write the literal itself")
    } else {
        format!(
            "expected {wanted}, found `{}`",
            crate::case::compact(&value.to_token_stream().to_string())
        )
    };
    errors.spanned(value, message);
}

/// The fast path for the literals a catalogue is made of, thousands of
/// them: a decimal number of up to 19 digits, without suffix or `_`.
/// Anything else goes through `syn`, which also explains what is wrong.
pub(super) fn plain_decimal(repr: &str) -> Option<u64> {
    let plain = !repr.is_empty() && repr.len() < 20 && repr.bytes().all(|b| b.is_ascii_digit());
    plain.then(|| repr.parse().ok()).flatten()
}

/// Likewise for strings: `"..."` without escapes (nor a carriage return,
/// which the compiler would translate), whose value is what is inside.
pub(super) fn plain_string(repr: &str) -> Option<&str> {
    let inner = repr.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains(['\\', '"', '\r'])).then_some(inner)
}

pub(super) fn literal(value: &Value) -> Option<Lit> {
    match value.single() {
        Some(TokenTree::Literal(literal)) => Some(Lit::new(literal.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast paths agree with `syn` wherever they answer, and leave every
    /// literal they cannot read exactly to it.
    #[test]
    fn fast_paths_agree_with_syn() {
        let numbers = [
            "0",
            "7",
            "1000",
            "0100",
            "4294967295",
            "18446744073709551615",
            "1_000",
            "7u8",
            "0x10",
            "1e3",
            "1.5",
        ];
        for repr in numbers {
            let literal: proc_macro2::Literal = repr.parse().unwrap();
            let from_syn = match Lit::new(literal) {
                Lit::Int(lit) if lit.suffix().is_empty() => lit.base10_parse::<u64>().ok(),
                _ => None,
            };
            if let Some(fast) = plain_decimal(repr) {
                assert_eq!(Some(fast), from_syn, "{repr}");
            }
        }
        assert_eq!(plain_decimal("1000"), Some(1000));
        assert_eq!(plain_decimal("1_000"), None);
        assert_eq!(plain_decimal("18446744073709551615"), None);
        let strings = [
            r#""""#,
            r#""Not found""#,
            r#""The metric {metric} of {{x}}""#,
            r#""héllo ü""#,
            r#""a \" quote""#,
            r#""tab\there""#,
            r#""\u{41}""#,
            r#"r"raw""#,
            r#""suffixed"x"#,
            r#"b"bytes""#,
            "\"two\nlines\"",
        ];
        for repr in strings {
            let literal: proc_macro2::Literal = repr.parse().unwrap();
            let from_syn = match Lit::new(literal) {
                Lit::Str(lit) if lit.suffix().is_empty() => Some(lit.value()),
                _ => None,
            };
            if let Some(fast) = plain_string(repr) {
                assert_eq!(Some(fast.to_owned()), from_syn, "{repr}");
            }
        }
        assert_eq!(plain_string(r#""Not found""#), Some("Not found"));
        assert_eq!(plain_string(r#""a \" quote""#), None);
        assert_eq!(plain_string(r#"r"raw""#), None);
    }
}
