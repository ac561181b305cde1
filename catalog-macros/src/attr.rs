//! Parsing of `#[error_catalog(...)]`, `#[error(...)]`, `#[source]`,
//! `#[from]` and doc comments into plain values with spans.
//!
//! The arguments are split by hand rather than with a `syn` expression
//! parser: that keeps `syn` without its `full` feature, and it lets every
//! mistake get a message written for this attribute instead of a generic
//! "expected expression".

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned as _;
use syn::{Attribute, Lit, LitStr, Meta};

use crate::args::{self, FormatArg};
use crate::case::Case;
use crate::errors::Errors;
use crate::range::CodeRange;
use crate::status;
use crate::suggest::{closest, did_you_mean};
use crate::symbol::{self, KeySet, Symbol, CATALOG_KEYS, ERROR_KEYS};

/// A value together with the span of the tokens it was written as.
#[derive(Clone, Copy)]
pub(crate) struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A string literal's value, read once, and where it was written.
pub(crate) type Text = Spanned<String>;

/// An item's attributes, each with its kind. Reading a path's name crosses
/// the compiler's proc-macro bridge, and a catalogue has thousands of
/// attributes: each is named once, here.
pub(crate) struct Attrs<'a> {
    items: Vec<(&'a Attribute, Kind)>,
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    /// One of this macro's own: `error`, `source`, `from` or `details`.
    Helper(Symbol),
    Doc,
    /// `#[cfg_attr(predicate, error(...))]` and the like: applied after
    /// `#[error_catalog]` has run, so the macro never sees what it holds.
    HiddenHelper,
    Other,
}

impl<'a> Attrs<'a> {
    pub(crate) fn of(attrs: &'a [Attribute]) -> Self {
        let items = attrs
            .iter()
            .map(|attr| {
                let name = attr.path().get_ident().map(ToString::to_string);
                let kind = match name.as_deref() {
                    Some("doc") => Kind::Doc,
                    Some("cfg_attr") if hides_helper(attr) => Kind::HiddenHelper,
                    Some(name) => {
                        Symbol::find(symbol::HELPERS, name).map_or(Kind::Other, Kind::Helper)
                    }
                    None => Kind::Other,
                };
                (attr, kind)
            })
            .collect();
        Attrs { items }
    }

    /// The attributes of one kind.
    pub(crate) fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &'a Attribute> + '_ {
        self.items
            .iter()
            .filter(move |(_, item_kind)| *item_kind == kind)
            .map(|(attr, _)| *attr)
    }

    /// The kind of each attribute, in order.
    pub(crate) fn kinds(&self) -> impl Iterator<Item = Kind> + '_ {
        self.items.iter().map(|(_, kind)| *kind)
    }
}

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
}

/// One `key = "value"` of `meta(...)`.
#[derive(Clone)]
pub(crate) struct MetaEntry {
    pub key: Spanned<String>,
    pub value: String,
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
                (args.message, args.message_args) = message(&key, &value, errors);
            }
            symbol::RANGE => args.range = range(&value, errors),
            symbol::RETIRED => {
                (args.retired, args.retired_code_strs) = retired(&key, &value, errors);
            }
            symbol::RENAME_ALL => args.rename_all = case(&key, &value, errors),
            symbol::META => args.meta = meta(&value, errors),
            symbol::BODY => args.body = shape(&value, errors),
            symbol::CODE_HEADER => args.code_header = code_header(&key, &value, errors),
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
                    (args.message, args.message_args) = message(&key, &value, errors);
                }
                symbol::RESOLUTION => args.resolution = text(&key, &value, errors),
                symbol::FROM => args.from = types(&key, &value, errors),
                symbol::DOC_URL => args.doc_url = text(&key, &value, errors),
                symbol::DESCRIPTION => args.description = text(&key, &value, errors),
                symbol::TITLE => args.title = text(&key, &value, errors),
                symbol::META => args.meta = meta(&value, errors),
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
        resolution: None,
        name: None,
        doc_url: None,
        description: None,
        title: None,
        meta: Vec::new(),
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

/// The lines of the doc comment, each without the one space after `///`,
/// with the span of the attribute it was written in.
fn doc_lines(attrs: &Attrs) -> Vec<(String, Span)> {
    let mut lines = Vec::new();
    for attr in attrs.of_kind(Kind::Doc) {
        let Meta::NameValue(name_value) = &attr.meta else {
            continue;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: Lit::Str(text),
            ..
        }) = &name_value.value
        else {
            continue;
        };
        // A `/** ... */` comment is one attribute of several lines.
        for line in text.value().split('\n') {
            let line = line.strip_prefix(' ').unwrap_or(line).trim_end();
            lines.push((line.to_owned(), attr.span()));
        }
    }
    lines
}

/// The doc comment after its first paragraph, as written: the long
/// description of a variant, for the documentation.
pub(crate) fn doc_details(attrs: &Attrs) -> Option<String> {
    let lines = doc_lines(attrs);
    let is_blank = |(line, _): &&(String, Span)| line.trim().is_empty();
    let details: Vec<&str> = lines
        .iter()
        .skip_while(is_blank)
        .skip_while(|line| !is_blank(line))
        .skip_while(is_blank)
        .map(|(line, _)| line.as_str())
        .collect();
    let text = details.join("\n");
    let text = text.trim_end();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The first paragraph of the doc comment, lines joined by spaces.
pub(crate) fn doc_paragraph(attrs: &Attrs) -> Option<Spanned<String>> {
    let mut text = String::new();
    let mut span = None;
    for (line, line_span) in doc_lines(attrs) {
        let line = line.trim();
        if line.is_empty() {
            if text.is_empty() {
                continue;
            }
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(line);
        span.get_or_insert(line_span);
    }
    span.map(|span| Spanned { value: text, span })
}

/// One `key = value` or bare `key` of an attribute's arguments.
struct KeyValue {
    key: proc_macro2::Ident,
    value: Option<Value>,
}

/// The tokens after `key =`, up to the next top-level comma; or the
/// parenthesized arguments of `key(...)`.
struct Value {
    tokens: Vec<TokenTree>,
    /// Span of `=`, used when the value itself is missing.
    eq_span: Span,
    /// Written `key(...)`: `tokens` is the one parenthesized group.
    call: bool,
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.iter().cloned());
    }
}

impl Value {
    fn single(&self) -> Option<&TokenTree> {
        match self.tokens.as_slice() {
            [single] => Some(single),
            _ => None,
        }
    }

    /// Ends in `!(...)`, `![...]` or `!{...}`: someone tried a macro.
    fn is_macro_call(&self) -> bool {
        self.tokens.windows(2).any(|pair| {
            matches!(&pair[0], TokenTree::Punct(p) if p.as_char() == '!')
                && matches!(&pair[1], TokenTree::Group(g) if g.delimiter() != Delimiter::None)
        })
    }
}

/// The token runs between top-level commas (a group's commas stay inside it).
fn split_at_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
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
fn without_invisible_groups(tokens: impl Iterator<Item = TokenTree>) -> Vec<TokenTree> {
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
enum Keys {
    Attribute,
    Metadata,
}

fn key_values(tokens: TokenStream, keys: Keys, errors: &mut Errors) -> Vec<KeyValue> {
    let mut pairs = Vec::new();
    for segment in split_at_commas(tokens) {
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
            Some(other) => {
                errors.at(other.span(), format!("expected `=` after `{key}`"));
                continue;
            }
        };
        pairs.push(KeyValue { key, value });
    }
    pairs
}

fn required_value(
    key: &proc_macro2::Ident,
    value: Option<Value>,
    errors: &mut Errors,
) -> Option<Value> {
    match value {
        Some(value) if value.call && *key != symbol::MESSAGE && *key != symbol::META => {
            errors.spanned(
                &value,
                format!("`{key}` is written `{key} = ...`; only `message(\"...\", args)` and `meta(key = \"value\")` take their values in parentheses"),
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

fn given_twice(key: &proc_macro2::Ident, errors: &mut Errors) {
    errors.at(key.span(), format!("`{key}` is given twice; keep one"));
}

fn unknown_key(key: &proc_macro2::Ident, known: &[Symbol], attribute: &str, errors: &mut Errors) {
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
fn not_a_literal(value: &Value, wanted: &str, errors: &mut Errors) {
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
fn plain_decimal(repr: &str) -> Option<u64> {
    let plain = !repr.is_empty() && repr.len() < 20 && repr.bytes().all(|b| b.is_ascii_digit());
    plain.then(|| repr.parse().ok()).flatten()
}

/// Likewise for strings: `"..."` without escapes (nor a carriage return,
/// which the compiler would translate), whose value is what is inside.
fn plain_string(repr: &str) -> Option<&str> {
    let inner = repr.strip_prefix('"')?.strip_suffix('"')?;
    (!inner.contains(['\\', '"', '\r'])).then_some(inner)
}

fn literal(value: &Value) -> Option<Lit> {
    match value.single() {
        Some(TokenTree::Literal(literal)) => Some(Lit::new(literal.clone())),
        _ => None,
    }
}

/// `message = "..."`, or `message("...", args)` with the arguments thiserror
/// takes after its format string.
fn message(
    key: &proc_macro2::Ident,
    value: &Value,
    errors: &mut Errors,
) -> (Option<Text>, Vec<FormatArg>) {
    let Some(TokenTree::Group(group)) = value.single().filter(|_| value.call) else {
        return (text(key, value, errors), Vec::new());
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
        return (None, Vec::new());
    }
    let text = text(key, &template, errors);
    let rest: Vec<TokenTree> = tokens.collect();
    if let Some(first) = rest.first() {
        if !matches!(first, TokenTree::Punct(comma) if comma.as_char() == ',') {
            errors.at(first.span(), "expected `,` after the template");
            return (text, Vec::new());
        }
    }
    let (found, problems) = args::parse(rest);
    for problem in problems {
        errors.push(problem);
    }
    (text, found)
}

/// `meta(type = "card_error", domain = "example.com")`: keys written as
/// identifiers, each once, with string values (what the bodies that carry
/// metadata, such as Google's `ErrorInfo`, hold).
fn meta(value: &Value, errors: &mut Errors) -> Vec<MetaEntry> {
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
fn case(key: &proc_macro2::Ident, value: &Value, errors: &mut Errors) -> Option<Spanned<Case>> {
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

fn text(key: &proc_macro2::Ident, value: &Value, errors: &mut Errors) -> Option<Text> {
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

fn string(key: &proc_macro2::Ident, value: &Value, errors: &mut Errors) -> Option<LitStr> {
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
fn number(value: &Value, what: &str, max: u64, errors: &mut Errors) -> Option<Spanned<u64>> {
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

fn code(value: &Value, errors: &mut Errors) -> Option<Spanned<u32>> {
    let number = number(value, "a code", u64::from(u32::MAX), errors)?;
    Some(Spanned {
        value: u32::try_from(number.value).ok()?,
        span: number.span,
    })
}

/// Any status, as a number in `100..=599` or the name of an
/// `http::StatusCode` constant (with the name as written); whether it may
/// be sent as an error is for `valid` to say.
fn http_status(value: &Value, errors: &mut Errors) -> (Option<Spanned<u16>>, Option<String>) {
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
fn types(
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
fn crate_path(key: &proc_macro2::Ident, value: &Value, errors: &mut Errors) -> Option<syn::Path> {
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
fn shape(value: &Value, errors: &mut Errors) -> Option<syn::Path> {
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
fn code_header(
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

/// Whether the `cfg_attr` `attr` holds one of this macro's attributes.
fn hides_helper(attr: &Attribute) -> bool {
    let Meta::List(list) = &attr.meta else {
        return false;
    };
    let mut after_predicate = false;
    let mut starts_segment = false;
    for token in list.tokens.clone() {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                after_predicate = true;
                starts_segment = true;
            }
            TokenTree::Ident(ident) if after_predicate && starts_segment => {
                if symbol::HELPERS.iter().any(|helper| ident == helper) {
                    return true;
                }
                starts_segment = false;
            }
            _ => starts_segment = false,
        }
    }
    false
}

/// Reports every `cfg_attr` that hides one of this macro's markers.
pub(crate) fn reject_cfg_attr_helpers(attrs: &Attrs, errors: &mut Errors) {
    for attr in attrs.of_kind(Kind::HiddenHelper) {
        errors.spanned(
            attr,
            "#[error_catalog] runs before `cfg_attr` is applied, so it cannot see the attribute inside; a catalogue is the same in every build: write the attribute without `cfg_attr`",
        );
    }
}

/// `[1005, 1010..=1019]`: single codes and ranges, each as a `CodeRange`.
/// `retired = [1005, 1010..=1019]`: codes and ranges; and code strings,
/// `"card_expired"`, which is how a catalogue without numbers retires.
fn retired(
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

fn range(value: &Value, errors: &mut Errors) -> Option<CodeRange> {
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
