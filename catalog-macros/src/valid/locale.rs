//! The checks of a catalogue's locales: each Fluent file parses, is named
//! by a language tag, translates every code and no other, and uses every
//! placeholder of each message, and no variable but those and the
//! variant's `#[public]` fields (which clients read in the body anyway). rustc cannot point
//! into a `.ftl` file: a mistake in one is reported on `locales = "..."`,
//! with the file and line; a code a locale lacks, on the code's message.

use proc_macro2::Span;

use crate::ast::Input;
use crate::errors::Errors;
use crate::locale::{fluent_id, tag_problem, FtlMessage, LocaleFile};
use crate::model::{Catalog, Entry, DEFAULT_LOCALE};
use crate::resolve::Resolution;
use crate::suggest::did_you_mean;

/// The texts of an entry a translation may give besides its message.
const ATTRIBUTES: &[&str] = &["resolution", "title", "description"];

pub(super) fn check_locales(input: &Input, resolution: &Resolution, errors: &mut Errors) {
    let (Some(folder), Some(dir)) = (&input.args.locales, &resolution.locale_dir) else {
        return;
    };
    let at = folder.span;
    if let Some(problem) = &dir.problem {
        errors.at(at, problem);
        return;
    }
    let default = input.args.default_locale.as_ref();
    if let Some(problem) = default.and_then(|tag| tag_problem(&tag.value)) {
        errors.at(default.map_or(at, |tag| tag.span), problem);
    }
    let default = default.map_or(DEFAULT_LOCALE, |tag| tag.value.as_str());
    let catalog = &resolution.catalog;
    for file in &dir.files {
        if let Some(problem) = &file.tag_problem {
            errors.at(at, format!("{}: {problem}; rename the file", file.shown));
        }
        for (line, problem) in &file.syntax_errors {
            errors.at(
                at,
                format!(
                    "{}:{line}: {problem}: the file is not Fluent syntax",
                    file.shown
                ),
            );
        }
        check_messages(catalog, file, at, errors);
        // A message lost in a syntax error is reported as that error.
        if file.tag != default && file.syntax_errors.is_empty() {
            check_every_code(catalog, resolution, file, errors);
        }
    }
}

/// Each message of `file` translates a code of the catalogue, once, with
/// its placeholders.
fn check_messages(catalog: &Catalog, file: &LocaleFile, at: Span, errors: &mut Errors) {
    let ids: Vec<String> = catalog
        .entries
        .iter()
        .map(|entry| fluent_id(&entry.code_str))
        .collect();
    for (place, message) in file.messages.iter().enumerate() {
        let shown = format!("{}:{}", file.shown, message.line);
        if let Some(first) = file.messages[..place]
            .iter()
            .find(|other| other.id == message.id)
        {
            errors.at(
                at,
                format!(
                    "{shown}: `{}` is translated twice; the first is on line {}",
                    message.id, first.line
                ),
            );
            continue;
        }
        let Some(entry) = ids
            .iter()
            .position(|id| *id == message.id)
            .map(|index| &catalog.entries[index])
        else {
            errors.at(
                at,
                format!(
                    "{shown}: `{}` is not a code of `{}`: remove the message, or key it by a code{}",
                    message.id,
                    catalog.ident,
                    did_you_mean(&message.id, ids.iter().map(String::as_str)),
                ),
            );
            continue;
        };
        let publics: Vec<&str> = catalog
            .publics
            .iter()
            .filter(|public| public.variant == entry.variant)
            .flat_map(|public| public.fields.iter().map(|(_, name)| name.as_str()))
            .collect();
        check_message(entry, &publics, message, &shown, &file.shown, at, errors);
    }
}

/// One message of a file against the entry it translates.
fn check_message(
    entry: &Entry,
    publics: &[&str],
    message: &FtlMessage,
    shown: &str,
    file: &str,
    at: Span,
    errors: &mut Errors,
) {
    let public = entry.public_message.as_ref().unwrap_or(&entry.message);
    let expected: Vec<String> = public
        .fluent_variables()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let template = entry.public_template.as_ref().unwrap_or(&entry.template);
    let allowed: Vec<&str> = expected
        .iter()
        .map(String::as_str)
        .chain(
            publics
                .iter()
                .copied()
                .filter(|name| !expected.iter().any(|known| known == name)),
        )
        .collect();
    let has = match allowed.as_slice() {
        [] => "it has none, and the variant no `#[public]` field".to_owned(),
        names => format!(
            "it may use {}",
            names
                .iter()
                .map(|name| format!("`${name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let Some(variables) = &message.value else {
        errors.at(
            at,
            format!(
                "{shown}: `{}` has no text of its own: write the message after `{} =`",
                message.id, message.id
            ),
        );
        return;
    };
    let mut unknown = false;
    for variable in variables {
        if !allowed.contains(&variable.name.as_str()) {
            unknown = true;
            errors.at(
                at,
                format!(
                    "{file}:{}: `${}` is neither a placeholder of the message of `{}` ({template:?}) \
                     nor a `#[public]` field: {has}",
                    variable.line, variable.name, entry.code_str
                ),
            );
        }
    }
    // A variable misspelt is reported once, not as one missing too.
    for name in expected.iter().filter(|_| !unknown) {
        if !variables.iter().any(|variable| variable.name == *name) {
            errors.at(
                at,
                format!(
                    "{shown}: the translation of `{}` drops `${name}`, which its message has ({template:?}); \
                     a selector or a variant may use it",
                    entry.code_str
                ),
            );
        }
    }
    for attribute in &message.attributes {
        let line = format!("{file}:{}", attribute.line);
        if !ATTRIBUTES.contains(&attribute.name.as_str()) {
            errors.at(
                at,
                format!(
                    "{line}: `.{}` is not a text of an entry: a translation gives `.resolution`, `.title` and `.description`",
                    attribute.name
                ),
            );
            continue;
        }
        let has_own = match attribute.name.as_str() {
            "resolution" => entry.resolution.is_some(),
            "description" => entry.description.is_some(),
            _ => true,
        };
        if !has_own {
            errors.at(
                at,
                format!(
                    "{line}: `{}` has no {} to translate: give the variant `{} = \"...\"`, or remove `.{}`",
                    entry.code_str, attribute.name, attribute.name, attribute.name
                ),
            );
        }
        if let Some(variable) = attribute.variables.first() {
            errors.at(
                at,
                format!(
                    "{file}:{}: `${}`: the {} of an entry has no placeholders",
                    variable.line, variable.name, attribute.name
                ),
            );
        }
    }
}

/// A locale other than the default translates every code's message, and
/// its resolution when it has one: reported on the code's message.
fn check_every_code(
    catalog: &Catalog,
    resolution: &Resolution,
    file: &LocaleFile,
    errors: &mut Errors,
) {
    for entry in &catalog.entries {
        let id = fluent_id(&entry.code_str);
        let span = resolution
            .variants
            .iter()
            .find(|facts| facts.variant.ident() == entry.variant)
            .and_then(|facts| facts.message.as_ref())
            .map_or_else(|| entry.variant.span(), |message| message.span);
        let Some(message) = file.messages.iter().find(|message| message.id == id) else {
            errors.at(
                span,
                format!(
                    "locale `{}` has no message for `{}`: add `{id} = ...` to {}",
                    file.tag, entry.code_str, file.shown
                ),
            );
            continue;
        };
        let translates_resolution = message
            .attributes
            .iter()
            .any(|attribute| attribute.name == "resolution");
        if entry.resolution.is_some() && !translates_resolution {
            errors.at(
                span,
                format!(
                    "locale `{}` has no resolution for `{}`: add `    .resolution = ...` under `{id}` ({}:{})",
                    file.tag, entry.code_str, file.shown, message.line
                ),
            );
        }
    }
}
