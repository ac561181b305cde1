//! The reference page as one self-contained HTML document: its style and
//! its one script inline, and a Content-Security-Policy that lets the page
//! fetch nothing, so that it opens from disk or any static host and no
//! request leaves it. Every text is escaped: a message holding `<script>`
//! shows as text.

use std::fmt::Write as _;

use super::text::{walk, Piece};

/// One row of the page: an entry's texts as the page shows them.
pub(super) struct Row<'a> {
    pub code_str: &'a str,
    pub status: u16,
    pub name: &'a str,
    /// The message template: its placeholders are marked.
    pub message: String,
    pub resolution: Option<String>,
    pub metadata: &'a [(&'static str, &'static str)],
    /// The documentation link, as the page links it: `#CODE` for a page
    /// that is the link's own.
    pub doc_link: Option<String>,
    /// The body sent for the code, and its content type.
    pub example: Option<(&'static str, String)>,
}

/// One section: its title, its range, its rows, and the long
/// descriptions of its codes.
pub(super) struct Part<'a> {
    pub title: &'a str,
    pub range: Option<&'a str>,
    pub rows: Vec<Row<'a>>,
    pub descriptions: Vec<(&'a str, String)>,
}

/// The whole document.
pub(super) fn document(
    lang: &str,
    title: &str,
    summary: &str,
    example: Option<(&str, &str)>,
    parts: &[Part<'_>],
) -> String {
    let codes: usize = parts.iter().map(|part| part.rows.len()).sum();
    let mut out = String::with_capacity(1024 + codes * 700);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(lang),
        escape(title),
    );
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p>{}</p>\n</header>\n<main>\n",
        escape(title),
        escape(summary)
    );
    let _ = write!(
        out,
        "<search class=\"filter\">\n<label for=\"filter\">Filter the codes</label>\n\
         <input id=\"filter\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" \
         placeholder=\"Code, name, status or text\" aria-describedby=\"shown\">\n\
         <p id=\"shown\" role=\"status\">{codes} of {codes} codes</p>\n</search>\n"
    );
    if let Some((content_type, body)) = example {
        let _ = write!(
            out,
            "<section aria-labelledby=\"format\">\n<h2 id=\"format\">Error response format</h2>\n\
             <p>Sent as <code>{}</code>:</p>\n<pre><code>{}</code></pre>\n</section>\n",
            escape(content_type),
            text(body)
        );
    }
    for (index, part) in parts.iter().enumerate() {
        section(&mut out, index, part);
    }
    let _ = write!(
        out,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

fn section(out: &mut String, index: usize, part: &Part<'_>) {
    let _ = write!(
        out,
        "<section aria-labelledby=\"section-{index}\">\n<h2 id=\"section-{index}\">{}",
        escape(part.title)
    );
    if let Some(range) = part.range {
        let _ = write!(out, " <span class=\"range\">{}</span>", escape(range));
    }
    out.push_str("</h2>\n");
    let mut keys: Vec<&str> = Vec::new();
    for row in &part.rows {
        for (key, _) in row.metadata {
            if !keys.contains(key) {
                keys.push(key);
            }
        }
    }
    let _ = write!(
        out,
        "<div class=\"scroll\"><table aria-labelledby=\"section-{index}\">\n<thead><tr>\
         <th scope=\"col\">Code</th><th scope=\"col\">HTTP</th><th scope=\"col\">Name</th>\
         <th scope=\"col\">Description</th><th scope=\"col\">Resolution</th>"
    );
    for key in &keys {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(key));
    }
    // A column no row fills is left out.
    let columns = Columns {
        links: part.rows.iter().any(|row| row.doc_link.is_some()),
        examples: part.rows.iter().any(|row| row.example.is_some()),
    };
    if columns.links {
        out.push_str("<th scope=\"col\">Documentation</th>");
    }
    if columns.examples {
        out.push_str("<th scope=\"col\">Example</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &part.rows {
        table_row(out, row, &keys, columns);
    }
    out.push_str("</tbody>\n</table></div>\n");
    for (code_str, description) in &part.descriptions {
        let _ = write!(
            out,
            "<h3 id=\"{}-description\">{}</h3>\n<p>{}</p>\n",
            escape(code_str),
            escape(code_str),
            escape(description)
        );
    }
    out.push_str("</section>\n");
}

/// The columns a section's table has besides the fixed ones.
#[derive(Clone, Copy)]
struct Columns {
    links: bool,
    examples: bool,
}

fn table_row(out: &mut String, row: &Row<'_>, keys: &[&str], columns: Columns) {
    let id = escape(row.code_str);
    let _ = write!(
        out,
        "<tr id=\"{id}\"><th scope=\"row\"><a href=\"#{}\">{id}</a></th>\
         <td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
        escape(&fragment(row.code_str)),
        row.status,
        escape(row.name),
        marked(&row.message),
        escape(row.resolution.as_deref().unwrap_or_default()),
    );
    for key in keys {
        let value = row
            .metadata
            .iter()
            .find(|(own, _)| own == key)
            .map_or("", |(_, value)| value);
        let _ = write!(out, "<td>{}</td>", escape(value));
    }
    match &row.doc_link {
        _ if !columns.links => {}
        Some(link) => {
            let _ = write!(
                out,
                "<td><a href=\"{}\">{}</a></td>",
                escape(link),
                escape(link)
            );
        }
        None => out.push_str("<td></td>"),
    }
    match &row.example {
        _ if !columns.examples => {}
        Some((content_type, body)) if body.is_empty() => {
            let _ = write!(
                out,
                "<td>Sent as <code>{}</code></td>",
                escape(content_type)
            );
        }
        Some((content_type, body)) => {
            let _ = write!(
                out,
                "<td><details><summary>Body of <span class=\"code\">{id}</span></summary>\
                 <p>Sent as <code>{}</code></p><pre><code>{}</code></pre></details></td>",
                escape(content_type),
                text(body)
            );
        }
        None => out.push_str("<td></td>"),
    }
    out.push_str("</tr>\n");
}

/// A message template as the page shows it: its text escaped, each
/// placeholder marked as code, `<code>{sku}</code>`.
fn marked(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    walk(template, |piece| match piece {
        Piece::Text(text) => out.push_str(&escape(text)),
        Piece::Hole(name) => {
            let _ = write!(out, "<code>{{{}}}</code>", escape(name));
        }
    });
    out
}

/// Text made safe for HTML inside an element, where quotes need no escape
/// (a body's JSON is mostly quotes).
fn text(text: &str) -> String {
    escaped(text, false)
}

/// Text made safe for HTML, in an element or a quoted attribute.
pub(super) fn escape(text: &str) -> String {
    escaped(text, true)
}

fn escaped(text: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `code` as a URI fragment: every byte outside what a fragment may hold
/// percent-encoded, which the browser decodes to find the row's id.
fn fragment(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for byte in code.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --head: #f6f8fa; --accent: #0550ae; --mark: #fff8c5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #30363d; --head: #161b22; --accent: #6cb6ff; --mark: #3b2e00; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 96rem; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.8rem; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; font-family: ui-monospace, monospace; }
.range { color: var(--muted); font-weight: normal; font-family: ui-monospace, monospace; font-size: 1rem; }
a { color: var(--accent); }
a:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.filter { position: sticky; top: 0; background: var(--bg); padding: .5rem 0; display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; border-bottom: 1px solid var(--line); }
.filter input { font: inherit; padding: .35rem .5rem; min-width: 18rem; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; }
.filter p { margin: 0; color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
tbody th { font-family: ui-monospace, monospace; font-weight: normal; white-space: nowrap; }
tr:target { background: var(--mark); }
code, pre, .code { font-family: ui-monospace, monospace; font-size: .9em; }
pre { margin: .25rem 0; padding: .5rem; background: var(--head); border: 1px solid var(--line); overflow-x: auto; max-width: 40rem; }
summary { cursor: pointer; color: var(--accent); }
details p { margin: .25rem 0; }
[hidden] { display: none !important; }
@media print {
  .filter { display: none; }
  body { max-width: none; padding: 0; font-size: 11px; }
  a { color: inherit; }
  tr { break-inside: avoid; }
}
"#;

const SCRIPT: &str = r#"
(() => {
  const input = document.getElementById("filter");
  const shown = document.getElementById("shown");
  const rows = Array.from(document.querySelectorAll("tbody tr"));
  // What the filter matches, read once, when first asked: the code, the
  // status, the name, the description and the resolution.
  let texts = null;
  const text = (row) => Array.from(row.cells).slice(0, 5).map((cell) => cell.textContent).join(" ").toLowerCase();
  const sections = Array.from(document.querySelectorAll("section")).filter((s) => s.querySelector("tbody"));
  const total = rows.length;
  const apply = () => {
    const wanted = input.value.trim().toLowerCase();
    texts = texts || rows.map(text);
    let count = 0;
    rows.forEach((row, at) => {
      const hit = wanted === "" || texts[at].includes(wanted);
      row.hidden = !hit;
      if (hit) count += 1;
    });
    for (const section of sections) {
      section.hidden = !section.querySelector("tbody tr:not([hidden])");
    }
    shown.textContent = count + " of " + total + " codes";
  };
  input.addEventListener("input", apply);
  // A link to a hidden row shows it again.
  window.addEventListener("hashchange", () => {
    const row = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (row && row.hidden) { input.value = ""; apply(); row.scrollIntoView(); }
  });
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_escaped_where_they_stand() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(text(r#"{"a": "<b>&"}"#), r#"{"a": "&lt;b&gt;&amp;"}"#);
        assert_eq!(
            marked("Bad <i>{sku:?}</i> {{x}}"),
            "Bad &lt;i&gt;<code>{sku}</code>&lt;/i&gt; {x}"
        );
    }

    #[test]
    fn anchors_are_fragments() {
        assert_eq!(fragment("ANALYTICS_1000"), "ANALYTICS_1000");
        assert_eq!(fragment("a b\"<"), "a%20b%22%3C");
        assert_eq!(fragment("é"), "%C3%A9");
    }
}
