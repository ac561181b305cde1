//! Documentation generated from catalogues, so the published page can never
//! drift from the code.
//!
//! ```
//! use error_catalog::{doc, error_catalog};
//!
//! /// Metrics
//! #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
//! #[derive(Debug)]
//! pub enum MetricsError {
//!     #[error(code = 1000, http = 404, message = "The requested metric was not found",
//!             resolution = "Verify the metric name and entity ID exist for this tenant")]
//!     MetricNotFound,
//! }
//!
//! let page = doc::markdown::<MetricsError>();
//! assert!(page.contains("## Metrics `ANALYTICS_1000-1099`"));
//! assert!(page.contains(
//!     "| ANALYTICS_1000 | 404  | METRIC_NOT_FOUND | The requested metric was not found \
//!      | Verify the metric name and entity ID exist for this tenant |"
//! ));
//! ```

use std::fmt::Write as _;

mod html;
mod text;

pub use crate::traits::Section;
use crate::{Catalog, Entry};
pub(crate) use text::json_string;
use text::{cell, for_readers, json_option, placeholders, plural, pointer_token};

/// One catalogue as a page: a heading with its code range and a table
/// `Code | HTTP | Name | Description | Resolution` for each of its sections
/// (a composed catalogue has one per category).
///
/// ```
/// use error_catalog::{doc, error_catalog};
///
/// /// Orders
/// #[error_catalog(prefix = "SHOP", range = 1..=99)]
/// #[derive(Debug)]
/// pub enum OrderError {
///     #[error(code = 1, http = 404, message = "No such order", resolution = "List your orders")]
///     NoSuchOrder,
/// }
///
/// let page = doc::markdown::<OrderError>();
/// assert!(page.starts_with("# Orders\n"));
/// assert!(page.contains("| SHOP_1 | 404  | NO_SUCH_ORDER | No such order | List your orders |"));
/// ```
pub fn markdown<C: Catalog>() -> String {
    Page::new(C::TITLE.unwrap_or("Error codes"))
        .catalog::<C>()
        .markdown()
}

/// One catalogue as a JSON array of its entries, for portals and CI.
///
/// ```
/// # use error_catalog::{doc, error_catalog};
/// #[error_catalog(prefix = "X")]
/// #[derive(Debug)]
/// enum Small {
///     #[error(code = 1, http = 404, message = "Not \"found\"")]
///     NotFound,
/// }
///
/// assert_eq!(
///     doc::json::<Small>(),
///     r#"[{"code":1,"code_str":"X_1","name":"NOT_FOUND","http":404,"message":"Not \"found\"","resolution":null,"category":null,"doc_url":null,"description":null,"metadata":{}}]"#
/// );
/// ```
pub fn json<C: Catalog>() -> String {
    Page::new("").catalog::<C>().json()
}

/// Several catalogues as one page, like the eleven categories of an
/// analytics service.
///
/// ```
/// use error_catalog::{doc::Page, error_catalog};
///
/// /// Metrics
/// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
/// #[derive(Debug)]
/// pub enum MetricsError {
///     #[error(code = 1000, http = 404, message = "The requested metric was not found")]
///     MetricNotFound,
/// }
///
/// #[error_catalog(prefix = "ANALYTICS", range = 1100..=1199, title = "Dashboard")]
/// #[derive(Debug)]
/// pub enum DashboardError {
///     #[error(code = 1100, http = 404, message = "The requested dashboard was not found")]
///     DashboardNotFound,
///     #[error(code = 1101, http = 409, message = "A dashboard with this name already exists")]
///     DashboardAlreadyExists,
/// }
///
/// let page = Page::new("Error Codes")
///     .service("the Analytics Service")
///     .catalog::<MetricsError>()
///     .catalog::<DashboardError>();
/// assert_eq!(page.code_count(), 3);
/// assert!(page.markdown().contains(
///     "Complete reference of 3 error codes across 2 categories returned by the Analytics Service."
/// ));
/// ```
#[derive(Debug, Clone)]
pub struct Page {
    title: String,
    service: Option<String>,
    example_body: Option<String>,
    example_shape: Option<ExampleShape>,
    /// The code whose body `shape` shows, when the page names one.
    sample: Option<String>,
    openapi: Option<String>,
    sections: Vec<Section>,
    /// The body of each code, and its content type, where
    /// [`examples`](Self::examples) gives them.
    examples: Vec<EntryExample>,
    /// The address the page is published at, which a `doc_url` that is
    /// this page's names: such a link becomes a link within the page.
    published_at: Option<String>,
    /// The locale of the messages shown, when not each catalogue's default.
    #[cfg(feature = "locale")]
    locale: Option<String>,
}

impl Page {
    /// An empty page with this heading.
    pub fn new(title: impl Into<String>) -> Self {
        Page {
            title: title.into(),
            service: None,
            example_body: None,
            example_shape: None,
            sample: None,
            openapi: None,
            sections: Vec::new(),
            examples: Vec::new(),
            published_at: None,
            #[cfg(feature = "locale")]
            locale: None,
        }
    }

    /// Shows each message and resolution in locale `tag`, where its
    /// catalogue has that locale (see [`locale`](crate::locale)), each
    /// placeholder written `{name}` as in the enum, a plural by its default
    /// variant; in the catalogue's own words elsewhere.
    ///
    /// ```
    /// use error_catalog::{doc::Page, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let page = Page::new("Fehlercodes").catalog::<ShopError>().locale("de");
    /// assert!(page.markdown().contains("| Keine Bestellung `{id}` | Prüfen Sie die Nummer der Bestellung |"));
    /// assert!(page.json().contains(r#""message":"Keine Bestellung {id}""#));
    /// ```
    #[cfg(feature = "locale")]
    #[must_use]
    pub fn locale(mut self, tag: impl Into<String>) -> Self {
        self.locale = Some(tag.into());
        self
    }

    /// The description of `entry` in the page's locale, where its
    /// catalogue has one there.
    fn translated_description(&self, entry: &'static Entry) -> Option<String> {
        #[cfg(feature = "locale")]
        if let (Some(tag), Some(locales)) = (&self.locale, entry.locales()) {
            let id = crate::locales::Locales::id_of(entry.code_str());
            return locales.template(tag, &id, Some("description"));
        }
        let _ = entry;
        None
    }

    /// The message and resolution of `entry` in the page's locale: each
    /// `None` where its catalogue has no such text.
    fn translated(&self, entry: &'static Entry) -> (Option<String>, Option<String>) {
        #[cfg(feature = "locale")]
        if let Some(tag) = &self.locale {
            return (
                crate::CatalogError::public_message_in(&entry, tag)
                    .map(std::borrow::Cow::into_owned),
                crate::CatalogError::resolution_in(&entry, tag),
            );
        }
        let _ = entry;
        (None, None)
    }

    /// Who returns these errors, for the summary line: "... returned by
    /// `service`."
    #[must_use]
    pub fn service(mut self, service: impl Into<String>) -> Self {
        self.service = Some(service.into());
        self
    }

    /// A sample body, shown under "Error response format".
    #[must_use]
    pub fn example_body(mut self, json: impl Into<String>) -> Self {
        self.example_body = Some(json.into());
        self
    }

    /// Shows under "Error response format" the body of the page's first
    /// code in shape `S`, and its content type: what the catalogue's
    /// responses send, written from the same code as they are.
    ///
    /// ```
    /// use error_catalog::{body::Problem, doc::Page, error_catalog};
    ///
    /// /// Orders
    /// #[error_catalog(prefix = "SHOP", body = Problem)]
    /// #[derive(Debug)]
    /// pub enum OrderError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let page = Page::new("Errors").catalog::<OrderError>().shape::<Problem<OrderError>>();
    /// assert!(page.markdown().contains(
    ///     "## Error response format\n\nSent as `application/problem+json`:\n\n```json\n{\n  \"type\": \"about:blank\","
    /// ));
    /// ```
    #[cfg(feature = "json")]
    #[must_use]
    pub fn shape<S: crate::body::Shape>(mut self) -> Self {
        fn render<S: crate::body::Shape>(entry: &'static Entry) -> Option<String> {
            serde_json::to_string_pretty(&crate::body::Shaped::<S, _>::new(entry)).ok()
        }
        self.example_shape = Some((S::CONTENT_TYPE, render::<S>));
        self
    }

    /// The code whose body "Error response format" shows (see
    /// [`shape`](Self::shape)); by default the first code of the page whose
    /// message has no placeholder, else the first.
    ///
    /// ```
    /// use error_catalog::{body::Problem, doc::Page, error_catalog};
    ///
    /// #[error_catalog(rename_all = "snake_case")]
    /// #[derive(Debug)]
    /// pub enum PaymentError {
    ///     #[error(http = 402, message = "The card was declined")]
    ///     CardDeclined,
    ///     #[error(http = 404, message = "No such customer")]
    ///     ResourceMissing,
    /// }
    ///
    /// let page = Page::new("Errors")
    ///     .catalog::<PaymentError>()
    ///     .shape::<Problem>()
    ///     .sample("resource_missing");
    /// assert!(page.markdown().contains("\"detail\": \"No such customer\""));
    /// ```
    #[cfg(feature = "json")]
    #[must_use]
    pub fn sample(mut self, code_str: impl Into<String>) -> Self {
        self.sample = Some(code_str.into());
        self
    }

    /// Links each code to its example in the OpenAPI document at
    /// `document` (a URL or a relative path), under
    /// `components/examples`, where
    #[cfg_attr(
        feature = "openapi",
        doc = "[`openapi::Examples`](crate::openapi::Examples)"
    )]
    #[cfg_attr(
        not(feature = "openapi"),
        doc = "`openapi::Examples` (feature `openapi`)"
    )]
    /// puts them: the link is `document#/components/examples/CODE`, a JSON
    /// pointer (RFC 6901) in the fragment.
    ///
    /// ```
    /// use error_catalog::{doc::Page, error_catalog};
    ///
    /// /// Orders
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum OrderError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let page = Page::new("Errors").catalog::<OrderError>().openapi("openapi.json");
    /// assert!(page
    ///     .markdown()
    ///     .contains("| [SHOP_1](openapi.json#/components/examples/SHOP_1) | 404  |"));
    /// ```
    #[must_use]
    pub fn openapi(mut self, document: impl Into<String>) -> Self {
        self.openapi = Some(document.into());
        self
    }

    /// Adds catalogue `C`'s sections: one for a catalogue, one per category
    /// for a composed one ([`Catalog::SECTIONS`]).
    #[must_use]
    pub fn catalog<C: Catalog>(mut self) -> Self {
        self.sections.extend_from_slice(C::SECTIONS);
        self
    }

    /// The sections, in the order they were added.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// How many codes the page lists: the figure its summary line states.
    pub fn code_count(&self) -> usize {
        self.sections
            .iter()
            .map(|section| section.entries().len())
            .sum()
    }

    /// The entry with this numeric code, in any section.
    pub fn lookup(&self, code: u32) -> Option<&'static Entry> {
        self.sections
            .iter()
            .flat_map(|section| section.entries())
            .find(|entry| entry.number() == Some(code))
    }

    /// The entry with this code string, in any section.
    pub fn lookup_str(&self, code: &str) -> Option<&'static Entry> {
        self.sections
            .iter()
            .flat_map(|section| section.entries())
            .find(|entry| entry.code_str() == code)
    }

    /// The summary line: "Complete reference of 3 error codes across 2
    /// categories returned by the service."
    fn summary(&self) -> String {
        let codes = self.code_count();
        let categories = self.sections.len();
        let mut out = format!(
            "Complete reference of {codes} error {} across {categories} {}",
            plural(codes, "code", "codes"),
            plural(categories, "category", "categories"),
        );
        if let Some(service) = &self.service {
            let _ = write!(out, " returned by {service}");
        }
        out.push('.');
        out
    }

    /// Shows in the HTML page the body of each code of catalogue `C`
    /// (added with [`catalog`](Self::catalog)), as `C` sends it, with its
    /// content type, collapsed until asked for (a body sent as XML, with
    /// the feature `xml`).
    ///
    /// ```
    /// use error_catalog::{doc::Page, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", body = Problem)]
    /// #[derive(Debug)]
    /// pub enum OrderError {
    ///     #[error(code = 1, http = 404, message = "No order {id}")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let html = Page::new("Errors").catalog::<OrderError>().examples::<OrderError>().html();
    /// assert!(html.contains("<p>Sent as <code>application/problem+json</code></p>"));
    /// assert!(html.contains(r#""detail": "No order {id}""#));
    /// ```
    #[cfg(feature = "json")]
    #[must_use]
    pub fn examples<C: crate::body::Respond + Catalog>(mut self) -> Self {
        fn render<C: crate::body::Respond + Catalog>(
            entry: &'static Entry,
        ) -> Option<(&'static str, String)> {
            struct Sent<C>(&'static Entry, std::marker::PhantomData<fn() -> C>);

            impl<C: crate::body::Respond + Catalog> serde::Serialize for Sent<C> {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    C::serialize_entry(self.0, serializer)
                }
            }

            // An entry of `C`, as `C` holds it.
            let entry = C::lookup_str(entry.code_str())?;
            let content_type = C::entry_content_type(entry);
            let sent = Sent::<C>(entry, std::marker::PhantomData);
            let body = match C::entry_xml_document(entry) {
                Some(document) => xml_body(&document, &sent)?,
                None if content_type.starts_with("text/") => {
                    serde_json::to_value(&sent).ok()?.as_str()?.to_owned()
                }
                None => serde_json::to_string_pretty(&sent).ok()?,
            };
            Some((content_type, body))
        }
        self.examples.push(render::<C>);
        self
    }

    /// Says the page is published at `url`: a `doc_url` that is `url`
    /// followed by `#` and a code's anchor links within the page, so that
    /// `doc_url = "https://docs.example.com/errors.html#{code_str}"` makes
    /// every code's page its row here.
    ///
    /// ```
    /// use error_catalog::{doc::Page, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", doc_url = "https://docs.example.com/errors.html#{code_str}")]
    /// #[derive(Debug)]
    /// pub enum OrderError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let html = Page::new("Errors")
    ///     .catalog::<OrderError>()
    ///     .published_at("https://docs.example.com/errors.html")
    ///     .html();
    /// assert!(html.contains("<tr id=\"SHOP_1\""));
    /// assert!(html.contains("<a href=\"#SHOP_1\">#SHOP_1</a>"));
    /// ```
    #[must_use]
    pub fn published_at(mut self, url: impl Into<String>) -> Self {
        self.published_at = Some(url.into());
        self
    }

    /// The page as one self-contained HTML document: the heading and the
    /// summary, a filter box that narrows the rows as one types, and a
    /// section per category with a table of its codes, each row with an
    /// anchor `#CODE`, its texts (placeholders marked), metadata, link and
    /// example body. Its style and script are inline and its
    /// Content-Security-Policy lets it fetch nothing: it opens from disk.
    /// Every text is escaped.
    ///
    /// ```
    /// use error_catalog::{doc::Page, error_catalog};
    ///
    /// /// Orders
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum OrderError {
    ///     #[error(code = 1, http = 404, message = "No <b>order</b> {id}")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let html = Page::new("Errors").catalog::<OrderError>().html();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains("<td>No &lt;b&gt;order&lt;/b&gt; <code>{id}</code></td>"));
    /// ```
    pub fn html(&self) -> String {
        let parts: Vec<html::Part<'_>> = self
            .sections
            .iter()
            .map(|section| html::Part {
                title: section.title().unwrap_or("Errors"),
                range: section.range_label(),
                rows: section
                    .entries()
                    .iter()
                    .map(|entry| self.html_row(entry))
                    .collect(),
                descriptions: section
                    .entries()
                    .iter()
                    .filter_map(|entry| {
                        let description = self
                            .translated_description(entry)
                            .or_else(|| entry.description().map(str::to_owned))?;
                        Some((entry.code_str(), description))
                    })
                    .collect(),
            })
            .collect();
        let example = match (&self.example_body, self.example_shape) {
            (Some(body), _) => Some(("application/json", body.clone())),
            (None, Some((content_type, render))) => self
                .sample_entry()
                .and_then(render)
                .map(|body| (content_type, body)),
            (None, None) => None,
        };
        html::document(
            self.lang(),
            &self.title,
            &self.summary(),
            example
                .as_ref()
                .map(|(content_type, body)| (*content_type, body.as_str())),
            &parts,
        )
    }

    /// One entry's row of the HTML page.
    fn html_row(&self, entry: &'static Entry) -> html::Row<'static> {
        let (message, resolution) = self.translated(entry);
        let doc_link = entry.doc_url().map(|url| {
            match self
                .published_at
                .as_deref()
                .and_then(|page| url.strip_prefix(page)?.strip_prefix('#'))
            {
                Some(anchor) => format!("#{anchor}"),
                None => url.to_owned(),
            }
        });
        html::Row {
            code_str: entry.code_str(),
            status: entry.status().as_u16(),
            name: entry.name(),
            message: message.unwrap_or_else(|| entry.public_message().to_owned()),
            resolution: resolution.or_else(|| entry.resolution().map(str::to_owned)),
            metadata: entry.metadata(),
            doc_link,
            example: self.examples.iter().find_map(|render| render(entry)),
        }
    }

    /// The language of the page's text: its locale, else English.
    fn lang(&self) -> &str {
        #[cfg(feature = "locale")]
        if let Some(tag) = &self.locale {
            return tag;
        }
        "en"
    }

    /// The page in Markdown.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", cell(&self.title));
        out.push_str(&self.summary());
        out.push('\n');
        if let Some(body) = &self.example_body {
            let _ = write!(out, "\n## Error response format\n\n```json\n{body}\n```\n");
        } else if let Some((content_type, render)) = self.example_shape {
            let sample = self.sample_entry();
            if let Some(body) = sample.and_then(render) {
                let _ = write!(
                    out,
                    "\n## Error response format\n\nSent as `{content_type}`:\n\n```json\n{body}\n```\n"
                );
                let holes = sample
                    .map(|entry| placeholders(entry.message()))
                    .unwrap_or_default();
                if !holes.is_empty() {
                    let _ = writeln!(
                        out,
                        "\n{} in the message {} the value of the error's field of that name.",
                        holes.join(", "),
                        plural(holes.len(), "stands for", "stand for"),
                    );
                }
            }
        }
        for section in &self.sections {
            out.push_str("\n## ");
            out.push_str(&cell(section.title().unwrap_or("Errors")));
            if let Some(range) = section.range_label() {
                let _ = write!(out, " `{range}`");
            }
            out.push_str("\n\n");
            table(
                &mut out,
                section.entries(),
                self.openapi.as_deref(),
                &|entry| {
                    let (message, resolution) = self.translated(entry);
                    (
                        for_readers(message.as_deref().unwrap_or(entry.public_message())),
                        resolution.or_else(|| entry.resolution().map(str::to_owned)),
                    )
                },
            );
            descriptions(&mut out, section.entries(), &|entry| {
                self.translated_description(entry)
                    .or_else(|| entry.description().map(str::to_owned))
            });
        }
        out
    }

    /// Every entry of the page as a JSON array, with its section's title as
    /// `category`.
    pub fn json(&self) -> String {
        let mut out = String::from("[");
        let mut first = true;
        for section in &self.sections {
            for entry in section.entries() {
                if !first {
                    out.push(',');
                }
                first = false;
                let (message, resolution) = self.translated(entry);
                let message = message.unwrap_or_else(|| entry.message().to_owned());
                let resolution = resolution.or_else(|| entry.resolution().map(str::to_owned));
                let description = self
                    .translated_description(entry)
                    .or_else(|| entry.description().map(str::to_owned));
                let _ = write!(
                    out,
                    "{{\"code\":{},\"code_str\":{},\"name\":{},\"http\":{},\"message\":{},\"resolution\":{},\"category\":{},\"doc_url\":{},\"description\":{},\"metadata\":{{",
                    entry.number().map_or_else(|| "null".to_owned(), |code| code.to_string()),
                    json_string(entry.code_str()),
                    json_string(entry.name()),
                    entry.status().as_u16(),
                    json_string(&message),
                    json_option(resolution.as_deref()),
                    json_option(section.title()),
                    json_option(entry.doc_url()),
                    json_option(description.as_deref()),
                );
                for (index, (key, value)) in entry.metadata().iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    let _ = write!(out, "{}:{}", json_string(key), json_string(value));
                }
                out.push_str("}}");
            }
        }
        out.push(']');
        out
    }
}

/// A Markdown table of `entries`, its columns padded to one width so that
/// it reads as a table in a terminal too; a column for each metadata key
/// the entries have, after the fixed ones. With `openapi`, each code links
/// to its example in that document.
fn table(
    out: &mut String,
    entries: &'static [Entry],
    openapi: Option<&str>,
    texts: &dyn Fn(&'static Entry) -> (String, Option<String>),
) {
    let mut header: Vec<&str> = vec!["Code", "HTTP", "Name", "Description", "Resolution"];
    let fixed = header.len();
    for entry in entries {
        for (key, _) in entry.metadata() {
            if !header[fixed..].contains(key) {
                header.push(key);
            }
        }
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|entry| {
            let code = match openapi {
                Some(document) => format!(
                    "[{}]({document}#/components/examples/{})",
                    cell(entry.code_str()),
                    pointer_token(entry.code_str()),
                ),
                None => cell(entry.code_str()),
            };
            let (message, resolution) = texts(entry);
            let mut row = vec![
                code,
                entry.status().as_u16().to_string(),
                cell(entry.name()),
                cell(&message),
                cell(resolution.as_deref().unwrap_or("")),
            ];
            row.extend(
                header[fixed..]
                    .iter()
                    .map(|key| cell(entry.meta(key).unwrap_or(""))),
            );
            row
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|title| title.chars().count()).collect();
    for row in &rows {
        for (width, text) in widths.iter_mut().zip(row) {
            *width = (*width).max(text.chars().count());
        }
    }
    let mut line = |cells: &[&str]| {
        for (text, &width) in cells.iter().zip(&widths) {
            let _ = write!(out, "| {text:<width$} ");
        }
        out.push_str("|\n");
    };
    line(&header);
    let rules: Vec<String> = widths.iter().map(|&width| "-".repeat(width)).collect();
    line(&rules.iter().map(String::as_str).collect::<Vec<_>>());
    for row in &rows {
        line(&row.iter().map(String::as_str).collect::<Vec<_>>());
    }
}

/// The long descriptions of a section's codes, under the table, each under
/// its code string.
fn descriptions(
    out: &mut String,
    entries: &'static [Entry],
    description: &dyn Fn(&'static Entry) -> Option<String>,
) {
    for entry in entries {
        if let Some(description) = description(entry) {
            let _ = write!(out, "\n### `{}`\n\n{description}\n", entry.code_str());
        }
    }
}

impl Page {
    /// The entry whose body the page shows: the one [`sample`](Self::sample)
    /// names, else the first whose message has no placeholder, else the
    /// first.
    fn sample_entry(&self) -> Option<&'static Entry> {
        let entries = || self.sections.iter().flat_map(|section| section.entries());
        if let Some(code) = &self.sample {
            if let Some(named) = entries().find(|entry| entry.code_str() == code) {
                return Some(named);
            }
        }
        entries()
            .find(|entry| placeholders(entry.message()).is_empty())
            .or_else(|| entries().next())
    }
}

/// The content type and the writer of `Page::shape::<S>()`.
type ExampleShape = (&'static str, fn(&'static Entry) -> Option<String>);

/// `body` in `document`, with the feature `xml`.
#[cfg(feature = "json")]
fn xml_body(document: &crate::body::XmlDocument, body: &impl serde::Serialize) -> Option<String> {
    #[cfg(feature = "xml")]
    return crate::body::xml_written(document, body).ok();
    #[cfg(not(feature = "xml"))]
    return {
        let _ = (document, body);
        None
    };
}

/// The writer of `Page::examples::<C>()`: an entry of `C`'s body and
/// content type, `None` for an entry of another catalogue.
type EntryExample = fn(&'static Entry) -> Option<(&'static str, String)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_marked_for_readers() {
        assert_eq!(for_readers("Invalid SKU {sku:?}"), "Invalid SKU `{sku}`");
        assert_eq!(for_readers("{0} of {max:>4}"), "`{0}` of `{max}`");
        assert_eq!(for_readers("Use {{braces}} {x}"), "Use {braces} `{x}`");
        assert_eq!(for_readers("Unclosed { here"), "Unclosed { here");
        assert_eq!(for_readers("Lone } here"), "Lone } here");
        assert_eq!(for_readers("plain"), "plain");
        assert_eq!(for_readers("é{ü}é"), "é`{ü}`é");
    }

    #[test]
    fn codes_become_json_pointer_fragments() {
        assert_eq!(pointer_token("SHOP_1"), "SHOP_1");
        assert_eq!(pointer_token("a/b~c"), "a~1b~0c");
        assert_eq!(pointer_token("x y#é%"), "x%20y%23%C3%A9%25");
    }

    #[test]
    fn cells_never_break_the_table() {
        assert_eq!(cell("a | b"), "a &#124; b");
        assert_eq!(
            cell("line\nnext\r\nlast\rend"),
            "line<br>next<br>last<br>end"
        );
        assert_eq!(
            cell("metrics.example/\\<path\\>"),
            "metrics.example/\\<path\\>"
        );
        assert_eq!(cell("plain"), "plain");
        for text in ["|", "\n", "a|\n|b", "\\|", "\r\n\r"] {
            let escaped = cell(text);
            assert!(!escaped.contains(['|', '\n', '\r']), "{escaped:?}");
        }
    }

    #[test]
    fn tables_are_aligned() {
        static ENTRIES: [Entry; 2] = [
            Entry::new(1, "X_1", "ONE", http::StatusCode::NOT_FOUND, "short"),
            Entry::new(
                22,
                "X_22",
                "TWENTY_TWO",
                http::StatusCode::GONE,
                "a longer | text",
            )
            .with_resolution("retry"),
        ];
        let mut out = String::new();
        table(&mut out, &ENTRIES, None, &|entry| {
            (
                for_readers(entry.public_message()),
                entry.resolution().map(str::to_owned),
            )
        });
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(
            lines[0],
            "| Code | HTTP | Name       | Description          | Resolution |"
        );
        assert_eq!(
            lines[1],
            "| ---- | ---- | ---------- | -------------------- | ---------- |"
        );
        assert_eq!(
            lines[2],
            "| X_1  | 404  | ONE        | short                |            |"
        );
        assert_eq!(
            lines[3],
            "| X_22 | 410  | TWENTY_TWO | a longer &#124; text | retry      |"
        );
    }

    #[test]
    fn json_strings_round_trip() {
        for text in [
            "",
            "plain",
            "quote \" and \\ backslash",
            "tab\tnew\nline\r",
            "\u{1}\u{1f}",
            "ünï 🦀",
        ] {
            let parsed: String = serde_json::from_str(&json_string(text)).unwrap();
            assert_eq!(parsed, text);
        }
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1, "code", "codes"), "code");
        assert_eq!(plural(0, "code", "codes"), "codes");
        assert_eq!(plural(52, "code", "codes"), "codes");
    }
}
