//! Code strings, range labels, titles and documentation pages, rendered
//! from the catalogue's templates.

use crate::ast::{Input, Numbering};
use crate::model::Entry;
use crate::range::Bounds;
use crate::template::{self, Piece};

/// The parsed `format`, defaulted from the prefix and, in a catalogue
/// without numbers, from the name.
pub(crate) fn code_format(input: &Input) -> Option<Vec<Piece>> {
    let without_numbers = input.numbering() == Numbering::WithoutNumbers;
    let text = match (&input.args.format, &input.args.prefix, without_numbers) {
        (Some(format), _, _) => return template::parse(&format.value).ok(),
        (None, Some(_), false) => "{prefix}_{code}",
        (None, None, false) => "{code}",
        (None, Some(_), true) => "{prefix}_{name}",
        (None, None, true) => "{name}",
    };
    template::parse(text).ok()
}

/// The `retired` key as inclusive ranges, leaving out empty ones (which
/// `valid` reports).
pub(super) fn retired(input: &Input) -> Vec<Bounds> {
    input
        .args
        .retired
        .iter()
        .flatten()
        .filter_map(crate::range::CodeRange::bounds)
        .collect()
}

pub(super) fn render_code_str(format: &[Piece], prefix: &str, code: u32, name: &str) -> String {
    template::fill(format, |hole| match hole {
        "prefix" => prefix.to_owned(),
        "code" => code.to_string(),
        _ => name.to_owned(),
    })
}

/// The code strings' common start when `{code}` follows only text and the
/// prefix, and no digit follows `{code}` (which would run into the number).
pub(super) fn code_lead(format: &[Piece], prefix: &str) -> Option<String> {
    let mut lead = String::new();
    let mut pieces = format.iter();
    for piece in pieces.by_ref() {
        match piece {
            Piece::Text(text) => lead.push_str(text),
            Piece::Hole { name, .. } if name == "prefix" => {
                lead.push_str(&template::fill(std::slice::from_ref(piece), |_| {
                    prefix.to_owned()
                }));
            }
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
pub(super) fn range_label(format: &[Piece], prefix: &str, range: Bounds) -> String {
    let start = render_code_str(format, prefix, range.first, "");
    format!(
        "{}-{}",
        start.trim_end_matches(['_', '-', '.', ' ']),
        range.last
    )
}

pub(super) fn catalog_title(input: &Input) -> Option<String> {
    match &input.args.title {
        Some(title) => Some(title.value.clone()),
        None => input.doc.as_ref().map(|doc| doc.value.clone()),
    }
}

pub(super) fn render_doc_url(url: &[Piece], entry: &Entry) -> String {
    template::fill(url, |hole| match hole {
        "code_str" => entry.code_str.clone(),
        "code" => entry.code.to_string(),
        _ => entry.name.clone(),
    })
}
