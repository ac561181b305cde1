//! Semantic checks: everything that makes a catalogue wrong even though each
//! attribute parsed. Every problem is reported here, in one pass, on the
//! token that causes it; `resolve` computes the values and reports nothing.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::Span;
use syn::{Data, Fields};

use crate::args;
use crate::ast::{Field, Input, Numbering, Variant};
use crate::attr::{ErrorArgs, Spanned, Text};
use crate::case::{is_screaming_snake, screaming_snake, screaming_suggestion, Case};
use crate::errors::Errors;
use crate::model::Catalog;
use crate::range::{Bounds, CodeRange};
use crate::resolve;
use crate::resolve::{Facts, MessageText, Resolution};
use crate::status;
use crate::suggest::did_you_mean;
use crate::symbol::{self, Symbol};
use crate::template::{self, Piece};

pub(crate) fn check(input: &Input, resolution: &Resolution, errors: &mut Errors) {
    let catalog = &resolution.catalog;
    check_item_kind(input, errors);
    check_prefix(input, errors);
    if let Some(range) = &input.args.range {
        check_range(range, errors);
    }
    let format_ok = check_format(input, errors);
    check_symbolic(input, errors);
    if format_ok {
        check_retired_code_strs(input, errors);
    }
    check_doc_urls(input, errors);
    check_title(input, errors);
    check_enum_message(input, errors);
    for range in input.args.retired.iter().flatten() {
        check_range(range, errors);
    }
    let free_code = FreeCodes::new(input, &catalog.retired);
    for variant in &input.variants {
        check_transparent(input, variant, errors);
    }
    check_keys_reach_codes(input, errors);
    for variant in &input.variants {
        check_from_key(variant, errors);
    }
    // Identities are checked for repeats even on variants with other
    // problems, so that every mistake shows up in the first compile.
    let identities = &resolution.variants;
    for identity in identities {
        check_name(input, identity, errors);
    }
    for identity in identities {
        if let Some(code) = identity.code {
            if catalog
                .retired
                .iter()
                .any(|range| range.contains(code.value))
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
        if let Some(code_str) = &identity.code_str {
            if catalog.retired_code_strs.contains(code_str) {
                let span = identity
                    .name
                    .as_ref()
                    .map_or_else(|| identity.variant.ident().span(), |name| name.span);
                errors.at(
                    span,
                    format!("the code string {code_str:?} is retired: a published code is never used again; give the variant another `name`"),
                );
            }
        }
        check_variant(input, identity, &free_code, errors);
    }
    check_from_types(input, errors);
    check_unique(
        identities,
        |id| id.code.map(|code| (code.value, code.span)),
        "code",
        "",
        errors,
    );
    check_unique(
        identities,
        |id| id.name.clone().map(|name| (name.value, name.span)),
        "name",
        "; give this variant another `name = \"...\"`",
        errors,
    );
    if format_ok {
        check_unique_code_strings(identities, input.args.format.is_some(), errors);
        check_shared_codes(identities, errors);
    }
    check_resolved(input, catalog, errors);
}

/// Every check passed, so every variant must have resolved; if one did not,
/// say so rather than generate a catalogue without it.
fn check_resolved(input: &Input, catalog: &Catalog, errors: &mut Errors) {
    if errors.is_empty() && catalog.entries.len() + catalog.wrapped.len() != input.variants.len() {
        errors.spanned(
            &input.item.ident,
            "error_catalog could not resolve a variant it found no fault with; please report this as a bug",
        );
    }
}

fn check_item_kind(input: &Input, errors: &mut Errors) {
    let (token, kind) = match &input.item.data {
        // An enum without variants is a valid, empty catalogue (`enum Never {}`).
        Data::Enum(_) => return,
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
    let value = &prefix.value;
    if value.is_empty() {
        errors.at(
            prefix.span,
            "the prefix is empty: remove `prefix` or write one, like \"ANALYTICS\"",
        );
    } else if !is_screaming_snake(value) {
        errors.at(
            prefix.span,
            format!(
                "the prefix {value:?} must be uppercase ASCII letters, digits and `_`, starting with a letter, like \"{}\"",
                screaming_suggestion(value)
            ),
        );
    }
}

fn check_range(range: &CodeRange, errors: &mut Errors) {
    if range.start > range.end {
        let (dots, start, end) = (range.dots(), range.start, range.end);
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

/// Checks `format`; false when it is broken, and the code strings built
/// from it mean nothing.
fn check_format(input: &Input, errors: &mut Errors) -> bool {
    let has_prefix = input.args.prefix.is_some();
    let Some(format) = &input.args.format else {
        return true;
    };
    let Some(pieces) = parse_template(&format.value, "`format`", format.span, errors) else {
        return false;
    };
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
                errors.at(
                    format.span,
                    "`format` uses {prefix} but the catalogue has no `prefix = \"...\"`",
                );
                ok = false;
            }
            other => {
                let hint = did_you_mean(other, ["prefix", "code", "name"]);
                errors.at(
            format.span,
                    format!("unknown placeholder {{{other}}} in `format`{hint}\n  a format may use {{prefix}}, {{code}} and {{name}}"),
                );
                ok = false;
            }
        }
        if !spec.is_empty() && Case::from_name(spec).is_none() {
            errors.at(format.span, unknown_conversion("`format`", name, spec));
            ok = false;
        }
    }
    if !names_a_code {
        errors.at(
            format.span,
            "`format` must contain {code} or {name}, or every error would get the same code string",
        );
        ok = false;
    }
    ok
}

/// A catalogue without numbers has no use for what numbers codes: `{code}`
/// in `format`, a `range`, numeric `retired` codes. A variant's code
/// string must not be one `retired` lists.
fn check_symbolic(input: &Input, errors: &mut Errors) {
    if input.numbering() == Numbering::Symbolic {
        let ident = &input.item.ident;
        let numbers = format!(
            "no variant of `{ident}` has a `code`: it is a catalogue without numbers, keyed by code string"
        );
        if let Some(format) = &input.args.format {
            let uses_code = template::parse(&format.value).is_ok_and(|pieces| {
                pieces
                    .iter()
                    .any(|piece| matches!(piece, Piece::Hole { name, .. } if name == "code"))
            });
            if uses_code {
                errors.at(
                    format.span,
                    format!("`format` uses {{code}}, but {numbers}; build the code strings from {{prefix}} and {{name}}, or give every variant a `code`"),
                );
            }
        }
        if let Some(range) = &input.args.range {
            errors.spanned(
                &range.tokens,
                format!("`range` bounds the numbers of codes, but {numbers}\n  if the codes have numbers, give each variant its `code = N`; if they are keyed by code string, remove `range`"),
            );
        }
        for range in input.args.retired.iter().flatten() {
            errors.spanned(
                &range.tokens,
                format!(
                    "{numbers}: retire code strings instead, as in `retired = [\"card_expired\"]`"
                ),
            );
        }
    }
}

/// A retired code string the catalogue's `format` can never produce
/// retires nothing: a number written as a string in a numbered catalogue
/// (`retired = ["1005"]`) says to drop the quotes, any other says what the
/// code strings look like.
fn check_retired_code_strs(input: &Input, errors: &mut Errors) {
    let Some(format) = resolve::code_format(input) else {
        return;
    };
    let prefix = input
        .args
        .prefix
        .as_ref()
        .map(|prefix| prefix.value.as_str());
    let numbered = input.numbering() != Numbering::Symbolic;
    let uses_code = format
        .iter()
        .any(|piece| matches!(piece, Piece::Hole { name, .. } if name == "code"));
    if !numbered && uses_code {
        // `check_symbolic` reports the format; its strings mean nothing yet.
        return;
    }
    for code_str in &input.args.retired_code_strs {
        let text = code_str.value.as_str();
        if numbered && text.parse::<u32>().is_ok() {
            errors.at(
                code_str.span,
                format!("\"{text}\" is a number written as a string: a numbered catalogue retires numbers, so write it without quotes, `retired = [{text}]`"),
            );
        } else if !producible(&format, text, prefix) {
            let shape = template::write(&format);
            errors.at(
                code_str.span,
                format!("this catalogue's code strings are built as \"{shape}\", and none can be \"{text}\": retiring it would retire nothing; write a code string as clients saw it"),
            );
        }
    }
}

/// Whether `format` can build `text`: its text as written, `{prefix}` as
/// the prefix, `{code}` as digits, `{name}` (in any case) as letters,
/// digits, `_` and `-`.
fn producible(format: &[Piece], text: &str, prefix: Option<&str>) -> bool {
    let run = |allowed: fn(char) -> bool, rest: &[Piece]| {
        text.char_indices()
            .take_while(|&(_, c)| allowed(c))
            .any(|(at, c)| producible(rest, &text[at + c.len_utf8()..], prefix))
    };
    match format.split_first() {
        None => text.is_empty(),
        Some((Piece::Text(literal), rest)) => text
            .strip_prefix(literal.as_str())
            .is_some_and(|text| producible(rest, text, prefix)),
        Some((Piece::Hole { name, .. }, rest)) => match name.as_str() {
            "prefix" => prefix
                .and_then(|prefix| text.strip_prefix(prefix))
                .is_some_and(|text| producible(rest, text, prefix)),
            "code" => run(|c| c.is_ascii_digit(), rest),
            _ => run(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-', rest),
        },
    }
}

/// The enum's `message`, shared by the variants without their own, is
/// checked once here; its placeholders, with each variant that uses it.
fn check_enum_message(input: &Input, errors: &mut Errors) {
    let Some(message) = &input.args.message else {
        return;
    };
    if message.value.trim().is_empty() {
        errors.at(
            message.span,
            "the message is empty: write what went wrong, in words a client can read",
        );
        return;
    }
    parse_template(&message.value, "the message", message.span, errors);
}

/// The enum's title and each variant's are words, not blank.
fn check_title(input: &Input, errors: &mut Errors) {
    let variant_titles = input
        .variants
        .iter()
        .filter_map(|variant| variant.error.as_ref()?.title.as_ref())
        .map(|title| (title, "Invalid attribute"));
    let titles = input.args.title.iter().map(|title| (title, "Metrics"));
    for (title, example) in titles.chain(variant_titles) {
        if title.value.trim().is_empty() {
            errors.at(
                title.span,
                format!("the title is empty: write one, like \"{example}\", or remove `title`"),
            );
        }
    }
}

const DOC_URL_PLACEHOLDERS: [&str; 3] = ["code_str", "code", "name"];

/// Parses a `format`, `doc_url` or message template; a malformed one (an
/// unclosed brace, say) is reported at `span`, naming `what` it is.
fn parse_template(text: &str, what: &str, span: Span, errors: &mut Errors) -> Option<Vec<Piece>> {
    template::parse(text)
        .map_err(|problem| errors.at(span, template_problem(what, &problem)))
        .ok()
}

fn template_problem(what: &str, problem: &str) -> String {
    format!("in {what}: {problem}")
}

/// A placeholder's spec in `format` or `doc_url` converts its value to a
/// case, and nothing else.
fn unknown_conversion(what: &str, name: &str, spec: &str) -> String {
    let hint = Case::did_you_mean(spec);
    let list = Case::names().collect::<Vec<_>>().join(", ");
    format!("unknown conversion `:{spec}` in {{{name}:{spec}}} in {what}{hint}\n  a placeholder converts its value to a case, as in {{name:kebab-case}}; the cases are: {list}")
}

/// The enum's `doc_url`, and each variant's.
fn check_doc_urls(input: &Input, errors: &mut Errors) {
    let own = input
        .variants
        .iter()
        .filter_map(|variant| variant.error.as_ref()?.doc_url.as_ref());
    for url in input.args.doc_url.iter().chain(own) {
        check_doc_url(url, errors);
    }
}

/// `doc_url` may use only `{code_str}`, `{code}` and `{name}`.
fn check_doc_url(url: &Text, errors: &mut Errors) {
    let Some(pieces) = parse_template(&url.value, "`doc_url`", url.span, errors) else {
        return;
    };
    for piece in &pieces {
        if let Piece::Hole { name, spec } = piece {
            if !DOC_URL_PLACEHOLDERS.contains(&name.as_str()) {
                let hint = did_you_mean(name, DOC_URL_PLACEHOLDERS);
                errors.at(
                    url.span,
                    format!("unknown placeholder {{{name}}} in `doc_url`{hint}\n  a doc_url may use {{code_str}}, {{code}} and {{name}}"),
                );
            } else if !spec.is_empty() && Case::from_name(spec).is_none() {
                errors.at(url.span, unknown_conversion("`doc_url`", name, spec));
            }
        }
    }
    if url.value.trim().is_empty() {
        errors.at(
            url.span,
            "the doc_url is empty: remove it, or write the page's address",
        );
    }
}

/// Proposes a code nobody uses yet, for messages about a missing or
/// duplicate code.
struct FreeCodes {
    suggestion: Option<u32>,
}

impl FreeCodes {
    fn new(input: &Input, retired: &[Bounds]) -> Self {
        let used: BTreeSet<u32> = input
            .variants
            .iter()
            .filter_map(|v| v.error.as_ref()?.code.map(|code| code.value))
            .collect();
        let (first, last) = match input.args.range.as_ref().and_then(CodeRange::bounds) {
            Some(range) => (range.first, range.last),
            None => (used.iter().next().copied().unwrap_or(1), u32::MAX),
        };
        // Each step passes a used code or a whole retired range, so the walk
        // ends within `used.len() + retired.len() + 1` steps.
        let mut candidate = Some(first);
        let mut suggestion = None;
        while let Some(code) = candidate.filter(|&code| code <= last) {
            if let Some(range) = retired.iter().find(|range| range.contains(code)) {
                candidate = range.last.checked_add(1);
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

/// `from = [...]` converts through a wrapped catalogue, so only a
/// transparent variant has one.
fn check_from_key(variant: &Variant, errors: &mut Errors) {
    let Some(args) = &variant.error else {
        return;
    };
    if let (Some(from), None) = (&args.from, args.transparent) {
        errors.at(
            from.span,
            format!(
                "`from = [...]` goes on a transparent variant, to convert what the catalogue it wraps converts; for a field of `{}`, mark the field #[from]",
                variant.ident()
            ),
        );
    }
}

/// `format` and `doc_url` shape the codes a catalogue declares itself; on
/// one whose codes all come from the catalogues it wraps (which build their
/// own), they would do nothing, silently.
fn check_keys_reach_codes(input: &Input, errors: &mut Errors) {
    let composed_only =
        !input.variants.is_empty() && input.variants.iter().all(Variant::wraps_catalogue);
    if !composed_only {
        return;
    }
    let ident = &input.item.ident;
    for (key, value) in [
        (symbol::FORMAT, &input.args.format),
        (symbol::DOC_URL, &input.args.doc_url),
    ] {
        if let Some(value) = value {
            errors.at(
                value.span,
                format!(
                    "`{key}` has no effect on `{ident}`: every code of it comes from a catalogue it wraps, which keeps its own `{key}`; set `{key}` on each of them instead"
                ),
            );
        }
    }
}

/// A transparent variant has exactly one field. Without a code it is the
/// catalogue it wraps: a concrete catalogue type, and no key but
/// `transparent` (and `from`). With one it is a catch-all over any error:
/// an entry of its own whose message is what clients see instead of the
/// wrapped error's text, so it has no placeholders.
fn check_transparent(input: &Input, variant: &Variant, errors: &mut Errors) {
    let Some(args) = &variant.error else {
        return;
    };
    let Some(keyword) = args.transparent else {
        return;
    };
    let ident = variant.ident();
    let catch_all = variant.is_catch_all();
    let extra: Vec<&str> = [
        ("http", args.http.is_some()),
        ("message", args.message.is_some()),
        ("resolution", args.resolution.is_some()),
        ("name", args.name.is_some()),
        ("doc_url", args.doc_url.is_some()),
        ("description", args.description.is_some()),
        ("title", args.title.is_some()),
        ("meta", !args.meta.is_empty()),
        ("non_error_status", args.non_error_status.is_some()),
        ("shares_code", args.shares_code.is_some()),
    ]
    .iter()
    .filter(|(_, given)| *given && !catch_all)
    .map(|(key, _)| *key)
    .collect();
    if !extra.is_empty() {
        errors.spanned(
            args.attr,
            format!(
                "a transparent variant without a code or status takes every value from the catalogue it wraps: remove {}\n  or give it `http = ...` (and `code = ...` in a numbered catalogue) to make it a catch-all, an entry of its own over the error it wraps",
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
        fields if catch_all => {
            errors.at(
                keyword,
                format!(
                    "a catch-all wraps exactly one error, but `{ident}` has {} fields: keep only the error, or drop `transparent` and write a message over the fields",
                    fields.len()
                ),
            );
            return;
        }
        fields => {
            errors.at(
                keyword,
                format!(
                    "a transparent variant wraps exactly one catalogue, but `{ident}` has {} fields: write `{ident}(OtherCatalogError)`",
                    fields.len()
                ),
            );
            return;
        }
    };
    if catch_all {
        check_catch_all(variant, field, errors);
        return;
    }
    let ty = &field.original.ty;
    let catch_all_fix = match input.numbering() {
        Numbering::Symbolic => "#[error(http = 500, transparent)]",
        Numbering::Numbered | Numbering::Mixed => "#[error(code = N, http = 500, transparent)]",
    };
    if let Some(what) = not_a_catalogue(input, ty) {
        // One error, on the field: every other check of it would only
        // repeat that it is not a catalogue.
        errors.spanned(
            ty,
            format!(
                "{what} is not an `#[error_catalog]` enum, so a transparent variant without a code cannot take its codes\n  to wrap any error, make `{ident}` a catch-all, an entry of its own: {catch_all_fix}"
            ),
        );
        return;
    }
    if let Some(marker) = field.from {
        errors.spanned(
            marker,
            format!(
                "a transparent variant without a code wraps another catalogue, which converts already: remove #[from]\n  to wrap an error that is not a catalogue, make `{ident}` a catch-all with #[from]: {catch_all_fix}"
            ),
        );
    }
    for marker in [field.source, field.details].into_iter().flatten() {
        errors.spanned(
            marker,
            "a transparent variant's field needs no marker: it is the error itself, and `From` is implemented for it",
        );
    }
}

/// Why `ty` cannot be a catalogue, seen from its syntax alone: a type
/// parameter (its entries could not be merged at compile time), a pointer
/// or trait object, or an error type every Rust service knows not to be
/// one. `None` for any other type, which rustc's bound on `Catalog` judges.
fn not_a_catalogue(input: &Input, ty: &syn::Type) -> Option<String> {
    const FOREIGN_ERRORS: &[[&str; 2]] = &[
        ["anyhow", "Error"],
        ["eyre", "Report"],
        ["io", "Error"],
        ["fmt", "Error"],
    ];
    let shown = crate::case::compact(&quote::ToTokens::to_token_stream(ty).to_string());
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => {
            let segments: Vec<_> = path.path.segments.iter().collect();
            let last = segments.last()?;
            if ["Box", "Arc", "Rc"]
                .iter()
                .any(|pointer| last.ident == pointer)
            {
                return Some(format!("`{shown}`, a pointer to an error,"));
            }
            if let [.., module, last] = segments.as_slice() {
                if FOREIGN_ERRORS
                    .iter()
                    .any(|[m, l]| module.ident == m && last.ident == l)
                {
                    return Some(format!("`{shown}`"));
                }
            }
            if path.path.get_ident().is_some() && input.mentions_type_param(ty) {
                return Some(format!("`{shown}`, a type parameter,"));
            }
            if input.mentions_type_param(ty) {
                return Some(format!(
                    "`{shown}`, which depends on a type parameter, so its entries cannot be merged at compile time,"
                ));
            }
            None
        }
        syn::Type::Paren(inner) => not_a_catalogue(input, &inner.elem),
        syn::Type::Group(inner) => not_a_catalogue(input, &inner.elem),
        _ => Some(format!("`{shown}`")),
    }
}

fn check_catch_all(variant: &Variant, field: &Field, errors: &mut Errors) {
    let Some(args) = &variant.error else {
        return;
    };
    if let Some(from) = &args.from {
        errors.at(
            from.span,
            "`from = [...]` lists what a wrapped catalogue converts from; a catch-all converts from the error it wraps when its field is marked #[from]",
        );
    }
    if let Some(marker) = field.source {
        errors.spanned(
            marker,
            "a catch-all's field is its source already (with a `message`) or the error it forwards to (without one): remove #[source] (or mark the field #[from] to convert with `?`)",
        );
    }
    if let Some(marker) = field.details {
        errors.spanned(
            marker,
            "the error a catch-all wraps stays in logs: it cannot be #[details], which clients see",
        );
    }
    let Some(message) = args.message.as_ref().or(variant.doc.as_ref()) else {
        return;
    };
    let has_placeholder = template::parse(&message.value).is_ok_and(|pieces| {
        pieces
            .iter()
            .any(|piece| matches!(piece, Piece::Hole { .. }))
    });
    if has_placeholder || !args.message_args.is_empty() {
        errors.at(
            message.span,
            "a catch-all's message is what clients see instead of the wrapped error's text: it takes no placeholders or arguments (the wrapped error stays in logs, as `source()` or, without a `message`, as `Display`)",
        );
    }
}

fn check_variant(input: &Input, identity: &Facts, free: &FreeCodes, errors: &mut Errors) {
    let variant = identity.variant;
    check_fields(variant, errors);
    let ident = variant.ident();
    let Some(args) = &variant.error else {
        if variant.error_in_cfg_attr {
            return;
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
        return;
    };
    let missing = |key: Symbol, fix: &str, errors: &mut Errors| {
        if !args.given.contains(key) {
            errors.spanned(
                args.attr,
                format!("#[error(...)] on `{ident}` is missing `{key}`: {fix}"),
            );
        }
    };
    if args.code.is_none()
        && input.numbering() == Numbering::Mixed
        && !args.given.contains(symbol::CODE)
    {
        let example = free
            .suggestion
            .map_or_else(|| "...".to_owned(), |code| code.to_string());
        errors.spanned(
            args.attr,
            format!(
                "#[error(...)] on `{ident}` has no `code`, while other variants of `{}` have one: add `code = {example}`, or remove every `code` to key the catalogue by code string alone",
                input.item.ident
            ),
        );
    }
    match args.http {
        Some(http) => check_status(args, http, errors),
        None => missing(
            symbol::HTTP,
            "add `http = 400`, or another 4xx or 5xx status",
            errors,
        ),
    }
    match &identity.message {
        Some(message) => check_message(variant, message, errors),
        None => missing(
            symbol::MESSAGE,
            "add `message = \"...\"`, or a doc comment on the variant",
            errors,
        ),
    }
    if let Some(resolution) = &args.resolution {
        if resolution.value.trim().is_empty() {
            errors.at(
                resolution.span,
                "the resolution is empty: write the hint, or remove `resolution`",
            );
        }
    }
    if let Some(description) = &args.description {
        if description.value.trim().is_empty() {
            errors.at(
                description.span,
                "the description is empty: write it, or remove `description`",
            );
        }
    }
    let Some(code) = identity.code else {
        return;
    };
    if let Some(range) = input.args.range.as_ref().filter(|range| !range.is_empty()) {
        if !range.contains(code.value) {
            errors.at(code.span, out_of_range(code.value, range, free));
        }
    }
}

/// A status outside 400..=599 only with `non_error_status`, and that key
/// only where it allows something.
fn check_status(args: &ErrorArgs, http: Spanned<u16>, errors: &mut Errors) {
    let code = http.value;
    match (status::is_error(code), args.non_error_status) {
        (true, Some(flag)) => errors.at(
            flag,
            format!("`non_error_status` allows nothing here: {code} is an error status; remove it"),
        ),
        (false, None) => {
            let problem = match &args.http_name {
                Some(name) => format!(
                    "`{name}` is status {code}, which is not an error: use a 4xx or 5xx status"
                ),
                None => {
                    let name = status::name_of(code)
                        .map(|name| format!(" ({name})"))
                        .unwrap_or_default();
                    format!("HTTP status {code}{name} is not an error status; use a 4xx (client error) or 5xx (server error) status")
                }
            };
            errors.at(
                http.span,
                format!("{problem}\n  or, if the variant answers with it on purpose (a 304, say), add `non_error_status`"),
            );
        }
        _ => {}
    }
}

/// `shares_code` on a variant whose code string an earlier variant has.
fn check_shared_codes(identities: &[Facts], errors: &mut Errors) {
    for (position, identity) in identities.iter().enumerate() {
        let Some(flag) = identity
            .variant
            .error
            .as_ref()
            .and_then(|args| args.shares_code)
        else {
            continue;
        };
        let Some(code_str) = &identity.code_str else {
            continue;
        };
        let shared = identities[..position]
            .iter()
            .any(|earlier| earlier.code_str.as_ref() == Some(code_str));
        if shared {
            continue;
        }
        let later = identities[position + 1..]
            .iter()
            .find(|later| later.code_str.as_ref() == Some(code_str));
        let message = match later {
            Some(later) => format!(
                "`shares_code` goes on the later of two variants that share a code string: move it from `{}` to `{}`, which shares {code_str:?}",
                identity.variant.ident(),
                later.variant.ident()
            ),
            None => format!(
                "`shares_code` allows nothing here: no earlier variant has the code string {code_str:?}; remove it, or give `{}` the `name` (or `code`) of the variant whose code string it shares",
                identity.variant.ident()
            ),
        };
        errors.at(flag, message);
    }
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
    marked_once(variant, "details", |field| field.details, errors);
    if let Some(field) = variant
        .fields
        .iter()
        .find(|field| field.details.is_some() && field.is_source())
    {
        errors.spanned(
            field.details,
            "a field cannot be both #[details], which clients see, and a source, whose text stays in logs",
        );
    }
    marked_once(variant, "backtrace", |field| field.backtrace, errors);
    check_public(variant, errors);
    if let Some(field) = variant.backtrace().filter(|field| field.details.is_some()) {
        errors.spanned(
            field.details,
            "a backtrace stays in logs: it cannot be #[details], which clients see",
        );
    }
    let Some(from_field) = variant.field_with_from() else {
        return;
    };
    let others = variant.fields_beside_from();
    if others > 0 {
        errors.spanned(
            from_field.from,
            format!(
                "#[from] needs `{}` to have this one field only (and a backtrace, which it captures): a `From` impl cannot fill the other {}\n  use #[source] instead, and build the variant by hand",
                variant.ident(),
                if others == 1 { "field" } else { "fields" }
            ),
        );
    }
}

/// `#[public]` fields: each a member with a name of its own, and never a
/// source or a backtrace, which stay in logs.
fn check_public(variant: &Variant, errors: &mut Errors) {
    let mut names: HashMap<String, &Field> = HashMap::new();
    for field in &variant.fields {
        let Some(public) = &field.public else {
            continue;
        };
        if variant.is_transparent() {
            errors.spanned(
                public.attr,
                "the field of a transparent variant is the error it wraps: it cannot be #[public]",
            );
            continue;
        }
        if field.is_source()
            || field.backtrace.is_some()
            || variant.backtrace().is_some_and(|b| std::ptr::eq(b, field))
        {
            errors.spanned(
                public.attr,
                "a source or a backtrace stays in logs: it cannot be #[public], which clients see",
            );
            continue;
        }
        let Some(name) = field.public_name() else {
            errors.spanned(
                public.attr,
                "a tuple field has no name to send: write #[public(name = \"memberName\")]",
            );
            continue;
        };
        if let Some(first) = names.insert(name.clone(), field) {
            errors.spanned(
                public.attr,
                format!("`{}` has two #[public] members named `{name}`: rename one with #[public(name = \"...\")]", variant.ident()),
            );
            if let Some(first) = &first.public {
                errors.spanned(first.attr, format!("the first `{name}` is here"));
            }
        }
    }
}

/// At most one field of `variant` carries the marker `#[name]`.
fn marked_once<'a>(
    variant: &Variant<'a>,
    name: &str,
    marker: impl Fn(&Field<'a>) -> Option<&'a syn::Attribute>,
    errors: &mut Errors,
) {
    if let Some(second) = variant.fields.iter().filter_map(marker).nth(1) {
        errors.spanned(
            second,
            format!(
                "`{}` has more than one #[{name}] field: mark only one",
                variant.ident()
            ),
        );
    }
}

/// Two `#[from]` fields of the same type would give two conflicting `From`
/// impls; say so here rather than let rustc blame the generated code.
fn check_from_types(input: &Input, errors: &mut Errors) {
    // Every type a `From` impl is written for: `#[from]` fields, the
    // catalogues transparent variants wrap, and their `from = [...]` lists.
    let mut seen: HashMap<String, &syn::Type> = HashMap::new();
    for variant in &input.variants {
        // A transparent variant's `#[from]` is reported on its own.
        let field = variant
            .field_with_from()
            .filter(|_| !variant.wraps_catalogue())
            .map(Field::converted_type);
        let wrapped = match variant.fields.as_slice() {
            [field] if variant.wraps_catalogue() => Some(&field.original.ty),
            _ => None,
        };
        let lifts = variant
            .error
            .as_ref()
            .and_then(|args| args.from.as_ref())
            .into_iter()
            .flat_map(|from| &from.value);
        for ty in field.into_iter().chain(wrapped).chain(lifts) {
            let key = resolve::type_key(ty);
            if let Some(first) = seen.get(&key) {
                errors.spanned(
                    ty,
                    format!("another variant already converts from `{key}`: `From<{key}>` would be implemented twice"),
                );
                errors.spanned(first, "the first conversion from that type is here");
            } else {
                seen.insert(key, ty);
            }
        }
    }
}

fn check_message(variant: &Variant, message: &MessageText, errors: &mut Errors) {
    let span = message.span;
    if message.from_enum && message.pieces.is_err() {
        // Reported once, with the enum's keys.
        return;
    }
    if message.text.trim().is_empty() {
        if message.from_enum {
            return;
        }
        errors.at(
            span,
            "the message is empty: write what went wrong, in words a client can read",
        );
        return;
    }
    let pieces = match &message.pieces {
        Ok(pieces) => pieces,
        Err(problem) => {
            errors.at(span, template_problem("the message", problem));
            return;
        }
    };
    let mut targets = resolve::Targets::new(&message.args);
    let mut used = vec![false; message.args.len()];
    for piece in pieces {
        let Piece::Hole { name, .. } = piece else {
            continue;
        };
        match targets.of(variant, name) {
            Some(resolve::Target::Arg(index)) => used[index] = true,
            Some(resolve::Target::Field(_)) => {}
            None if name.is_empty() => errors.at(
                span,
                "in the message: `{}` stands for an argument, and none follows the template: name a field, `{field}` or `{0}`, or give the value after it: `message(\"... {}\", expr)`",
            ),
            None => errors.at(span, missing_field(variant, name, FieldSyntax::Placeholder)),
        }
    }
    for (arg, used) in message.args.iter().zip(used) {
        if !used {
            let unused = |how: &str| {
                format!("this argument is never used: the message has no {how} for it; remove it or use it in the template")
            };
            match &arg.name {
                Some(name) => errors.at(name.span(), unused(&format!("{{{name}}}"))),
                None => errors.spanned(&arg.expr, unused("`{}`")),
            }
        }
        for found in args::field_uses(&arg.expr) {
            if resolve::placeholder_field(variant, &found.name).is_none() {
                errors.at(
                    found.span,
                    missing_field(variant, &found.name, FieldSyntax::Argument),
                );
            }
        }
    }
    let mut names = BTreeSet::new();
    for name in message.args.iter().filter_map(|arg| arg.name.as_ref()) {
        if !names.insert(name.to_string()) {
            errors.at(
                name.span(),
                format!("the argument `{name}` is given twice; keep one"),
            );
        }
    }
}

/// How a message refers to a field: `{name}` in the template, `.name` in
/// an argument after it.
#[derive(Clone, Copy)]
enum FieldSyntax {
    Placeholder,
    Argument,
}

impl FieldSyntax {
    fn show(self, name: &str) -> String {
        match self {
            FieldSyntax::Placeholder => format!("{{{name}}}"),
            FieldSyntax::Argument => format!("`.{name}`"),
        }
    }
}

fn missing_field(variant: &Variant, name: &str, syntax: FieldSyntax) -> String {
    let ident = variant.ident();
    let is_index = name.starts_with(|c: char| c.is_ascii_digit());
    let (who, used) = match syntax {
        FieldSyntax::Placeholder => ("the message", syntax.show(name)),
        FieldSyntax::Argument => ("an argument of the message", syntax.show(name)),
    };
    match &variant.original.fields {
        Fields::Unit => format!(
            "{who} uses {used}, but `{ident}` has no fields: add the field to the variant or remove the placeholder"
        ),
        Fields::Named(_) if is_index => format!(
            "{who} uses {used}, but `{ident}` has named fields: refer to them by name, like {}",
            syntax.show(&variant.fields.first().map(Field::placeholder_name).unwrap_or_default())
        ),
        Fields::Unnamed(_) if !is_index => format!(
            "{who} uses {used}, but the fields of `{ident}` have no names: refer to them by index, like {}",
            syntax.show("0")
        ),
        _ => {
            let names: Vec<String> = variant.fields.iter().map(Field::placeholder_name).collect();
            let hint = did_you_mean(name, names.iter().map(String::as_str));
            let list = names.iter().map(|n| syntax.show(n)).collect::<Vec<_>>().join(", ");
            format!("{who} uses {used}, but `{ident}` has no such field{hint}\n  its fields are: {list}")
        }
    }
}

/// An explicit `name` must be SCREAMING_SNAKE_CASE, and without one the
/// variant's identifier must give such a name.
fn check_name(input: &Input, identity: &Facts, errors: &mut Errors) {
    if identity.name.is_some() {
        return;
    }
    let variant = identity.variant;
    let ident = variant.ident();
    let Some(lit) = variant.error.as_ref().and_then(|args| args.name.as_ref()) else {
        errors.spanned(
            ident,
            format!("cannot derive an ASCII name from `{ident}`: give one with `name = \"...\"` in #[error(...)]"),
        );
        return;
    };
    let value = &lit.value;
    let case = input.name_case();
    let whose = if input.args.rename_all.is_some() {
        ", the catalogue's `rename_all`"
    } else {
        ""
    };
    let problem = if value.is_empty() {
        "the name is empty".to_owned()
    } else {
        format!("the name {value:?} is not in {}{whose}", case.name())
    };
    let fitting = if value.trim().is_empty() {
        case.derive(&ident.to_string())
    } else if case == Case::ScreamingSnake {
        screaming_suggestion(&screaming_snake(&value.replace(' ', "_")))
    } else {
        case.convert(value)
    };
    errors.at(
        lit.span,
        format!(
            "{problem}: names are {}, like \"{fitting}\"",
            case.describe()
        ),
    );
}

/// Reports every repeat of a key, once, on the later use, naming the
/// variant that used it first (a second error there would count twice;
/// a note is not to be had from a proc macro on stable Rust).
/// `fix` ends the message.
fn check_unique<K, F>(identities: &[Facts], key: F, what: &str, fix: &str, errors: &mut Errors)
where
    K: std::hash::Hash + Eq + std::fmt::Display,
    F: Fn(&Facts) -> Option<(K, Span)>,
{
    let mut first_use: HashMap<K, &Facts> = HashMap::new();
    for identity in identities {
        let Some((value, span)) = key(identity) else {
            continue;
        };
        if shares_code(identity) {
            // `check_shared_codes` judges it.
            continue;
        }
        if let Some(&first) = first_use.get(&value) {
            errors.at(
                span,
                format!(
                    "duplicate {what} {value}: `{}` already uses it{fix}",
                    first.variant.ident()
                ),
            );
        } else {
            first_use.insert(value, identity);
        }
    }
}

fn shares_code(identity: &Facts) -> bool {
    identity
        .variant
        .error
        .as_ref()
        .is_some_and(|args| args.shares_code.is_some())
}

/// Distinct codes and names can still meet in one code string when `format`
/// leaves one of them out.
fn check_unique_code_strings(identities: &[Facts], custom_format: bool, errors: &mut Errors) {
    let mut first_use: HashMap<&str, &Facts> = HashMap::new();
    for identity in identities {
        let (Some(code_str), Some(code), Some(name)) =
            (&identity.code_str, identity.code, &identity.name)
        else {
            continue;
        };
        if shares_code(identity) {
            continue;
        }
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
