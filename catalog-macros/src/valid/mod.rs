//! Semantic checks: everything that makes a catalogue wrong even though each
//! attribute parsed into a value of its key's type (what keeps it from
//! being one is `attr`'s). Every problem is reported here, in one pass, on
//! the token that causes it; `resolve` computes the values and reports
//! nothing.

use syn::Data;

use crate::ast::Input;
use crate::errors::Errors;
use crate::model::Catalog;
use crate::resolve::Resolution;

mod catalog;
mod fields;
mod locale;
mod unique;
mod variant;

use catalog::{
    check_doc_urls, check_enum_message, check_format, check_prefix, check_range,
    check_retired_code_strs, check_title, check_without_numbers, FreeCodes,
};
use fields::{check_from_types, check_google_metadata, check_headers};
use unique::{check_name, check_shared_codes, check_unique, check_unique_code_strings};
use variant::{check_from_key, check_keys_reach_codes, check_transparent, check_variant};

pub(crate) fn check(input: &Input, resolution: &Resolution, errors: &mut Errors) {
    let catalog = &resolution.catalog;
    check_item_kind(input, errors);
    check_prefix(input, errors);
    if let Some(range) = &input.args.range {
        check_range(range, errors);
    }
    let templates = &resolution.templates;
    let format_ok = check_format(input, templates, errors);
    check_without_numbers(input, templates, errors);
    if format_ok {
        check_retired_code_strs(input, templates, errors);
    }
    check_doc_urls(templates, errors);
    check_title(input, errors);
    check_enum_message(templates, errors);
    for range in input.args.retired.iter().flatten() {
        check_range(range, errors);
    }
    let free_code = FreeCodes::new(input, &catalog.retired);
    for variant in &input.variants {
        check_transparent(input, resolution, variant, errors);
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
        check_headers(input, identity, errors);
    }
    check_from_types(&resolution.conversions, errors);
    check_google_metadata(input, errors);
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
    locale::check_locales(input, resolution, errors);
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
