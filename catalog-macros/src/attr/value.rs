//! Each key's value, read from its tokens into a typed value.

use proc_macro2::{Delimiter, Literal, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Lit, LitStr};

use super::syntax::{
    key_values, literal, not_a_literal, plain_decimal, plain_string, required_value,
    split_at_commas, without_invisible_groups, KeyValue, Keys, Value,
};
use super::syntax::{Spanned, Text};
use crate::args::{self, FormatArg};
use crate::case::Case;
use crate::errors::Errors;
use crate::range::CodeRange;
use crate::status;
use crate::suggest::did_you_mean;
use crate::symbol;

/// One `key = "value"` of `meta(...)`.
#[derive(Clone)]
pub(crate) struct MetaEntry {
    pub key: Spanned<String>,
    pub value: String,
}

/// One `retry_after = "{seconds}"` of `headers(...)`: the header's name as
/// sent (`retry-after`), spanned on the identifier, and its value.
pub(crate) struct HeaderEntry {
    pub name: Spanned<String>,
    pub value: Text,
}

/// `headers(retry_after = "{seconds}", www_authenticate = "Bearer")`: each
/// name an identifier in snake_case, sent with `-` for `_`.
pub(super) fn headers(value: &Value, errors: &mut Errors) -> Vec<HeaderEntry> {
    let Some(TokenTree::Group(group)) = value.single() else {
        errors.spanned(
            value,
            "`headers` takes a list in parentheses: `headers(retry_after = \"{seconds}\")`",
        );
        return Vec::new();
    };
    let mut found: Vec<HeaderEntry> = Vec::new();
    for KeyValue { key, value } in key_values(group.stream(), Keys::Header, errors) {
        let Some(value) = required_value(&key, value, errors) else {
            continue;
        };
        let written = key.to_string();
        let written = written.strip_prefix("r#").unwrap_or(&written);
        if !written
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            errors.at(
                key.span(),
                format!(
                    "a header name is written in snake_case, lowercase ASCII: `{}` sends `{}`",
                    written.to_ascii_lowercase(),
                    written.to_ascii_lowercase().replace('_', "-")
                ),
            );
            continue;
        }
        let name = written.replace('_', "-");
        if found.iter().any(|header| header.name.value == name) {
            errors.at(
                key.span(),
                format!("the header `{name}` is given twice; keep one"),
            );
            continue;
        }
        let Some(text) = text(&key, &value, errors) else {
            continue;
        };
        found.push(HeaderEntry {
            name: Spanned {
                value: name,
                span: key.span(),
            },
            value: text,
        });
    }
    found
}

/// `message = "..."`, or `message("...", args)` with the arguments thiserror
/// takes after its format string.
pub(super) fn message(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> (Option<Text>, Vec<FormatArg>, Option<Literal>) {
    let Some(TokenTree::Group(group)) = value.single().filter(|_| value.call) else {
        return (text(key, value, errors), Vec::new(), literal_token(value));
    };
    let mut tokens = group.stream().into_iter();
    let template = Value {
        tokens: without_invisible_groups(tokens.next().into_iter()),
        eq_span: group.span(),
        call: false,
    };
    if template.tokens.is_empty() {
        errors.at(
            group.span(),
            "expected the message's template first: `message(\"{} items\", .0.len())`",
        );
        return (None, Vec::new(), None);
    }
    let text = text(key, &template, errors);
    let literal = literal_token(&template);
    let rest: Vec<TokenTree> = tokens.collect();
    if let Some(first) = rest.first() {
        if !matches!(first, TokenTree::Punct(comma) if comma.as_char() == ',') {
            errors.at(first.span(), "expected `,` after the template");
            return (text, Vec::new(), literal);
        }
    }
    let (found, problems) = args::parse(rest);
    for problem in problems {
        errors.push(problem);
    }
    (text, found, literal)
}

/// The literal token a value is, if it is one: what a template's
/// placeholders are pointed at within.
fn literal_token(value: &Value) -> Option<Literal> {
    match value.single()? {
        TokenTree::Literal(literal) => Some(literal.clone()),
        _ => None,
    }
}

/// `meta(type = "card_error", domain = "example.com")`: keys written as
/// identifiers, each once, with string values (what the bodies that carry
/// metadata, such as Google's `ErrorInfo`, hold).
pub(super) fn meta(value: &Value, errors: &mut Errors) -> Vec<MetaEntry> {
    let Some(TokenTree::Group(group)) = value.single() else {
        return Vec::new();
    };
    let mut found: Vec<MetaEntry> = Vec::new();
    for KeyValue { key, value } in key_values(group.stream(), Keys::Metadata, errors) {
        let Some(value) = required_value(&key, value, errors) else {
            continue;
        };
        let name = key.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
        if found.iter().any(|meta| meta.key.value == name) {
            errors.at(
                key.span(),
                format!("the metadata key `{name}` is given twice; keep one"),
            );
            continue;
        }
        let Some(text) = text(&key, &value, errors) else {
            continue;
        };
        found.push(MetaEntry {
            key: Spanned {
                value: name,
                span: key.span(),
            },
            value: text.value,
        });
    }
    found
}

/// `rename_all = "snake_case"`: one of serde's case names.
pub(super) fn case(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> Option<Spanned<Case>> {
    let name = text(key, value, errors)?;
    if let Some(case) = Case::from_name(&name.value) {
        return Some(Spanned {
            value: case,
            span: name.span,
        });
    }
    let hint = Case::did_you_mean(&name.value);
    let list = Case::names()
        .map(|case| format!("\"{case}\""))
        .collect::<Vec<_>>()
        .join(", ");
    errors.at(
        name.span,
        format!(
            "unknown case {:?} in `rename_all`{hint}\n  the cases are serde's: {list}",
            name.value
        ),
    );
    None
}

pub(super) fn text(key: &proc_macro2::Ident, value: &Value, errors: &mut Errors) -> Option<Text> {
    if let Some(TokenTree::Literal(literal)) = value.single() {
        if let Some(text) = plain_string(&literal.to_string()) {
            return Some(Spanned {
                value: text.to_owned(),
                span: literal.span(),
            });
        }
    }
    string(key, value, errors).map(|lit| Spanned {
        value: lit.value(),
        span: lit.span(),
    })
}

pub(super) fn string(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> Option<LitStr> {
    match literal(value) {
        Some(Lit::Str(lit)) if lit.suffix().is_empty() => Some(lit),
        Some(Lit::Str(lit)) => {
            errors.at(
                lit.span(),
                format!("unexpected suffix `{}` on a string", lit.suffix()),
            );
            None
        }
        Some(Lit::ByteStr(lit)) => {
            errors.at(
                lit.span(),
                "expected a string, found a byte string: remove the `b`",
            );
            None
        }
        Some(other) => {
            let text = other.to_token_stream().to_string();
            errors.at(
                other.span(),
                format!(
                    "`{key}` takes a string: write `{key} = \"{}\"`",
                    text.trim_matches('\'')
                ),
            );
            None
        }
        None if matches!(value.single(), Some(TokenTree::Ident(_))) => {
            let text = value.to_token_stream().to_string();
            errors.spanned(
                value,
                format!("`{key}` takes a string literal: write `{key} = \"{text}\"`"),
            );
            None
        }
        None => {
            not_a_literal(value, "a string literal", errors);
            None
        }
    }
}

/// A whole number written as a plain decimal literal, with its span.
pub(super) fn number(
    value: &Value,
    what: &str,
    max: u64,
    errors: &mut Errors,
) -> Option<Spanned<u64>> {
    if let Some(TokenTree::Literal(literal)) = value.single() {
        if let Some(number) = plain_decimal(&literal.to_string()).filter(|&number| number <= max) {
            return Some(Spanned {
                value: number,
                span: literal.span(),
            });
        }
    }
    if let [TokenTree::Punct(minus), TokenTree::Literal(_)] = value.tokens.as_slice() {
        if minus.as_char() == '-' {
            errors.spanned(value, format!("{what} cannot be negative"));
            return None;
        }
    }
    let lit = match literal(value) {
        Some(Lit::Int(lit)) => lit,
        Some(Lit::Str(lit)) => {
            errors.at(
                lit.span(),
                format!(
                    "{what} is a number, not a string: remove the quotes around {}",
                    lit.token()
                ),
            );
            return None;
        }
        Some(Lit::Float(lit)) => {
            errors.at(
                lit.span(),
                format!("{what} must be a whole number, found `{lit}`"),
            );
            return None;
        }
        _ => {
            not_a_literal(value, &format!("{what} as an integer literal"), errors);
            return None;
        }
    };
    if !lit.suffix().is_empty() {
        errors.at(
            lit.span(),
            format!(
                "remove the suffix `{}`: {what} is written as a plain number, like `{}`",
                lit.suffix(),
                lit.base10_digits()
            ),
        );
        return None;
    }
    match lit.base10_parse::<u64>() {
        Ok(number) if number <= max => Some(Spanned {
            value: number,
            span: lit.span(),
        }),
        _ => {
            errors.at(
                lit.span(),
                format!(
                    "{} is too large for {what}: the largest is {max}",
                    lit.base10_digits()
                ),
            );
            None
        }
    }
}

pub(super) fn code(value: &Value, errors: &mut Errors) -> Option<Spanned<u32>> {
    let number = number(value, "a code", u64::from(u32::MAX), errors)?;
    Some(Spanned {
        value: u32::try_from(number.value).ok()?,
        span: number.span,
    })
}

/// Any status, as a number in `100..=599` or the name of an
/// `http::StatusCode` constant (with the name as written); whether it may
/// be sent as an error is for `valid` to say.
pub(super) fn http_status(
    value: &Value,
    errors: &mut Errors,
) -> (Option<Spanned<u16>>, Option<String>) {
    let named = match value.tokens.as_slice() {
        [TokenTree::Ident(ident)] => Some(ident),
        // `StatusCode::NOT_FOUND`, `http::StatusCode::NOT_FOUND`, ...
        [.., TokenTree::Punct(colon), TokenTree::Ident(ident)] if colon.as_char() == ':' => {
            Some(ident)
        }
        _ => None,
    };
    if let Some(ident) = named {
        let name = ident.to_string();
        let span = ident.span();
        return match status::by_name(&name) {
            Some(code) => (Some(Spanned { value: code, span }), Some(name)),
            None => {
                let hint = did_you_mean(&name, status::error_names());
                errors.at(
                    span,
                    format!("unknown HTTP status `{name}`{hint}\n  write a number in 400..=599 or the name of an `http::StatusCode` constant, like NOT_FOUND"),
                );
                (None, None)
            }
        };
    }
    let Some(status) = number(value, "an HTTP status", 999, errors) else {
        return (None, None);
    };
    let code = u16::try_from(status.value).unwrap_or(0);
    if (100..600).contains(&code) {
        return (
            Some(Spanned {
                value: code,
                span: status.span,
            }),
            None,
        );
    }
    errors.at(
        status.span,
        format!(
            "{code} is not an HTTP status; use a 4xx (client error) or 5xx (server error) status"
        ),
    );
    (None, None)
}

/// `from = [std::io::Error, Timeout]`: a list of types.
pub(super) fn types(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> Option<Spanned<Vec<syn::Type>>> {
    use syn::parse::Parser as _;
    let list = match value.single() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => group.stream(),
        _ => {
            not_a_literal(
                value,
                "a list of error types like `[std::io::Error]`",
                errors,
            );
            return None;
        }
    };
    let parser = syn::punctuated::Punctuated::<syn::Type, syn::Token![,]>::parse_terminated;
    match parser.parse2(list) {
        Ok(types) if !types.is_empty() => Some(Spanned {
            value: types.into_iter().collect(),
            span: key.span(),
        }),
        Ok(_) => {
            errors.spanned(
                value,
                "the list is empty: name the error types, or remove `from`",
            );
            None
        }
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// `crate = "::catalog"`: a path, written as a string as serde does.
pub(super) fn crate_path(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> Option<syn::Path> {
    let lit = string(key, value, errors)?;
    match lit.parse::<syn::Path>() {
        Ok(path) => Some(path),
        Err(_) => {
            errors.spanned(
                &lit,
                "`crate` takes the path of the renamed `error-catalog` crate, like \"::catalog\"",
            );
            None
        }
    }
}

/// `body = Problem` (a shape of `error_catalog::body`) or
/// `body = crate::ApiError` (a type that implements `Shape`).
pub(super) fn shape(value: &Value, errors: &mut Errors) -> Option<syn::Path> {
    let tokens: TokenStream = value.tokens.iter().cloned().collect();
    match syn::parse2::<syn::Path>(tokens) {
        Ok(path) => Some(path),
        Err(_) => {
            errors.spanned(
                value,
                format!(
                    "`body` takes a shape: one of {}, or the path of a type that implements `error_catalog::body::Shape`",
                    symbol::BUILT_IN_SHAPES
                        .iter()
                        .map(|shape| format!("`{shape}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            None
        }
    }
}

/// `code_header = "x-ms-error-code"`, or `code_header = false` for none. A
/// header name is lowercase ASCII letters, digits and `-`, as HTTP/2 sends
/// it.
pub(super) fn code_header(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> Option<Option<Text>> {
    if let Some(TokenTree::Ident(word)) = value.single() {
        if word == "false" {
            return Some(None);
        }
        errors.spanned(
            word,
            "`code_header` takes a header name, like \"x-ms-error-code\", or `false` for none; without it, the header is \"x-error-code\"",
        );
        return None;
    }
    let is_header_name = |text: &str| {
        !text.is_empty()
            && text
                .bytes()
                .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
    };
    let name = text(key, value, errors)?;
    if is_header_name(&name.value) {
        return Some(Some(name));
    }
    let lower = name.value.to_ascii_lowercase();
    let hint = if is_header_name(&lower) {
        format!(": write \"{lower}\"")
    } else {
        String::new()
    };
    errors.at(
        name.span,
        format!("`code_header` takes a header name of lowercase letters, digits and `-`, or `false` for none{hint}"),
    );
    None
}

/// `[1005, 1010..=1019]`: single codes and ranges, each as a `CodeRange`.
/// `retired = [1005, 1010..=1019]`: codes and ranges; and code strings,
/// `"card_expired"`, which is how a catalogue without numbers retires.
pub(super) fn retired(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> (Option<Vec<CodeRange>>, Vec<Text>) {
    let Some(TokenTree::Group(group)) = value.single().filter(
        |token| matches!(token, TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket),
    ) else {
        not_a_literal(
            value,
            "a list of codes and ranges like `[1005, 1010..=1019]`",
            errors,
        );
        return (None, Vec::new());
    };
    let items = split_at_commas(group.stream());
    let mut codes = Vec::new();
    let mut code_strs = Vec::new();
    let mut ok = true;
    for tokens in items.into_iter().filter(|item| !item.is_empty()) {
        let item = Value {
            tokens: without_invisible_groups(tokens.into_iter()),
            eq_span: value.eq_span,
            call: false,
        };
        if matches!(literal(&item), Some(Lit::Str(_))) {
            match text(key, &item, errors) {
                Some(code_str) => code_strs.push(code_str),
                None => ok = false,
            }
            continue;
        }
        let is_range = item
            .tokens
            .iter()
            .any(|token| matches!(token, TokenTree::Punct(p) if p.as_char() == '.'));
        let parsed = if is_range {
            range(&item, errors)
        } else {
            code(&item, errors).map(|code| CodeRange::single(code.value, item.to_token_stream()))
        };
        match parsed {
            Some(range) => codes.push(range),
            None => ok = false,
        }
    }
    (ok.then_some(codes), code_strs)
}

pub(super) fn range(value: &Value, errors: &mut Errors) -> Option<CodeRange> {
    if let Some(Lit::Str(lit)) = literal(value) {
        errors.at(
            lit.span(),
            format!("write the range without quotes: `range = {}`", lit.value()),
        );
        return None;
    }
    let tokens = value.tokens.as_slice();
    let dots = tokens
        .iter()
        .position(|token| matches!(token, TokenTree::Punct(p) if p.as_char() == '.'));
    let (start, rest) = match dots {
        Some(at) => tokens.split_at(at),
        None => {
            not_a_literal(value, "a range of codes like `1000..=1099`", errors);
            return None;
        }
    };
    let is_punct = |token: Option<&TokenTree>, c: char| matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c);
    let inclusive = is_punct(rest.get(2), '=');
    if !is_punct(rest.get(1), '.') {
        not_a_literal(value, "a range of codes like `1000..=1099`", errors);
        return None;
    }
    let end = &rest[if inclusive { 3 } else { 2 }..];
    if end.is_empty() {
        errors.spanned(
            value,
            "the range needs an end: write `range = A..=B` (B included) or `A..B` (B excluded)",
        );
        return None;
    }
    let bound = |tokens: &[TokenTree], errors: &mut Errors| {
        let part = Value {
            tokens: tokens.to_vec(),
            eq_span: value.eq_span,
            call: false,
        };
        number(&part, "a range bound", u64::from(u32::MAX) + 1, errors)
    };
    if start.is_empty() {
        errors.spanned(value, "the range needs a start: write `range = A..=B`");
        return None;
    }
    let (start, end) = (bound(start, errors), bound(end, errors));
    let (start, end) = (start?, end?);
    let range = CodeRange {
        start: start.value,
        end: end.value,
        inclusive,
        tokens: value.to_token_stream(),
    };
    if range.start > u64::from(u32::MAX)
        || range.last().is_some_and(|last| last > u64::from(u32::MAX))
    {
        errors.spanned(
            &range.tokens,
            format!(
                "the range {} goes past the largest code, {}",
                range.text(),
                u32::MAX
            ),
        );
        return None;
    }
    Some(range)
}
