//! Code strings, range labels, titles and documentation pages, rendered
//! from the catalogue's templates.

use std::collections::HashMap;

use crate::ast::{Input, Numbering};
use crate::attr::Text;
use crate::model::Entry;
use crate::range::Bounds;
use crate::template::{self, Piece};

/// Every template the enum and its variants declare outside their
/// messages, parsed once: `resolve` renders with the pieces, `valid`
/// reports the problems. (A variant's message is parsed once too, in its
/// `MessageText`.)
pub(crate) struct Templates<'a> {
    /// The written `format`, and what parsing it gave.
    pub format: Option<(&'a Text, Parsed)>,
    /// The format code strings are built with: the written one when it
    /// parsed, else the default for the prefix and numbering; `None` when
    /// the written one is broken.
    pub code_format: Option<Vec<Piece>>,
    /// The enum's `doc_url`, then each variant's, in declaration order.
    pub doc_urls: Vec<(&'a Text, Parsed)>,
    /// Where each `doc_url` is in `doc_urls`, by address: a catalogue
    /// whose every variant has a page finds each in one step.
    doc_url_places: HashMap<*const Text, usize>,
    /// The enum's `message`, shared by the variants without their own.
    pub message: Option<(&'a Text, Parsed)>,
}

/// A template split into text and placeholders, or what is wrong with it.
pub(crate) type Parsed = Result<Vec<Piece>, String>;

impl<'a> Templates<'a> {
    pub(crate) fn of(input: &'a Input<'a>) -> Self {
        let parse = |text: &'a Text| (text, template::parse(&text.value));
        let format = input.args.format.as_ref().map(parse);
        let code_format = match &format {
            Some((_, parsed)) => parsed.as_ref().ok().cloned(),
            None => template::parse(default_format(input)).ok(),
        };
        let own_urls = input
            .variants
            .iter()
            .filter_map(|variant| variant.error.as_ref()?.doc_url.as_ref());
        let doc_urls: Vec<_> = input
            .args
            .doc_url
            .iter()
            .chain(own_urls)
            .map(parse)
            .collect();
        let doc_url_places = doc_urls
            .iter()
            .enumerate()
            .map(|(place, (url, _))| (std::ptr::from_ref(*url), place))
            .collect();
        Templates {
            format,
            code_format,
            doc_urls,
            doc_url_places,
            message: input.args.message.as_ref().map(parse),
        }
    }

    /// The pieces of `url`, one of the `doc_url`s, when it parsed.
    pub(crate) fn doc_url(&self, url: &Text) -> Option<&[Piece]> {
        let place = *self.doc_url_places.get(&std::ptr::from_ref(url))?;
        self.doc_urls[place].1.as_deref().ok()
    }
}

/// The `format` a catalogue that writes none has: from the prefix and, in
/// a catalogue without numbers, from the name.
fn default_format(input: &Input) -> &'static str {
    let without_numbers = input.numbering() == Numbering::WithoutNumbers;
    match (input.args.prefix.is_some(), without_numbers) {
        (true, false) => "{prefix}_{code}",
        (false, false) => "{code}",
        (true, true) => "{prefix}_{name}",
        (false, true) => "{name}",
    }
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
