//! Parsing of `#[error_catalog(...)]`, `#[error(...)]`, `#[source]`,
//! `#[from]` and doc comments into plain values with spans.
//!
//! The arguments are split by hand rather than with a `syn` expression
//! parser: that keeps `syn` without its `full` feature, and it lets every
//! mistake get a message written for this attribute instead of a generic
//! "expected expression".
//!
//! Where a check lives: here, whatever keeps the tokens from being a value
//! of the key's type (a literal of the wrong kind, a number past `u32`, a
//! status outside what `http::StatusCode` holds, 100 to 599, a header name
//! `http` would refuse, an unknown key, a key given twice). Every rule that
//! a value of the right type can still break (an error status, a reversed
//! range, a prefix's case, a code outside the range) is `valid`'s.

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, LitStr, Meta};

use crate::args::FormatArg;
use crate::case::Case;
use crate::errors::Errors;
use crate::range::CodeRange;
use crate::suggest::closest;
use crate::symbol::{self, KeySet, Symbol, CATALOG_KEYS, ERROR_KEYS};

mod attrs;
mod doc;
mod syntax;
mod value;

pub(crate) use attrs::{reject_cfg_attr_helpers, Attrs, Kind};
pub(crate) use syntax::{Spanned, Text};
pub(crate) use value::{HeaderEntry, MetaEntry};

pub(crate) use doc::{doc_details, doc_paragraph};
use syntax::{given_twice, key_values, required_value, unknown_key, KeyValue, Keys};
use value::{
    case, code, code_header, crate_path, headers, http_status, message, meta, range, retired,
    shape, text, types,
};

/// The arguments of `#[error_catalog(...)]`.
#[derive(Default)]
pub(crate) struct CatalogArgs {
    pub prefix: Option<Text>,
    pub range: Option<CodeRange>,
    pub format: Option<Text>,
    pub title: Option<Text>,
    pub doc_url: Option<Text>,
    /// The message of the variants that give none (nor a doc comment).
    pub message: Option<Text>,
    /// The arguments after the template of `message("...", args)`.
    pub message_args: Vec<FormatArg>,
    /// The literal the message was written as, to point at a placeholder.
    pub message_literal: Option<proc_macro2::Literal>,
    /// `retired = [1005, 1010..=1019]`, `None` when absent.
    pub retired: Option<Vec<CodeRange>>,
    /// The code strings of `retired = ["card_expired"]`.
    pub retired_code_strs: Vec<Text>,
    /// `crate = "::path"`: where the runtime crate is, when renamed.
    pub krate: Option<syn::Path>,
    /// `rename_all = "snake_case"`: the case of the names.
    pub rename_all: Option<Spanned<Case>>,
    /// `meta(domain = "...")`: metadata every entry has unless it says
    /// otherwise.
    pub meta: Vec<MetaEntry>,
    /// `body = Problem`: the shape of the catalogue's responses.
    pub body: Option<syn::Path>,
    /// `code_header = "x-ms-error-code"`, or `Some(None)` for
    /// `code_header = false`.
    pub code_header: Option<Option<Text>>,
    /// `locales = "locales/"`: the folder of the Fluent files, from the
    /// crate's `Cargo.toml`.
    pub locales: Option<Text>,
    /// `default_locale = "en-US"`: the locale of the enum's own text.
    pub default_locale: Option<Text>,
}

/// The arguments of a variant's `#[error(...)]`.
pub(crate) struct ErrorArgs<'a> {
    pub attr: &'a Attribute,
    pub code: Option<Spanned<u32>>,
    /// Any HTTP status; `valid` checks it is an error status unless
    /// `non_error_status` says otherwise.
    pub http: Option<Spanned<u16>>,
    /// The status as written when it is a name, `NOT_FOUND`, for messages.
    pub http_name: Option<String>,
    /// `non_error_status`: the variant answers with a status outside
    /// 400..=599 on purpose (a 304, say).
    pub non_error_status: Option<Span>,
    /// `shares_code`: the variant has the code string of an earlier one on
    /// purpose.
    pub shares_code: Option<Span>,
    pub message: Option<Text>,
    /// The arguments after the template of `message("...", args)`.
    pub message_args: Vec<FormatArg>,
    /// The literal the message was written as, to point at a placeholder.
    pub message_literal: Option<proc_macro2::Literal>,
    pub resolution: Option<Text>,
    pub name: Option<Text>,
    /// The variant's own documentation page, over the enum's `doc_url`.
    pub doc_url: Option<Text>,
    /// Long text for the documentation, beside the short message.
    pub description: Option<Text>,
    /// `title = "..."`: the same for every occurrence of the code (a
    /// `Problem`'s `title`, a JSON:API error's).
    pub title: Option<Text>,
    /// `meta(type = "...")`: the entry's metadata.
    pub meta: Vec<MetaEntry>,
    /// `headers(retry_after = "{seconds}")`: the response headers the
    /// variant sends.
    pub headers: Vec<HeaderEntry>,
    /// `body = Text`: the variant's own shape, over the catalogue's.
    pub body: Option<syn::Path>,
    /// `transparent`: the variant wraps another catalogue and is it.
    pub transparent: Option<Span>,
    /// `from = [std::io::Error]` on a transparent variant: what the wrapped
    /// catalogue converts from, converted through it; with the key's span.
    pub from: Option<Spanned<Vec<syn::Type>>>,
    /// Keys the user wrote, valid or not, and keys a misspelt one most
    /// likely meant: none of them is reported as missing.
    pub given: KeySet,
}

const EXAMPLE: &str = "#[error(code = 1000, http = 404, message = \"...\")]";

pub(crate) fn catalog_args(tokens: TokenStream, errors: &mut Errors) -> CatalogArgs {
    let mut args = CatalogArgs::default();
    let mut given = KeySet::default();
    for KeyValue { key, value } in key_values(tokens, Keys::Attribute, errors) {
        let Some(symbol) = Symbol::find(CATALOG_KEYS, &key.to_string()) else {
            unknown_key(&key, CATALOG_KEYS, "#[error_catalog(...)]", errors);
            continue;
        };
        let Some(value) = required_value(&key, value, errors) else {
            continue;
        };
        if !given.insert(symbol) {
            given_twice(&key, errors);
            continue;
        }
        match symbol {
            symbol::PREFIX => args.prefix = text(&key, &value, errors),
            symbol::FORMAT => args.format = text(&key, &value, errors),
            symbol::TITLE => args.title = text(&key, &value, errors),
            symbol::DOC_URL => args.doc_url = text(&key, &value, errors),
            symbol::MESSAGE => {
                (args.message, args.message_args, args.message_literal) =
                    message(&key, &value, errors);
            }
            symbol::RANGE => args.range = range(&value, errors),
            symbol::RETIRED => {
                (args.retired, args.retired_code_strs) = retired(&key, &value, errors);
            }
            symbol::RENAME_ALL => args.rename_all = case(&key, &value, errors),
            symbol::META => args.meta = meta(&value, errors),
            symbol::BODY => args.body = shape(&value, errors),
            symbol::CODE_HEADER => args.code_header = code_header(&key, &value, errors),
            symbol::LOCALES => args.locales = text(&key, &value, errors),
            symbol::DEFAULT_LOCALE => args.default_locale = text(&key, &value, errors),
            _ => args.krate = crate_path(&key, &value, errors),
        }
    }
    args
}

/// Parses the one `#[error(...)]` of a variant, or reports why there is none.
pub(crate) fn error_args<'a>(
    variant: &'a syn::Variant,
    attrs: &Attrs<'a>,
    errors: &mut Errors,
) -> Option<ErrorArgs<'a>> {
    let mut found: Option<ErrorArgs<'a>> = None;
    for attr in attrs.of_kind(Kind::Helper(symbol::ERROR)) {
        if let Some(first) = &found {
            errors.spanned(
                attr,
                format!(
                    "`{}` has a second #[error(...)] attribute; merge its keys into the first",
                    variant.ident
                ),
            );
            errors.spanned(first.attr, "the first #[error(...)] is here");
            continue;
        }
        let tokens = match &attr.meta {
            Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_)) => {
                list.tokens.clone()
            }
            _ => {
                errors.spanned(
                    attr,
                    format!("expected arguments in parentheses: {EXAMPLE}"),
                );
                found = Some(empty_error_args(attr));
                continue;
            }
        };
        let mut args = empty_error_args(attr);
        args.given = KeySet::default();
        for KeyValue { key, value } in key_values(tokens, Keys::Attribute, errors) {
            let name = key.to_string();
            let Some(symbol) = Symbol::find(ERROR_KEYS, &name) else {
                unknown_key(&key, ERROR_KEYS, "#[error(...)]", errors);
                let meant = closest(&name, Symbol::words(ERROR_KEYS));
                if let Some(meant) = meant.and_then(|word| Symbol::find(ERROR_KEYS, word)) {
                    args.given.insert(meant);
                }
                continue;
            };
            if !args.given.insert(symbol) {
                given_twice(&key, errors);
                continue;
            }
            if symbol::FLAGS.contains(&symbol) {
                if let Some(value) = value {
                    errors.spanned(
                        &value,
                        format!("`{symbol}` takes no value: write #[error(..., {symbol})]"),
                    );
                }
                let flag = Some(key.span());
                match symbol {
                    symbol::TRANSPARENT => args.transparent = flag,
                    symbol::NON_ERROR_STATUS => args.non_error_status = flag,
                    _ => args.shares_code = flag,
                }
                continue;
            }
            let Some(value) = required_value(&key, value, errors) else {
                continue;
            };
            match symbol {
                symbol::CODE => args.code = code(&value, errors),
                symbol::HTTP => (args.http, args.http_name) = http_status(&value, errors),
                symbol::MESSAGE => {
                    (args.message, args.message_args, args.message_literal) =
                        message(&key, &value, errors);
                }
                symbol::RESOLUTION => args.resolution = text(&key, &value, errors),
                symbol::FROM => args.from = types(&key, &value, errors),
                symbol::DOC_URL => args.doc_url = text(&key, &value, errors),
                symbol::DESCRIPTION => args.description = text(&key, &value, errors),
                symbol::TITLE => args.title = text(&key, &value, errors),
                symbol::META => args.meta = meta(&value, errors),
                symbol::HEADERS => args.headers = headers(&value, errors),
                symbol::BODY => args.body = shape(&value, errors),
                _ => args.name = text(&key, &value, errors),
            }
        }
        found = Some(args);
    }
    found
}

fn empty_error_args(attr: &Attribute) -> ErrorArgs<'_> {
    ErrorArgs {
        attr,
        code: None,
        http: None,
        http_name: None,
        non_error_status: None,
        shares_code: None,
        message: None,
        message_args: Vec::new(),
        message_literal: None,
        resolution: None,
        name: None,
        doc_url: None,
        description: None,
        title: None,
        meta: Vec::new(),
        headers: Vec::new(),
        body: None,
        transparent: None,
        from: None,
        given: KeySet::ALL,
    }
}

/// Finds a field's `#[source]`, `#[from]` or `#[details]` marker.
pub(crate) fn marker<'a>(
    attrs: &Attrs<'a>,
    name: Symbol,
    errors: &mut Errors,
) -> Option<&'a Attribute> {
    let mut found = None;
    for attr in attrs.of_kind(Kind::Helper(name)) {
        if !matches!(attr.meta, Meta::Path(_)) {
            errors.spanned(attr, format!("`#[{name}]` takes no arguments"));
        } else if found.is_some() {
            errors.spanned(attr, format!("`#[{name}]` is given twice on this field"));
        }
        found.get_or_insert(attr);
    }
    found
}

/// `#[public]` or `#[public(name = "vmType")]` on a field.
pub(crate) struct Public<'a> {
    pub attr: &'a Attribute,
    pub name: Option<Text>,
}

pub(crate) fn public<'a>(attrs: &Attrs<'a>, errors: &mut Errors) -> Option<Public<'a>> {
    let mut found: Option<Public<'a>> = None;
    for attr in attrs.of_kind(Kind::Helper(symbol::PUBLIC)) {
        if found.is_some() {
            errors.spanned(attr, "`#[public]` is given twice on this field");
            continue;
        }
        let mut name = None;
        if !matches!(attr.meta, Meta::Path(_)) {
            let parsed = attr.parse_nested_meta(|meta| {
                if !meta.path.is_ident("name") {
                    return Err(meta.error(
                        "`#[public]` takes one key, `name`: #[public(name = \"memberName\")]",
                    ));
                }
                let lit: LitStr = meta.value()?.parse()?;
                if lit.value().is_empty() {
                    return Err(syn::Error::new(
                        lit.span(),
                        "a member's name cannot be empty",
                    ));
                }
                name = Some(Spanned {
                    value: lit.value(),
                    span: lit.span(),
                });
                Ok(())
            });
            if let Err(error) = parsed {
                errors.push(error);
            }
        }
        found = Some(Public { attr, name });
    }
    found
}
