//! Checks of the catalogue's own keys: prefix, range, code format, retired
//! codes, title, message and documentation pages.

use std::collections::BTreeSet;

use crate::ast::{Input, Numbering};
use crate::attr::Text;
use crate::case::{is_screaming_snake, screaming_suggestion, Case};
use crate::errors::Errors;
use crate::range::{Bounds, CodeRange};
use crate::resolve::{Parsed, Templates};
use crate::suggest::did_you_mean;
use crate::template::{self, Piece};

pub(super) fn check_prefix(input: &Input, errors: &mut Errors) {
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

pub(super) fn check_range(range: &CodeRange, errors: &mut Errors) {
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
pub(super) fn check_format(input: &Input, templates: &Templates, errors: &mut Errors) -> bool {
    let has_prefix = input.args.prefix.is_some();
    let Some((format, parsed)) = &templates.format else {
        return true;
    };
    let Some(pieces) = reported("`format`", format, parsed, errors) else {
        return false;
    };
    let mut ok = true;
    let mut names_a_code = false;
    for piece in pieces {
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
pub(super) fn check_without_numbers(input: &Input, templates: &Templates, errors: &mut Errors) {
    if input.numbering() == Numbering::WithoutNumbers {
        let ident = &input.item.ident;
        let numbers = format!(
            "no variant of `{ident}` has a `code`: it is a catalogue without numbers, keyed by code string"
        );
        if let Some((format, parsed)) = &templates.format {
            let uses_code = parsed.as_ref().is_ok_and(|pieces| {
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
pub(super) fn check_retired_code_strs(input: &Input, templates: &Templates, errors: &mut Errors) {
    let Some(format) = templates.code_format.as_deref() else {
        return;
    };
    let prefix = input
        .args
        .prefix
        .as_ref()
        .map(|prefix| prefix.value.as_str());
    let numbered = input.numbering() != Numbering::WithoutNumbers;
    let uses_code = format
        .iter()
        .any(|piece| matches!(piece, Piece::Hole { name, .. } if name == "code"));
    if !numbered && uses_code {
        // `check_without_numbers` reports the format; its strings mean nothing yet.
        return;
    }
    for code_str in &input.args.retired_code_strs {
        let text = code_str.value.as_str();
        if numbered && text.parse::<u32>().is_ok() {
            errors.at(
                code_str.span,
                format!("\"{text}\" is a number written as a string: a numbered catalogue retires numbers, so write it without quotes, `retired = [{text}]`"),
            );
        } else if !producible(format, text, prefix) {
            let shape = template::write(format);
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
pub(super) fn producible(format: &[Piece], text: &str, prefix: Option<&str>) -> bool {
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
pub(super) fn check_enum_message(templates: &Templates, errors: &mut Errors) {
    let Some((message, parsed)) = &templates.message else {
        return;
    };
    if message.value.trim().is_empty() {
        errors.at(
            message.span,
            "the message is empty: write what went wrong, in words a client can read",
        );
        return;
    }
    reported("the message", message, parsed, errors);
}

/// The enum's title and each variant's are words, not blank.
pub(super) fn check_title(input: &Input, errors: &mut Errors) {
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

pub(super) const DOC_URL_PLACEHOLDERS: [&str; 3] = ["code_str", "code", "name"];

/// The pieces of a `format`, `doc_url` or message template, parsed once by
/// `resolve`; a malformed one (an unclosed brace, say) is reported at the
/// template, naming `what` it is.
pub(super) fn reported<'p>(
    what: &str,
    text: &Text,
    parsed: &'p Parsed,
    errors: &mut Errors,
) -> Option<&'p [Piece]> {
    match parsed {
        Ok(pieces) => Some(pieces),
        Err(problem) => {
            errors.at(text.span, template_problem(what, problem));
            None
        }
    }
}

pub(super) fn template_problem(what: &str, problem: &str) -> String {
    format!("in {what}: {problem}")
}

/// A placeholder's spec in `format` or `doc_url` converts its value to a
/// case, and nothing else.
pub(super) fn unknown_conversion(what: &str, name: &str, spec: &str) -> String {
    let hint = Case::did_you_mean(spec);
    let list = Case::names().collect::<Vec<_>>().join(", ");
    format!("unknown conversion `:{spec}` in {{{name}:{spec}}} in {what}{hint}\n  a placeholder converts its value to a case, as in {{name:kebab-case}}; the cases are: {list}")
}

/// The enum's `doc_url`, and each variant's.
pub(super) fn check_doc_urls(templates: &Templates, errors: &mut Errors) {
    for (url, parsed) in &templates.doc_urls {
        check_doc_url(url, parsed, errors);
    }
}

/// `doc_url` may use only `{code_str}`, `{code}` and `{name}`.
pub(super) fn check_doc_url(url: &Text, parsed: &Parsed, errors: &mut Errors) {
    let Some(pieces) = reported("`doc_url`", url, parsed, errors) else {
        return;
    };
    for piece in pieces {
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
pub(super) struct FreeCodes {
    pub(super) suggestion: Option<u32>,
}

impl FreeCodes {
    pub(super) fn new(input: &Input, retired: &[Bounds]) -> Self {
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

    pub(super) fn hint(&self) -> String {
        self.suggestion
            .map(|code| format!("; {code} is free"))
            .unwrap_or_default()
    }
}
