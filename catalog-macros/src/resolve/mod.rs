//! From the parsed enum to the resolved model: names, code strings, range
//! labels, doc URLs, titles, the entry order, messages with each
//! placeholder bound to its field, public messages and the `From` list.
//!
//! Nothing here reports: a value that cannot be resolved is left out, and
//! `valid` says why. Generation runs only when `valid` found nothing, and
//! then every variant resolved.

use syn::Fields;

use crate::ast::{Input, Numbering, Variant};
use crate::attr::{MetaEntry, Spanned};
use crate::locale::{self, LocaleDir};
use crate::model::{self, Catalog, Entry, Segment, Shape};
use crate::template::Piece;

mod code;
mod fields;
mod message;

use code::{catalog_title, code_lead, range_label, render_code_str, render_doc_url, retired};
pub(crate) use code::{Parsed, Templates};
pub(crate) use fields::type_key;
pub(crate) use fields::Conversion;
use fields::{body_shape, conversion_types, conversions, field_ref, fields_marked, unmarked};
use message::{
    bind, documented_template, entry_title, header_text, message_text, public_message,
    shown_template,
};
pub(crate) use message::{placeholder_field, MessageText, Target, Targets};

/// The model, and what resolved of each variant for the checks to judge.
pub(crate) struct Resolution<'a> {
    pub catalog: Catalog<'a>,
    /// The templates of the enum's keys and of the variants' `doc_url`s.
    pub templates: Templates<'a>,
    /// Every type the enum converts from, repeats included.
    pub conversions: Vec<Conversion<'a>>,
    /// One per variant with a code of its own, in declaration order.
    pub variants: Vec<Facts<'a>>,
    /// The Fluent files of `locales = "..."`, as read.
    pub locale_dir: Option<LocaleDir>,
}

/// What tells a variant apart from the others, and its message: each
/// present when it could be resolved.
pub(crate) struct Facts<'a> {
    pub variant: &'a Variant<'a>,
    pub code: Option<Spanned<u32>>,
    pub name: Option<Spanned<String>>,
    pub code_str: Option<String>,
    pub message: Option<MessageText>,
    /// `headers(...)`: each name, and its value as a template.
    pub headers: Vec<(&'a Spanned<String>, MessageText)>,
}

/// The whole model. With problems in the input, the variants that did not
/// resolve are missing from `entries`; what the enum declares (prefix,
/// range, title, ...) is there whenever it parsed.
pub(crate) fn catalog<'a>(input: &'a Input<'a>) -> Resolution<'a> {
    let prefix = input
        .args
        .prefix
        .as_ref()
        .map(|prefix| prefix.value.clone());
    let templates = Templates::of(input);
    let format = templates.code_format.as_deref();
    let doc_url = input
        .args
        .doc_url
        .as_ref()
        .and_then(|url| templates.doc_url(url));
    let range = input.args.range.as_ref().and_then(|range| range.bounds());
    let prefix_text = prefix.as_deref().unwrap_or_default();
    let variants: Vec<Facts> = input
        .variants
        .iter()
        .filter(|variant| !variant.wraps_catalog())
        .map(|variant| facts(input, &templates, variant, format, prefix_text))
        .collect();
    let mut entries: Vec<Entry> = variants
        .iter()
        .filter_map(|facts| {
            let mut entry = entry(input, facts)?;
            // A variant's own `doc_url` wins over the enum's.
            let own_url = facts
                .variant
                .error
                .as_ref()
                .and_then(|args| args.doc_url.as_ref())
                .and_then(|url| templates.doc_url(url));
            entry.doc_url = own_url.or(doc_url).map(|url| render_doc_url(url, &entry));
            Some(entry)
        })
        .collect();
    let without_numbers = input.numbering() == Numbering::WithoutNumbers;
    // A catalogue without numbers orders its table by code string.
    if without_numbers {
        entries.sort_by(|a, b| a.code_str.cmp(&b.code_str));
    } else {
        entries.sort_by_key(|entry| entry.code);
    }
    let conversion_types = conversion_types(input);
    let (from, wrapped) = conversions(input, &conversion_types);
    let unmarked = unmarked(input, &entries);
    let locale_dir = input.args.locales.as_ref().map(locale::read);
    let locales = locale_dir.as_ref().map(|dir| model::Localization {
        default: input
            .args
            .default_locale
            .as_ref()
            .map_or_else(|| model::DEFAULT_LOCALE.to_owned(), |tag| tag.value.clone()),
        files: dir
            .files
            .iter()
            .map(|file| model::Translation {
                tag: file.tag.clone(),
                path: file.path.clone(),
                messages: entries
                    .iter()
                    .map(|entry| {
                        let id = locale::fluent_id(&entry.code_str);
                        let position = file
                            .messages
                            .iter()
                            .find(|message| message.id == id)
                            .and_then(|message| u32::try_from(message.position).ok())
                            .unwrap_or(u32::MAX);
                        (id, position)
                    })
                    .collect(),
            })
            .collect(),
        used: dir
            .files
            .iter()
            .flat_map(|file| &file.messages)
            .map(|message| {
                let names = message
                    .value
                    .iter()
                    .flatten()
                    .map(|variable| variable.name.clone());
                (message.id.clone(), names.collect())
            })
            .collect(),
    });
    let catalog =
        Catalog {
            ident: &input.item.ident,
            generics: &input.item.generics,
            krate: input
                .args
                .krate
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::error_catalog)),
            title: catalog_title(input),
            range_label: match (format, range) {
                (Some(format), Some(range)) => Some(range_label(format, prefix_text, range)),
                _ => None,
            },
            code_lead: format.and_then(|format| code_lead(format, prefix_text)),
            prefix,
            range,
            retired: retired(input),
            has_doc_url: input.args.doc_url.is_some(),
            case: (input.args.rename_all.is_some() || !entries.is_empty())
                .then(|| input.name_case().name()),
            meta_keys: input
                .args
                .meta
                .iter()
                .map(|meta| meta.key.value.clone())
                .collect(),
            without_numbers,
            retired_code_strs: input
                .args
                .retired_code_strs
                .iter()
                .map(|code| code.value.clone())
                .collect(),
            entries,
            wrapped,
            locales,
            forwarding: input
                .variants
                .iter()
                .filter(|variant| variant.is_catch_all() && !variant.is_catch_all_with_message())
                .filter_map(|variant| match variant.fields.as_slice() {
                    [field] => Some(field_ref(input, variant, field)),
                    _ => None,
                })
                .collect(),
            sources: fields_marked(input, Variant::source)
                .into_iter()
                .chain(input.variants.iter().filter_map(
                    |variant| match variant.fields.as_slice() {
                        [field] if variant.is_catch_all_with_message() => {
                            Some(field_ref(input, variant, field))
                        }
                        _ => None,
                    },
                ))
                .collect(),
            details: fields_marked(input, Variant::details),
            publics: input
                .variants
                .iter()
                .filter(|variant| !variant.is_transparent())
                .filter_map(|variant| {
                    let fields: Vec<_> = variant
                        .fields
                        .iter()
                        .filter_map(|field| {
                            Some((field_ref(input, variant, field), field.public_name()?))
                        })
                        .collect();
                    (!fields.is_empty()).then(|| model::Public {
                        variant: variant.ident(),
                        fields,
                    })
                })
                .collect(),
            backtraces: input
                .variants
                .iter()
                .filter(|variant| !variant.is_transparent())
                .filter_map(|variant| {
                    let field = variant.backtrace()?;
                    Some(model::Backtrace {
                        of_source: field.is_source(),
                        field: field_ref(input, variant, field),
                    })
                })
                .collect(),
            unmarked,
            from,
            variant_count: input.variants.len(),
            body: input.args.body.as_ref().map(body_shape),
            code_header: input
                .args
                .code_header
                .as_ref()
                .map(|header| header.as_ref().map(|name| name.value.clone())),
        };
    Resolution {
        catalog,
        templates,
        conversions: conversion_types,
        variants,
        locale_dir,
    }
}

fn facts<'a>(
    input: &Input,
    templates: &Templates,
    variant: &'a Variant<'a>,
    format: Option<&[Piece]>,
    prefix: &str,
) -> Facts<'a> {
    let code = variant.error.as_ref().and_then(|args| args.code);
    let name = name(input, variant);
    // Without numbers, `{code}` stands in no `format` that checks pass.
    let number = match input.numbering() {
        Numbering::WithoutNumbers => Some(0),
        _ => code.map(|code| code.value),
    };
    let code_str = match (format, number, &name) {
        (Some(format), Some(number), Some(name)) => {
            Some(render_code_str(format, prefix, number, &name.value))
        }
        _ => None,
    };
    Facts {
        variant,
        code,
        name,
        code_str,
        message: message_text(input, templates, variant),
        headers: variant
            .error
            .iter()
            .flat_map(|args| &args.headers)
            .map(|header| (&header.name, header_text(&header.value)))
            .collect(),
    }
}

/// The variant's name: the `name` key when it is in the catalogue's case,
/// else derived from the variant's identifier when that gives one.
fn name(input: &Input, variant: &Variant) -> Option<Spanned<String>> {
    let case = input.name_case();
    if let Some(lit) = variant.error.as_ref().and_then(|args| args.name.as_ref()) {
        return case.fits(&lit.value).then(|| lit.clone());
    }
    let ident = variant.ident();
    let derived = case.derive(&ident.to_string());
    case.fits(&derived).then(|| Spanned {
        value: derived,
        span: ident.span(),
    })
}

fn entry<'a>(input: &'a Input<'a>, facts: &Facts<'a>) -> Option<Entry<'a>> {
    let variant = facts.variant;
    let args = variant.error.as_ref()?;
    let code = match input.numbering() {
        Numbering::WithoutNumbers => 0,
        _ => facts.code?.value,
    };
    let name = facts.name.as_ref()?.value.clone();
    let message_text = facts.message.as_ref()?;
    let pieces = message_text.pieces.as_ref().ok()?;
    if message_text.text.trim().is_empty() {
        return None;
    }
    let message = bind(input, variant, pieces, message_text)?;
    let title = match &args.title {
        Some(title) => title.value.clone(),
        None => entry_title(&message, &name),
    };
    // A message that was nothing but its source says the title instead.
    let public_message = if variant.is_catch_all() {
        // `message()` is the wrapped error's text; clients get this one.
        Some(message.clone())
    } else {
        public_message(variant, &message).map(|mut public| {
            if public.segments.is_empty() {
                public.segments = vec![Segment::Text(title.clone())];
            }
            public
        })
    };
    let template = documented_template(&message, &message_text.text);
    let public_template = public_message
        .as_ref()
        .map(shown_template)
        .filter(|shown| *shown != template);
    Some(Entry {
        variant: variant.ident(),
        variant_text: variant.ident().to_string(),
        shape: match &variant.original.fields {
            Fields::Unit => Shape::Unit,
            Fields::Unnamed(_) => Shape::Tuple,
            Fields::Named(_) => Shape::Struct,
        },
        code,
        code_str: facts.code_str.clone()?,
        name,
        status: args.http?.value,
        status_name: crate::status::name_of(args.http?.value),
        template,
        public_template,
        message,
        public_message,
        resolution: args.resolution.as_ref().map(|text| text.value.clone()),
        title,
        doc_url: None,
        description: args
            .description
            .as_ref()
            .map(|text| text.value.clone())
            .or_else(|| doc_description(variant, args.message.is_some())),
        metadata: metadata(&input.args.meta, &args.meta),
        headers: facts
            .headers
            .iter()
            .map(|(name, text)| {
                Some(model::Header {
                    name: name.value.clone(),
                    template: text.text.clone(),
                    value: bind(input, variant, text.pieces.as_ref().ok()?, text)?,
                })
            })
            .collect::<Option<Vec<_>>>()?,
        body: args.body.as_ref().map(body_shape),
    })
}

/// The description a variant's doc comment gives: all of it beside a
/// `message` key, else what follows the first paragraph, which is the
/// message.
fn doc_description(variant: &Variant, has_message: bool) -> Option<String> {
    match (&variant.doc, &variant.doc_details) {
        (Some(first), Some(rest)) if has_message => Some(format!("{}\n\n{rest}", first.value)),
        (Some(first), None) if has_message => Some(first.value.clone()),
        (_, rest) => rest.clone(),
    }
}

/// An entry's metadata: its own keys, then the enum's it does not give,
/// sorted by key.
fn metadata(defaults: &[MetaEntry], own: &[MetaEntry]) -> Vec<(String, String)> {
    let mut merged: Vec<(String, String)> = own
        .iter()
        .chain(
            defaults
                .iter()
                .filter(|default| !own.iter().any(|meta| meta.key.value == default.key.value)),
        )
        .map(|meta| (meta.key.value.clone(), meta.value.clone()))
        .collect();
    merged.sort();
    merged
}
