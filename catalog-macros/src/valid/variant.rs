//! Checks of each variant's keys: code, status, conversions, and what a
//! transparent variant wraps.

use super::catalog::FreeCodes;
use super::fields::{check_fields, check_message};
use crate::ast::{Field, Input, Numbering, Variant};
use crate::attr::{ErrorArgs, Spanned};
use crate::errors::Errors;
use crate::range::CodeRange;
use crate::resolve::{Facts, MessageText, Resolution};
use crate::status;
use crate::symbol::{self, Symbol};
use crate::template::Piece;

/// `from = [...]` converts through a wrapped catalogue, so only a
/// transparent variant has one.
pub(super) fn check_from_key(variant: &Variant, errors: &mut Errors) {
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
pub(super) fn check_keys_reach_codes(input: &Input, errors: &mut Errors) {
    let composed_only =
        !input.variants.is_empty() && input.variants.iter().all(Variant::wraps_catalog);
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
pub(super) fn check_transparent(
    input: &Input,
    resolution: &Resolution,
    variant: &Variant,
    errors: &mut Errors,
) {
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
        ("headers", !args.headers.is_empty()),
        ("body", args.body.is_some()),
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
        // The message resolve read for the variant, parsed once.
        let message = resolution
            .variants
            .iter()
            .find(|facts| std::ptr::eq(facts.variant, variant))
            .and_then(|facts| facts.message.as_ref());
        check_catch_all(variant, field, message, errors);
        return;
    }
    let ty = &field.original.ty;
    let catch_all_fix = match input.numbering() {
        Numbering::WithoutNumbers => "#[error(http = 500, transparent)]",
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
pub(super) fn not_a_catalogue(input: &Input, ty: &syn::Type) -> Option<String> {
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

pub(super) fn check_catch_all(
    variant: &Variant,
    field: &Field,
    resolved: Option<&MessageText>,
    errors: &mut Errors,
) {
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
    let has_placeholder = resolved.is_some_and(|resolved| {
        resolved.pieces.as_ref().is_ok_and(|pieces| {
            pieces
                .iter()
                .any(|piece| matches!(piece, Piece::Hole { .. }))
        })
    });
    if has_placeholder || !args.message_args.is_empty() {
        errors.at(
            message.span,
            "a catch-all's message is what clients see instead of the wrapped error's text: it takes no placeholders or arguments (the wrapped error stays in logs, as `source()` or, without a `message`, as `Display`)",
        );
    }
}

pub(super) fn check_variant(
    input: &Input,
    identity: &Facts,
    free: &FreeCodes,
    errors: &mut Errors,
) {
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
pub(super) fn check_status(args: &ErrorArgs, http: Spanned<u16>, errors: &mut Errors) {
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

pub(super) fn out_of_range(code: u32, range: &CodeRange, free: &FreeCodes) -> String {
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
