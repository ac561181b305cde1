//! Checks across variants: names, and codes and code strings used once.

use std::collections::HashMap;

use proc_macro2::Span;

use crate::ast::Input;
use crate::case::{screaming_snake, screaming_suggestion, Case};
use crate::errors::Errors;
use crate::resolve::Facts;

/// `shares_code` on a variant whose code string an earlier variant has.
pub(super) fn check_shared_codes(identities: &[Facts], errors: &mut Errors) {
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

/// An explicit `name` must be SCREAMING_SNAKE_CASE, and without one the
/// variant's identifier must give such a name.
pub(super) fn check_name(input: &Input, identity: &Facts, errors: &mut Errors) {
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
pub(super) fn check_unique<K, F>(
    identities: &[Facts],
    key: F,
    what: &str,
    fix: &str,
    errors: &mut Errors,
) where
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

pub(super) fn shares_code(identity: &Facts) -> bool {
    identity
        .variant
        .error
        .as_ref()
        .is_some_and(|args| args.shares_code.is_some())
}

/// Distinct codes and names can still meet in one code string when `format`
/// leaves one of them out.
pub(super) fn check_unique_code_strings(
    identities: &[Facts],
    custom_format: bool,
    errors: &mut Errors,
) {
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
