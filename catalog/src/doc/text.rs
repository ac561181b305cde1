//! Text as the pages write it: a message template read piece by piece,
//! placeholders marked for readers, and the escapes of Markdown cells,
//! JSON strings and URI fragments.

use std::fmt::Write as _;

/// The placeholders of a message template, each marked as the page marks
/// them (`` `{sku}` ``), in order, each once.
pub(super) fn placeholders(template: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    walk(template, |piece| {
        if let Piece::Hole(name) = piece {
            let hole = format!("`{{{name}}}`");
            if !found.contains(&hole) {
                found.push(hole);
            }
        }
    });
    found
}

/// A message template as the page shows it: what a client gets, with each
/// placeholder marked as one (`` `{sku}` ``, its format spec dropped) and
/// `{{` / `}}` single. An unclosed `{` is kept as written.
pub(super) fn for_readers(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    walk(template, |piece| match piece {
        Piece::Text(text) => out.push_str(text),
        Piece::Hole(name) => {
            let _ = write!(out, "`{{{name}}}`");
        }
    });
    out
}

/// A run of a message template: literal text, or a placeholder's name.
pub(super) enum Piece<'a> {
    Text(&'a str),
    Hole(&'a str),
}

/// Reads a message template as `format!` would, piece by piece: `{{` and
/// `}}` as single braces, each placeholder by its name (its format spec
/// dropped), an unclosed `{` as text.
pub(super) fn walk<'a>(template: &'a str, mut each: impl FnMut(Piece<'a>)) {
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        each(Piece::Text(&rest[..at]));
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            each(Piece::Text(&tail[..1]));
            rest = &tail[2..];
        } else if let (true, Some(end)) = (tail.starts_with('{'), tail.find('}')) {
            let inside = &tail[1..end];
            each(Piece::Hole(
                inside.split(':').next().unwrap_or_default().trim(),
            ));
            rest = &tail[end + 1..];
        } else {
            each(Piece::Text(&tail[..1]));
            rest = &tail[1..];
        }
    }
    each(Piece::Text(rest));
}

/// `code` as one token of a JSON pointer in a URI fragment: `~` and `/`
/// escaped as RFC 6901 asks, then every byte outside the characters a
/// fragment may hold percent-encoded.
pub(super) fn pointer_token(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for byte in code.replace('~', "~0").replace('/', "~1").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

pub(super) fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        many
    }
}

/// Text made safe for one cell of a Markdown table: a `|` or a line break
/// would end the cell or the row. Other Markdown (links, emphasis, `\<`)
/// is kept, since catalogue texts are written for the page; `|` becomes an
/// entity rather than `\|`, which a backslash before it would undo.
pub(super) fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("&#124;"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

pub(super) fn json_option(text: Option<&str>) -> String {
    text.map_or_else(|| "null".to_owned(), json_string)
}

/// A JSON string literal (RFC 8259): quotes, backslashes and control
/// characters escaped. Also writes the lock file's strings.
pub(crate) fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
