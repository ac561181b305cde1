//! Semantic checks: everything that makes a catalogue wrong even though each
//! attribute parsed. On success, the resolved values the expansion needs.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::Span;
use quote::ToTokens;
use syn::{Data, Fields};

use crate::ast::{Field, Input, Variant};
use crate::attr::{CodeRange, Spanned};
use crate::case::{is_screaming_snake, screaming_snake, screaming_suggestion};
use crate::errors::Errors;
use crate::suggest::did_you_mean;
use crate::template::{self, Piece};

/// A catalogue that passed every check.
pub(crate) struct Catalog<'a> {
    pub input: &'a Input<'a>,
    /// The variants with a code of their own, in declaration order.
    pub variants: Vec<Checked<'a>>,
    /// The `#[error(transparent)]` variants, each wrapping a catalogue.
    pub transparent: Vec<Transparent<'a>>,
    /// Indices into `variants`, by ascending code: the order of `ENTRIES`.
    pub by_code: Vec<usize>,
    /// Indices into `ENTRIES`, by ascending code string.
    pub by_code_str: Vec<u32>,
    /// The text every code string starts with when the number comes next
    /// (`"ANALYTICS_"` for `{prefix}_{code}`): `lookup_str` then reads the
    /// number back instead of searching strings.
    pub code_lead: Option<String>,
    /// From `title` or the enum's doc comment.
    pub title: Option<String>,
    /// The inclusive range, when one is declared.
    pub range: Option<(u32, u32)>,
    /// The range as a reader sees it, e.g. `ANALYTICS_1000-1099`.
    pub range_label: Option<String>,
    pub prefix: Option<String>,
    /// Inclusive ranges of retired codes.
    pub retired: Vec<(u32, u32)>,
}

/// A variant that is another catalogue: `#[error(transparent)] Metrics(MetricsError)`.
pub(crate) struct Transparent<'a> {
    pub variant: &'a Variant<'a>,
    pub field: &'a Field<'a>,
}

/// One variant with every value resolved.
pub(crate) struct Checked<'a> {
    pub variant: &'a Variant<'a>,
    pub code: u32,
    pub code_str: String,
    pub name: String,
    pub status: u16,
    /// The message template as written.
    pub template: String,
    pub message: Vec<Piece>,
    /// The message for clients, when it differs: without source fields.
    pub public_message: Option<Vec<Piece>>,
    pub resolution: Option<String>,
    /// A stable title: the message when it has no placeholder, else the name in words.
    pub title: String,
    pub doc_url: Option<String>,
}

pub(crate) fn check<'a>(input: &'a Input<'a>, mut errors: Errors) -> Result<Catalog<'a>, Errors> {
    check_item_kind(input, &mut errors);
    check_prefix(input, &mut errors);
    if let Some(range) = &input.args.range {
        check_range(range, &mut errors);
    }
    let format = code_format(input, &mut errors);
    let prefix = input
        .args
        .prefix
        .as_ref()
        .map(syn::LitStr::value)
        .unwrap_or_default();
    let doc_url = doc_url_template(input, &mut errors);
    let title = catalog_title(input, &mut errors);
    check_retired(input, &mut errors);
    let retired = retired_ranges(input);
    let free_code = FreeCodes::new(input);
    let transparent: Vec<Transparent> = input
        .variants
        .iter()
        .filter_map(|variant| check_transparent(input, variant, &mut errors))
        .collect();
    // Identities are checked for repeats even on variants with other
    // problems, so that every mistake shows up in the first compile.
    let identities: Vec<Identity> = input
        .variants
        .iter()
        .filter(|variant| !variant.is_transparent())
        .map(|variant| Identity::of(variant, format.as_deref(), &prefix, &mut errors))
        .collect();
    let mut variants = Vec::with_capacity(input.variants.len());
    for identity in &identities {
        if let Some(code) = identity.code {
            if retired
                .iter()
                .any(|&(start, end)| (start..=end).contains(&code.value))
            {
                errors.at(
                    code.span,
                    format!(
                        "code {} is retired: a published code is never used again{}",
                        code.value,
                        free_code.hint()
                    ),
                );
            }
        }
        if let Some(mut checked) = check_variant(input, identity, &free_code, &mut errors) {
            checked.doc_url = doc_url.as_deref().map(|url| render_doc_url(url, &checked));
            variants.push(checked);
        }
    }
    check_from_types(input, &mut errors);
    check_unique(
        &identities,
        |id| id.code.map(|code| (code.value, code.span)),
        "code",
        &mut errors,
    );
    check_unique(
        &identities,
        |id| id.name.clone().map(|name| (name.value, name.span)),
        "name",
        &mut errors,
    );
    check_unique_code_strings(&identities, input.args.format.is_some(), &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut by_code: Vec<usize> = (0..variants.len()).collect();
    by_code.sort_by_key(|&index| variants[index].code);
    let mut by_code_str: Vec<u32> = (0..variants.len())
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    by_code_str.sort_by(|&a, &b| {
        let code_str = |position: u32| &variants[by_code[position as usize]].code_str;
        code_str(a).cmp(code_str(b))
    });
    let range = input.args.range.as_ref().and_then(|range| {
        Some((
            u32::try_from(range.start).ok()?,
            u32::try_from(range.last()?).ok()?,
        ))
    });
    let range_label = match (&format, range) {
        (Some(format), Some((first, last))) => Some(range_label(format, &prefix, first, last)),
        _ => None,
    };
    let code_lead = format
        .as_deref()
        .and_then(|format| code_lead(format, &prefix));
    Ok(Catalog {
        input,
        variants,
        transparent,
        by_code,
        by_code_str,
        code_lead,
        title,
        prefix: input.args.prefix.as_ref().map(syn::LitStr::value),
        range,
        range_label,
        retired,
    })
}

fn check_item_kind(input: &Input, errors: &mut Errors) {
    let (token, kind) = match &input.item.data {
        Data::Enum(data) => {
            if data.variants.is_empty() {
                errors.spanned(
                    &input.item.ident,
                    format!(
                        "the catalogue `{}` has no variants: add one variant per error code",
                        input.item.ident
                    ),
                );
            }
            return;
        }
        Data::Struct(data) => (data.struct_token.span, "a struct"),
        Data::Union(data) => (data.union_token.span, "a union"),
    };
    errors.at(
        token,
        format!("#[error_catalog] goes on an enum, not on {kind}: each variant of the enum is one error code"),
    );
}

fn check_prefix(input: &Input, errors: &mut Errors) {
    let Some(prefix) = &input.args.prefix else {
        return;
    };
    let value = prefix.value();
    if value.is_empty() {
        errors.spanned(
            prefix,
            "the prefix is empty: remove `prefix` or write one, like \"ANALYTICS\"",
        );
    } else if !is_screaming_snake(&value) {
        errors.spanned(
            prefix,
            format!(
                "the prefix {value:?} must be uppercase ASCII letters, digits and `_`, starting with a letter, like \"{}\"",
                screaming_suggestion(&value)
            ),
        );
    }
}

fn check_range(range: &CodeRange, errors: &mut Errors) {
    if range.start > range.end {
        let (dots, start, end) = (
            if range.inclusive { "..=" } else { ".." },
            range.start,
            range.end,
        );
        errors.spanned(
            &range.tokens,
            format!(
                "the range {} is reversed: write the smaller code first, `{end}{dots}{start}`",
                range.text()
            ),
        );
    } else if range.is_empty() {
        errors.spanned(
            &range.tokens,
            format!(
                "the range {} is empty, since `..` excludes its end: write `{}..={}` to allow that one code",
                range.text(),
                range.start,
                range.end
            ),
        );
    }
}

/// The parsed `format`, defaulted from the prefix. `None` when it is broken.
fn code_format(input: &Input, errors: &mut Errors) -> Option<Vec<Piece>> {
    let has_prefix = input.args.prefix.is_some();
    let Some(format) = &input.args.format else {
        let default = if has_prefix {
            "{prefix}_{code}"
        } else {
            "{code}"
        };
        return template::parse(default).ok();
    };
    let pieces = parse_template(&format.value(), "`format`", format.span(), errors)?;
    let mut ok = true;
    let mut names_a_code = false;
    for piece in &pieces {
        let Piece::Hole { name, spec } = piece else {
            continue;
        };
        match name.as_str() {
            "code" | "name" => names_a_code = true,
            "prefix" if has_prefix => {}
            "prefix" => {
                errors.spanned(
                    format,
                    "`format` uses {prefix} but the catalogue has no `prefix = \"...\"`",
                );
                ok = false;
            }
            other => {
                let hint = did_you_mean(other, ["prefix", "code", "name"]);
                errors.spanned(
                    format,
                    format!("unknown placeholder {{{other}}} in `format`{hint}\n  a format may use {{prefix}}, {{code}} and {{name}}"),
                );
                ok = false;
            }
        }
        if !spec.is_empty() {
            errors.spanned(
                format,
                format!("`format` placeholders take no format spec: remove `:{spec}`"),
            );
            ok = false;
        }
    }
    if !names_a_code {
        errors.spanned(
            format,
            "`format` must contain {code} or {name}, or every error would get the same code string",
        );
        ok = false;
    }
    ok.then_some(pieces)
}

fn render_code_str(format: &[Piece], prefix: &str, code: u32, name: &str) -> String {
    template::fill(format, |hole| match hole {
        "prefix" => prefix.to_owned(),
        "code" => code.to_string(),
        _ => name.to_owned(),
    })
}

/// The code strings' common start when `{code}` follows only text and the
/// prefix, and no digit follows `{code}` (which would run into the number).
fn code_lead(format: &[Piece], prefix: &str) -> Option<String> {
    let mut lead = String::new();
    let mut pieces = format.iter();
    for piece in pieces.by_ref() {
        match piece {
            Piece::Text(text) => lead.push_str(text),
            Piece::Hole { name, .. } if name == "prefix" => lead.push_str(prefix),
            Piece::Hole { name, .. } if name == "code" => break,
            Piece::Hole { .. } => return None,
        }
    }
    match pieces.next() {
        Some(Piece::Text(text)) if text.starts_with(|c: char| c.is_ascii_digit()) => None,
        _ => Some(lead),
    }
}

/// `ANALYTICS_1000-1099`: the first code string of the range, minus any
/// name, then the last code.
fn range_label(format: &[Piece], prefix: &str, first: u32, last: u32) -> String {
    let start = render_code_str(format, prefix, first, "");
    format!("{}-{last}", start.trim_end_matches(['_', '-', '.', ' ']))
}

fn catalog_title(input: &Input, errors: &mut Errors) -> Option<String> {
    if let Some(title) = &input.args.title {
        let value = title.value();
        if value.trim().is_empty() {
            errors.spanned(
                title,
                "the title is empty: write one, like \"Metrics\", or remove `title`",
            );
        }
        return Some(value);
    }
    input.doc.as_ref().map(|doc| doc.value.clone())
}

const DOC_URL_PLACEHOLDERS: [&str; 3] = ["code_str", "code", "name"];

/// Parses a `format`, `doc_url` or message template; a malformed one (an
/// unclosed brace, say) is reported at `span`, naming `what` it is.
fn parse_template(text: &str, what: &str, span: Span, errors: &mut Errors) -> Option<Vec<Piece>> {
    template::parse(text)
        .map_err(|problem| errors.at(span, format!("in {what}: {problem}")))
        .ok()
}

/// `doc_url`, checked: only `{code_str}`, `{code}` and `{name}`.
fn doc_url_template(input: &Input, errors: &mut Errors) -> Option<Vec<Piece>> {
    let url = input.args.doc_url.as_ref()?;
    let pieces = parse_template(&url.value(), "`doc_url`", url.span(), errors)?;
    let mut ok = true;
    for piece in &pieces {
        if let Piece::Hole { name, spec } = piece {
            if !DOC_URL_PLACEHOLDERS.contains(&name.as_str()) || !spec.is_empty() {
                let hint = did_you_mean(name, DOC_URL_PLACEHOLDERS);
                errors.spanned(
                    url,
                    format!("unknown placeholder {{{name}}} in `doc_url`{hint}\n  a doc_url may use {{code_str}}, {{code}} and {{name}}"),
                );
                ok = false;
            }
        }
    }
    if url.value().trim().is_empty() {
        errors.spanned(
            url,
            "the doc_url is empty: remove it, or write the page's address",
        );
        ok = false;
    }
    ok.then_some(pieces)
}

fn render_doc_url(url: &[Piece], variant: &Checked) -> String {
    template::fill(url, |hole| match hole {
        "code_str" => variant.code_str.clone(),
        "code" => variant.code.to_string(),
        _ => variant.name.clone(),
    })
}

/// The message itself when it has no placeholder, otherwise the name in
/// words: `INVALID_METRIC_TYPE` -> `Invalid metric type`.
fn entry_title(pieces: Option<&[Piece]>, name: &str) -> String {
    if let Some(text) = pieces.and_then(template::plain_text) {
        return text;
    }
    let words = name.replace('_', " ").to_lowercase();
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The message without its source fields, whose text must stay in logs.
/// A dangling separator before a removed field goes too: `"Upstream failed:
/// {0}"` becomes `"Upstream failed"`.
fn public_message(variant: &Variant, pieces: Option<&[Piece]>) -> Option<Vec<Piece>> {
    let pieces = pieces?;
    let is_source = |name: &str| {
        variant
            .fields
            .iter()
            .any(|f| f.is_source() && f.placeholder_name() == name)
    };
    if !pieces
        .iter()
        .any(|piece| matches!(piece, Piece::Hole { name, .. } if is_source(name)))
    {
        return None;
    }
    let mut public: Vec<Piece> = Vec::new();
    // The `)` or `]` that closes a bracket the removed field stood in.
    let mut closer = None;
    for piece in pieces {
        match piece {
            Piece::Hole { name, .. } if is_source(name) => {
                if let Some(Piece::Text(text)) = public.last_mut() {
                    let kept = text.trim_end_matches([' ', ':', ';', ',', '-', '(', '[']);
                    closer = match text[kept.len()..].chars().find(|c| matches!(c, '(' | '[')) {
                        Some('(') => Some(')'),
                        Some(_) => Some(']'),
                        None => None,
                    };
                    text.truncate(kept.len());
                }
            }
            Piece::Text(text) => {
                let text = match closer.take() {
                    Some(closer) => text.trim_start().strip_prefix(closer).unwrap_or(text),
                    None => text,
                };
                match public.last_mut() {
                    Some(Piece::Text(previous)) => previous.push_str(text),
                    _ => public.push(Piece::Text(text.to_owned())),
                }
            }
            Piece::Hole { name, spec } => {
                closer = None;
                public.push(Piece::Hole {
                    name: name.clone(),
                    spec: spec.clone(),
                });
            }
        }
    }
    public.retain(|piece| !matches!(piece, Piece::Text(text) if text.is_empty()));
    Some(public)
}

/// The `retired` key as inclusive ranges, leaving out empty ones (reported
/// by `check_retired`).
fn retired_ranges(input: &Input) -> Vec<(u32, u32)> {
    input
        .args
        .retired
        .iter()
        .flatten()
        .filter_map(|range| {
            let start = u32::try_from(range.start).ok()?;
            let last = u32::try_from(range.last()?).ok()?;
            (start <= last).then_some((start, last))
        })
        .collect()
}

fn check_retired(input: &Input, errors: &mut Errors) {
    for range in input.args.retired.iter().flatten() {
        check_range(range, errors);
    }
}

/// Proposes a code nobody uses yet, for messages about a missing or
/// duplicate code.
struct FreeCodes {
    suggestion: Option<u32>,
}

impl FreeCodes {
    fn new(input: &Input) -> Self {
        let used: BTreeSet<u32> = input
            .variants
            .iter()
            .filter_map(|v| v.error.as_ref()?.code.map(|code| code.value))
            .collect();
        let range = input.args.range.as_ref().filter(|range| !range.is_empty());
        let (first, last) = match range {
            Some(range) => (
                u32::try_from(range.start).unwrap_or(u32::MAX),
                range
                    .last()
                    .and_then(|last| u32::try_from(last).ok())
                    .unwrap_or(u32::MAX),
            ),
            None => (used.iter().next().copied().unwrap_or(1), u32::MAX),
        };
        let retired = retired_ranges(input);
        // Each step passes a used code or a whole retired range, so the walk
        // ends within `used.len() + retired.len() + 1` steps.
        let mut candidate = Some(first);
        let mut suggestion = None;
        while let Some(code) = candidate.filter(|&code| code <= last) {
            if let Some(&(_, end)) = retired
                .iter()
                .find(|&&(start, end)| (start..=end).contains(&code))
            {
                candidate = end.checked_add(1);
            } else if used.contains(&code) {
                candidate = code.checked_add(1);
            } else {
                suggestion = Some(code);
                break;
            }
        }
        FreeCodes { suggestion }
    }

    fn hint(&self) -> String {
        self.suggestion
            .map(|code| format!("; {code} is free"))
            .unwrap_or_default()
    }
}

/// A transparent variant has exactly one field, of a catalogue type that
/// does not depend on the enum's type parameters, and no key but
/// `transparent`.
fn check_transparent<'a>(
    input: &Input,
    variant: &'a Variant<'a>,
    errors: &mut Errors,
) -> Option<Transparent<'a>> {
    let args = variant.error.as_ref()?;
    let keyword = args.transparent?;
    let ident = variant.ident();
    let extra: Vec<&str> = [
        ("code", args.code.is_some()),
        ("http", args.http.is_some()),
        ("message", args.message.is_some()),
        ("resolution", args.resolution.is_some()),
        ("name", args.name.is_some()),
    ]
    .iter()
    .filter(|(_, given)| *given)
    .map(|(key, _)| *key)
    .collect();
    if !extra.is_empty() {
        errors.spanned(
            args.attr,
            format!(
                "a transparent variant takes every value from the catalogue it wraps: remove {}",
                extra
                    .iter()
                    .map(|key| format!("`{key}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let field = match variant.fields.as_slice() {
        [field] => field,
        fields => {
            errors.at(
                keyword,
                format!(
                    "a transparent variant wraps exactly one catalogue, but `{ident}` has {} fields: write `{ident}(OtherCatalogError)`",
                    fields.len()
                ),
            );
            return None;
        }
    };
    for marker in [field.source, field.from, field.details]
        .into_iter()
        .flatten()
    {
        errors.spanned(
            marker,
            "a transparent variant's field needs no marker: it is the error itself, and `From` is implemented for it",
        );
    }
    if crate::ast::mentions_type_param(&input.item.generics, field.original.ty.to_token_stream()) {
        errors.spanned(
            &field.original.ty,
            "a transparent variant must wrap a concrete catalogue type: its entries are merged at compile time",
        );
        return None;
    }
    Some(Transparent { variant, field })
}

/// What tells a variant apart from the others: its code, name and code
/// string, each present when it could be read.
struct Identity<'a> {
    variant: &'a Variant<'a>,
    code: Option<Spanned<u32>>,
    name: Option<Spanned<String>>,
    code_str: Option<String>,
}

impl<'a> Identity<'a> {
    fn of(
        variant: &'a Variant<'a>,
        format: Option<&[Piece]>,
        prefix: &str,
        errors: &mut Errors,
    ) -> Self {
        let code = variant.error.as_ref().and_then(|args| args.code);
        let name = variant_name(variant, errors);
        let code_str = match (format, code, &name) {
            (Some(format), Some(code), Some(name)) => {
                Some(render_code_str(format, prefix, code.value, &name.value))
            }
            _ => None,
        };
        Identity {
            variant,
            code,
            name,
            code_str,
        }
    }
}

fn check_variant<'a>(
    input: &Input,
    identity: &Identity<'a>,
    free: &FreeCodes,
    errors: &mut Errors,
) -> Option<Checked<'a>> {
    let variant = identity.variant;
    check_fields(variant, errors);
    let ident = variant.ident();
    let Some(args) = &variant.error else {
        if variant.error_in_cfg_attr {
            return None;
        }
        let code = free
            .suggestion
            .map_or_else(|| "...".to_owned(), |code| code.to_string());
        errors.spanned(
            ident,
            format!(
                "`{ident}` has no #[error(...)] attribute: every variant needs a code, a status and a message\n  add #[error(code = {code}, http = 400, message = \"...\")]"
            ),
        );
        return None;
    };
    let missing = |key: &str, fix: &str, errors: &mut Errors| {
        if !args.given.iter().any(|given| given == key) {
            errors.spanned(
                args.attr,
                format!("#[error(...)] on `{ident}` is missing `{key}`: {fix}"),
            );
        }
    };
    if args.code.is_none() {
        let example = free
            .suggestion
            .map_or_else(|| "...".to_owned(), |code| code.to_string());
        missing("code", &format!("add `code = {example}`"), errors);
    }
    if args.http.is_none() {
        missing(
            "http",
            "add `http = 400`, or another 4xx or 5xx status",
            errors,
        );
    }
    let message = match (&args.message, &variant.doc) {
        (Some(lit), _) => Some((lit.value(), lit.span())),
        (None, Some(doc)) => Some((doc.value.clone(), doc.span)),
        (None, None) => {
            missing(
                "message",
                "add `message = \"...\"`, or a doc comment on the variant",
                errors,
            );
            None
        }
    };
    let pieces = message
        .as_ref()
        .and_then(|(text, span)| check_message(variant, text, *span, errors));
    if let Some(resolution) = &args.resolution {
        if resolution.value().trim().is_empty() {
            errors.spanned(
                resolution,
                "the resolution is empty: write the hint, or remove `resolution`",
            );
        }
    }
    let code = identity.code?;
    if let Some(range) = input.args.range.as_ref().filter(|range| !range.is_empty()) {
        if !range.contains(code.value) {
            errors.at(code.span, out_of_range(code.value, range, free));
        }
    }
    let title = entry_title(pieces.as_deref(), &identity.name.as_ref()?.value);
    Some(Checked {
        variant,
        code: code.value,
        code_str: identity.code_str.clone()?,
        name: identity.name.as_ref()?.value.clone(),
        status: args.http?.value,
        template: message?.0,
        title: title.clone(),
        // A message that was nothing but its source says the title instead.
        public_message: public_message(variant, pieces.as_deref()).map(|public| {
            if public.is_empty() {
                vec![Piece::Text(title)]
            } else {
                public
            }
        }),
        message: pieces?,
        resolution: args.resolution.as_ref().map(syn::LitStr::value),
        doc_url: None,
    })
}

fn out_of_range(code: u32, range: &CodeRange, free: &FreeCodes) -> String {
    let text = range.text();
    if !range.inclusive && u64::from(code) == range.end {
        format!(
            "code {code} is outside the range {text}, which excludes its end: write `range = {}..={code}` to include it",
            range.start
        )
    } else {
        format!(
            "code {code} is outside this catalogue's range {text}{}",
            free.hint()
        )
    }
}

fn check_fields(variant: &Variant, errors: &mut Errors) {
    let sources: Vec<&Field> = variant.fields.iter().filter(|f| f.is_source()).collect();
    if let [_, second, ..] = sources.as_slice() {
        let marker = second.source.or(second.from);
        errors.spanned(
            marker,
            format!(
                "`{}` has more than one source field: mark only one with #[source] or #[from]",
                variant.ident()
            ),
        );
    }
    let details: Vec<&Field> = variant
        .fields
        .iter()
        .filter(|f| f.details.is_some())
        .collect();
    if let [_, second, ..] = details.as_slice() {
        errors.spanned(
            second.details,
            format!(
                "`{}` has more than one #[details] field: mark only one",
                variant.ident()
            ),
        );
    }
    if let Some(field) = details.iter().find(|field| field.is_source()) {
        errors.spanned(
            field.details,
            "a field cannot be both #[details], which clients see, and a source, whose text stays in logs",
        );
    }
    let Some(from_field) = variant.field_with_from() else {
        return;
    };
    if variant.fields.len() > 1 {
        errors.spanned(
            from_field.from,
            format!(
                "#[from] needs `{}` to have this one field only: a `From` impl cannot fill the other {}\n  use #[source] instead, and build the variant by hand",
                variant.ident(),
                if variant.fields.len() == 2 { "field" } else { "fields" }
            ),
        );
    }
}

/// Two `#[from]` fields of the same type would give two conflicting `From`
/// impls; say so here rather than let rustc blame the generated code.
fn check_from_types(input: &Input, errors: &mut Errors) {
    let mut seen: HashMap<String, &Field> = HashMap::new();
    for variant in &input.variants {
        let Some(field) = variant.field_with_from() else {
            continue;
        };
        let ty = crate::case::compact(&field.original.ty.to_token_stream().to_string());
        if let Some(first) = seen.get(&ty) {
            errors.spanned(
                &field.original.ty,
                format!("another variant already has #[from] with the type `{ty}`: `From<{ty}>` would be implemented twice"),
            );
            errors.spanned(&first.original.ty, "the first #[from] of that type is here");
        } else {
            seen.insert(ty, field);
        }
    }
}

fn check_message(
    variant: &Variant,
    text: &str,
    span: Span,
    errors: &mut Errors,
) -> Option<Vec<Piece>> {
    if text.trim().is_empty() {
        errors.at(
            span,
            "the message is empty: write what went wrong, in words a client can read",
        );
        return None;
    }
    let pieces = parse_template(text, "the message", span, errors)?;
    let mut ok = true;
    for piece in &pieces {
        let Piece::Hole { name, .. } = piece else {
            continue;
        };
        if variant
            .fields
            .iter()
            .any(|field| field.placeholder_name() == *name)
        {
            continue;
        }
        ok = false;
        errors.at(span, missing_field(variant, name));
    }
    ok.then_some(pieces)
}

fn missing_field(variant: &Variant, name: &str) -> String {
    let ident = variant.ident();
    let is_index = name.starts_with(|c: char| c.is_ascii_digit());
    match &variant.original.fields {
        Fields::Unit => format!(
            "the message uses {{{name}}}, but `{ident}` has no fields: add the field to the variant or remove the placeholder"
        ),
        Fields::Named(_) if is_index => format!(
            "the message uses {{{name}}}, but `{ident}` has named fields: refer to them by name, like {{{}}}",
            variant.fields.first().map(Field::placeholder_name).unwrap_or_default()
        ),
        Fields::Unnamed(_) if !is_index => format!(
            "the message uses {{{name}}}, but the fields of `{ident}` have no names: refer to them by index, like {{0}}"
        ),
        _ => {
            let names: Vec<String> = variant.fields.iter().map(Field::placeholder_name).collect();
            let hint = did_you_mean(name, names.iter().map(String::as_str));
            let list = names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ");
            format!("the message uses {{{name}}}, but `{ident}` has no such field{hint}\n  its fields are: {list}")
        }
    }
}

fn variant_name(variant: &Variant, errors: &mut Errors) -> Option<Spanned<String>> {
    let explicit = variant.error.as_ref().and_then(|args| args.name.as_ref());
    if let Some(lit) = explicit {
        let value = lit.value();
        if is_screaming_snake(&value) {
            return Some(Spanned {
                value,
                span: lit.span(),
            });
        }
        let problem = if value.is_empty() {
            "the name is empty".to_owned()
        } else {
            format!("the name {value:?} is not in SCREAMING_SNAKE_CASE")
        };
        errors.spanned(
            lit,
            format!(
                "{problem}: names are uppercase ASCII letters, digits and `_`, starting with a letter, like \"{}\"",
                if value.trim().is_empty() {
                    screaming_snake(&variant.ident().to_string())
                } else {
                    screaming_suggestion(&screaming_snake(&value.replace(' ', "_")))
                }
            ),
        );
        return None;
    }
    let ident = variant.ident();
    let derived = screaming_snake(&ident.to_string());
    if is_screaming_snake(&derived) {
        return Some(Spanned {
            value: derived,
            span: ident.span(),
        });
    }
    errors.spanned(
        ident,
        format!("cannot derive an ASCII name from `{ident}`: give one with `name = \"...\"` in #[error(...)]"),
    );
    None
}

/// Reports every repeat of a key: on the later use, with a note on the first.
fn check_unique<K, F>(identities: &[Identity], key: F, what: &str, errors: &mut Errors)
where
    K: std::hash::Hash + Eq + std::fmt::Display,
    F: Fn(&Identity) -> Option<(K, Span)>,
{
    let mut first_use: HashMap<K, (&Identity, Span)> = HashMap::new();
    for identity in identities {
        let Some((value, span)) = key(identity) else {
            continue;
        };
        if let Some(&(first, first_span)) = first_use.get(&value) {
            let fix = if what == "name" {
                "; give this variant another `name = \"...\"`"
            } else {
                ""
            };
            errors.at(
                span,
                format!(
                    "duplicate {what} {value}: `{}` already uses it{fix}",
                    first.variant.ident()
                ),
            );
            errors.at(
                first_span,
                format!(
                    "{what} {value} is first used here, by `{}`",
                    first.variant.ident()
                ),
            );
        } else {
            first_use.insert(value, (identity, span));
        }
    }
}

/// Distinct codes and names can still meet in one code string when `format`
/// leaves one of them out.
fn check_unique_code_strings(identities: &[Identity], custom_format: bool, errors: &mut Errors) {
    let mut first_use: HashMap<&str, &Identity> = HashMap::new();
    for identity in identities {
        let (Some(code_str), Some(code), Some(name)) =
            (&identity.code_str, identity.code, &identity.name)
        else {
            continue;
        };
        match first_use.get(code_str.as_str()) {
            Some(first)
                if first.code.map(|c| c.value) != Some(code.value)
                    && first.name.as_ref().map(|n| &n.value) != Some(&name.value) =>
            {
                let hint = if custom_format {
                    "; put both {code} and {name} in `format`"
                } else {
                    ""
                };
                errors.at(
                    code.span,
                    format!(
                        "`{}` and `{}` both get the code string {code_str:?}{hint}",
                        first.variant.ident(),
                        identity.variant.ident(),
                    ),
                );
            }
            Some(_) => {}
            None => {
                first_use.insert(code_str, identity);
            }
        }
    }
}
