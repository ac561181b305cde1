//! Doc comments: the first paragraph as a message or title, the rest as
//! a description.

use proc_macro2::Span;
use syn::spanned::Spanned as _;
use syn::{Lit, Meta};

use super::attrs::{Attrs, Kind};
use super::syntax::Spanned;

/// The lines of the doc comment, each without the one space after `///`,
/// with the span of the attribute it was written in.
pub(super) fn doc_lines(attrs: &Attrs) -> Vec<(String, Span)> {
    let mut lines = Vec::new();
    for attr in attrs.of_kind(Kind::Doc) {
        let Meta::NameValue(name_value) = &attr.meta else {
            continue;
        };
        let syn::Expr::Lit(syn::ExprLit {
            lit: Lit::Str(text),
            ..
        }) = &name_value.value
        else {
            continue;
        };
        // A `/** ... */` comment is one attribute of several lines.
        for line in text.value().split('\n') {
            let line = line.strip_prefix(' ').unwrap_or(line).trim_end();
            lines.push((line.to_owned(), attr.span()));
        }
    }
    lines
}

/// The doc comment after its first paragraph, as written: the long
/// description of a variant, for the documentation.
pub(crate) fn doc_details(attrs: &Attrs) -> Option<String> {
    let lines = doc_lines(attrs);
    let is_blank = |(line, _): &&(String, Span)| line.trim().is_empty();
    let details: Vec<&str> = lines
        .iter()
        .skip_while(is_blank)
        .skip_while(|line| !is_blank(line))
        .skip_while(is_blank)
        .map(|(line, _)| line.as_str())
        .collect();
    let text = details.join("\n");
    let text = text.trim_end();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The first paragraph of the doc comment, lines joined by spaces.
pub(crate) fn doc_paragraph(attrs: &Attrs) -> Option<Spanned<String>> {
    let mut text = String::new();
    let mut span = None;
    for (line, line_span) in doc_lines(attrs) {
        let line = line.trim();
        if line.is_empty() {
            if text.is_empty() {
                continue;
            }
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(line);
        span.get_or_insert(line_span);
    }
    span.map(|span| Spanned { value: text, span })
}
