//! The `{placeholder}` syntax shared by `message = "..."` and
//! `format = "..."`: the same rules as `format!`. What a placeholder may
//! name (a field, an argument, `{code}`...) is for the caller to judge.

use std::ops::Range;

use crate::case::Case;

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text, with `{{` and `}}` already unescaped.
    Text(String),
    /// `{name}` or `{name:spec}`; `name` is a field name or a tuple index,
    /// or empty for `{}`, the next positional argument.
    Hole { name: String, spec: String },
}

/// Splits a template into text and placeholders, or says what is wrong with
/// it in words meant for the user.
pub(crate) fn parse(template: &str) -> Result<Vec<Piece>, String> {
    Ok(parse_placed(template)?
        .into_iter()
        .map(|(piece, _)| piece)
        .collect())
}

/// As [`parse`], each piece with the bytes of the template it was written
/// as (a placeholder's from its `{` to its `}`), for an error on one
/// placeholder rather than the whole template.
pub(crate) fn parse_placed(template: &str) -> Result<Vec<(Piece, Range<usize>)>, String> {
    let mut pieces = Vec::new();
    let mut text_start = 0;
    let mut text = String::new();
    let mut chars = template.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            '{' if chars.next_if(|&(_, next)| next == '{').is_some() => text.push('{'),
            '}' if chars.next_if(|&(_, next)| next == '}').is_some() => text.push('}'),
            '}' => return Err(unmatched_closing(start)),
            '{' => {
                let inner_start = start + 1;
                let Some(end) = template[inner_start..].find('}').map(|i| inner_start + i) else {
                    return Err(format!(
                        "unmatched `{{` at byte {start} of the template; close the placeholder with `}}`, or write `{{{{` for a literal brace"
                    ));
                };
                let inner = &template[inner_start..end];
                let (name, spec) = inner.split_once(':').unwrap_or((inner, ""));
                let name = name.trim();
                if inner.contains('{') {
                    return Err(format!(
                        "`{{` inside the placeholder `{{{inner}}}`; write `{{{{` for a literal brace"
                    ));
                }
                let name = name.strip_prefix("r#").unwrap_or(name);
                if !name.is_empty() && !is_member(name) {
                    return Err(format!(
                        "`{{{inner}}}` is not a placeholder: write a field name or a tuple index inside the braces, or `{{{{` for a literal brace"
                    ));
                }
                if !text.is_empty() {
                    pieces.push((Piece::Text(std::mem::take(&mut text)), text_start..start));
                }
                pieces.push((
                    Piece::Hole {
                        name: name.to_owned(),
                        spec: spec.to_owned(),
                    },
                    start..end + 1,
                ));
                text_start = end + 1;
                while chars.next_if(|&(i, _)| i <= end).is_some() {}
            }
            _ => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push((Piece::Text(text), text_start..template.len()));
    }
    Ok(pieces)
}

fn unmatched_closing(at: usize) -> String {
    format!("unmatched `}}` at byte {at} of the template; write `}}}}` for a literal brace")
}

/// A field identifier or a tuple index.
fn is_member(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => name.chars().all(|c| c.is_ascii_digit()),
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// `text` as template text: braces doubled.
pub(crate) fn escape(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// Appends the placeholder `{name}`, or `{name:spec}`.
pub(crate) fn push_hole(out: &mut String, name: &str, spec: &str) {
    out.push('{');
    out.push_str(name);
    if !spec.is_empty() {
        out.push(':');
        out.push_str(spec);
    }
    out.push('}');
}

/// Parsed pieces written back as a template: `parse`'s inverse.
pub(crate) fn write(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(&escape(text)),
            Piece::Hole { name, spec } => push_hole(&mut out, name, spec),
        }
    }
    out
}

/// A template of `format` or `doc_url` with each placeholder replaced by
/// `value(name)`, converted to the case its spec names (`{name:kebab-case}`).
pub(crate) fn fill(pieces: &[Piece], value: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Hole { name, spec } => match Case::from_name(spec) {
                Some(case) => out.push_str(&case.convert(&value(name))),
                None => out.push_str(&value(name)),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.to_owned())
    }

    fn hole(name: &str, spec: &str) -> Piece {
        Piece::Hole {
            name: name.to_owned(),
            spec: spec.to_owned(),
        }
    }

    #[test]
    fn each_piece_knows_where_it_was_written() {
        let template = "a {{b}} {c:x} {} d";
        let placed = parse_placed(template).unwrap();
        let written: Vec<&str> = placed.iter().map(|(_, at)| &template[at.clone()]).collect();
        assert_eq!(written, ["a {{b}} ", "{c:x}", " ", "{}", " d"]);
        assert_eq!(
            placed
                .into_iter()
                .map(|(piece, _)| piece)
                .collect::<Vec<_>>(),
            parse(template).unwrap()
        );
    }

    #[test]
    fn written_back_a_template_parses_to_the_same_pieces() {
        for template in [
            "{prefix}_{code}",
            "{name:kebab-case}",
            "a {{b}} {c:>4}",
            "",
            "{}",
        ] {
            let pieces = parse(template).unwrap();
            assert_eq!(write(&pieces), template);
            assert_eq!(parse(&write(&pieces)).unwrap(), pieces);
        }
        assert_eq!(write(&[text("{x}"), hole("y", "")]), "{{x}}{y}");
    }

    #[test]
    fn splits_text_and_placeholders() {
        assert_eq!(
            parse("The metric {metric} of {0:?} was not found").unwrap(),
            [
                text("The metric "),
                hole("metric", ""),
                text(" of "),
                hole("0", "?"),
                text(" was not found")
            ]
        );
        assert_eq!(parse("{a}{b}").unwrap(), [hole("a", ""), hole("b", "")]);
        assert_eq!(parse("").unwrap(), []);
        assert_eq!(parse("{r#type}").unwrap(), [hole("type", "")]);
        assert_eq!(
            parse("héllo {x} ü").unwrap(),
            [text("héllo "), hole("x", ""), text(" ü")]
        );
    }

    #[test]
    fn unescapes_doubled_braces() {
        assert_eq!(
            parse("{{literal}} {x}").unwrap(),
            [text("{literal} "), hole("x", "")]
        );
        assert_eq!(parse("a {{b}}").unwrap(), [text("a {b}")]);
    }

    #[test]
    fn rejects_malformed_templates() {
        for bad in [
            "{", "abc {x", "}", "a } b", "{a b}", "{-1}", "{x{y}", "{0x}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(parse("{x").unwrap_err().contains("unmatched `{`"));
        assert!(parse("x}").unwrap_err().contains("unmatched `}`"));
    }

    #[test]
    fn positional_placeholders_have_no_name() {
        assert_eq!(
            parse("{} of {:?}").unwrap(),
            [hole("", ""), text(" of "), hole("", "?")]
        );
    }
}
