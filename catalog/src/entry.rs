use core::fmt;

use http::StatusCode;

use crate::const_str::str_eq;

/// The static description of one error code: one row of the catalogue.
///
/// Entries are built by [`#[error_catalog]`](crate::error_catalog) at compile
/// time and live in a `static`; every accessor is a plain field read.
///
/// ```
/// use error_catalog::{error_catalog, Catalog};
///
/// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
/// #[derive(Debug)]
/// pub enum MetricsError {
///     #[error(code = 1000, http = 404, message = "The requested metric was not found",
///             resolution = "Verify the metric name and entity ID exist for this tenant")]
///     MetricNotFound,
/// }
///
/// let entry = MetricsError::lookup(1000).unwrap();
/// assert_eq!(entry.code(), 1000);
/// assert_eq!(entry.code_str(), "ANALYTICS_1000");
/// assert_eq!(entry.name(), "METRIC_NOT_FOUND");
/// assert_eq!(entry.status().as_u16(), 404);
/// assert_eq!(entry.message(), "The requested metric was not found");
/// assert_eq!(entry.resolution(), Some("Verify the metric name and entity ID exist for this tenant"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    code: u32,
    /// False in a catalogue without numbers, whose entries `code` leaves 0.
    numbered: bool,
    code_str: &'static str,
    name: &'static str,
    status: StatusCode,
    message: &'static str,
    public_message: &'static str,
    resolution: Option<&'static str>,
    title: &'static str,
    doc_url: Option<&'static str>,
    description: Option<&'static str>,
    metadata: &'static [(&'static str, &'static str)],
    headers: &'static [(&'static str, &'static str)],
    #[cfg(feature = "locale")]
    locales: crate::locales::LocalesOf,
}

impl Entry {
    /// An entry for a catalogue written by hand (the macro checks its
    /// entries; here the values are taken as given). Its title is the
    /// message; it has no resolution and no documentation page until the
    /// `with_*` methods give them.
    ///
    /// ```
    /// use error_catalog::{http::StatusCode, Catalog, Entry};
    ///
    /// struct Legacy;
    ///
    /// impl Catalog for Legacy {
    ///     const ENTRIES: &'static [Entry] = &[
    ///         Entry::new(1, "L1", "FIRST", StatusCode::NOT_FOUND, "First")
    ///             .with_resolution("Try the second"),
    ///         Entry::new(2, "L2", "SECOND", StatusCode::GONE, "Second"),
    ///     ];
    /// }
    ///
    /// assert_eq!(Legacy::lookup_str("L1").unwrap().resolution(), Some("Try the second"));
    /// ```
    #[must_use]
    pub const fn new(
        code: u32,
        code_str: &'static str,
        name: &'static str,
        status: StatusCode,
        message: &'static str,
    ) -> Self {
        Entry {
            code,
            numbered: true,
            code_str,
            name,
            status,
            message,
            public_message: message,
            resolution: None,
            title: message,
            doc_url: None,
            description: None,
            metadata: &[],
            headers: &[],
            #[cfg(feature = "locale")]
            locales: crate::locales::LocalesOf::NONE,
        }
    }

    /// An entry of a catalogue without numbers, keyed by its code string
    /// alone (`card_declined`): its [`number`](Self::number) is `None`.
    ///
    /// ```
    /// use error_catalog::{http::StatusCode, Catalog, Entry};
    ///
    /// struct Payments;
    ///
    /// impl Catalog for Payments {
    ///     const ENTRIES: &'static [Entry] = &[Entry::without_number(
    ///         "card_declined",
    ///         "card_declined",
    ///         StatusCode::PAYMENT_REQUIRED,
    ///         "The card was declined",
    ///     )];
    /// }
    ///
    /// let entry = Payments::lookup_str("card_declined").unwrap();
    /// assert_eq!(entry.number(), None);
    /// assert_eq!(Payments::lookup(0), None);
    /// ```
    #[must_use]
    pub const fn without_number(
        code_str: &'static str,
        name: &'static str,
        status: StatusCode,
        message: &'static str,
    ) -> Self {
        let mut entry = Entry::new(0, code_str, name, status, message);
        entry.numbered = false;
        entry
    }

    /// The name [`Entry::without_number`] had before 0.2.
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use error_catalog::{http::StatusCode, Entry};
    ///
    /// let entry = Entry::symbolic("card_declined", "card_declined", StatusCode::PAYMENT_REQUIRED, "Declined");
    /// assert_eq!(entry.number(), None);
    /// ```
    #[must_use]
    #[deprecated(since = "0.2.0", note = "renamed to `Entry::without_number`")]
    pub const fn symbolic(
        code_str: &'static str,
        name: &'static str,
        status: StatusCode,
        message: &'static str,
    ) -> Self {
        Entry::without_number(code_str, name, status, message)
    }

    /// The same entry, whose bodies carry `template` instead of the
    /// message: the message without the text of a source error.
    ///
    /// ```
    /// use error_catalog::{http::StatusCode, Entry};
    ///
    /// const STORAGE: Entry = Entry::new(2, "SHOP_2", "STORAGE", StatusCode::SERVICE_UNAVAILABLE, "Storage failed: {0}")
    ///     .with_public_message("Storage failed");
    /// assert_eq!(STORAGE.public_message(), "Storage failed");
    /// ```
    #[must_use]
    pub const fn with_public_message(mut self, template: &'static str) -> Self {
        self.public_message = template;
        self
    }

    /// The same entry with a resolution hint.
    #[must_use]
    pub const fn with_resolution(mut self, resolution: &'static str) -> Self {
        self.resolution = Some(resolution);
        self
    }

    /// The same entry with another [`title`](Self::title).
    #[must_use]
    pub const fn with_title(mut self, title: &'static str) -> Self {
        self.title = title;
        self
    }

    /// The same entry with a documentation page.
    #[must_use]
    pub const fn with_doc_url(mut self, doc_url: &'static str) -> Self {
        self.doc_url = Some(doc_url);
        self
    }

    /// The same entry with [`metadata`](Self::metadata), sorted by key.
    #[must_use]
    pub const fn with_metadata(
        mut self,
        metadata: &'static [(&'static str, &'static str)],
    ) -> Self {
        self.metadata = metadata;
        self
    }

    /// The same entry with response [`headers`](Self::headers).
    #[must_use]
    pub const fn with_headers(mut self, headers: &'static [(&'static str, &'static str)]) -> Self {
        self.headers = headers;
        self
    }

    /// The same entry in the locales `locales` gives (the function a
    /// catalogue with `locales = "..."` has, which its entries name): its
    /// [`locales`](Self::locales), and its message in each, as a template.
    ///
    /// ```
    /// use error_catalog::locale::{LocaleFile, Locales};
    /// use error_catalog::{http::StatusCode, CatalogError, Entry};
    ///
    /// static FILES: [LocaleFile; 1] = [LocaleFile::new("de", "L1 = Erstens\n")];
    /// static LOCALES: Locales = Locales::new("en", &FILES);
    /// static ENTRY: Entry = Entry::new(1, "L1", "FIRST", StatusCode::NOT_FOUND, "First")
    ///     .with_locales(|| Some(&LOCALES));
    ///
    /// assert_eq!(ENTRY.locales().unwrap().default_locale(), "en");
    /// assert_eq!((&ENTRY).public_message_in("de").as_deref(), Some("Erstens"));
    /// ```
    #[cfg(feature = "locale")]
    #[must_use]
    pub const fn with_locales(
        mut self,
        locales: fn() -> Option<&'static crate::locales::Locales>,
    ) -> Self {
        self.locales = crate::locales::LocalesOf(locales);
        self
    }

    /// The locales of the entry's catalogue, if it has some.
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let entry = ShopError::lookup(1).unwrap();
    /// assert_eq!(entry.locales().unwrap().tags().collect::<Vec<_>>(), ["en", "de", "fr"]);
    /// ```
    #[cfg(feature = "locale")]
    #[must_use]
    pub fn locales(&self) -> Option<&'static crate::locales::Locales> {
        (self.locales.0)()
    }

    /// The same entry with a [`description`](Self::description).
    #[must_use]
    pub const fn with_description(mut self, description: &'static str) -> Self {
        self.description = Some(description);
        self
    }

    /// The numeric code, e.g. `1000`, of an entry of a numbered catalogue.
    ///
    /// An entry of a catalogue without numbers has none, and this is `0`,
    /// which no numbered lookup finds. Such a catalogue's enum does not
    /// let its errors be asked for a number (`err.code()` and
    /// `Enum::lookup(n)` are compile errors that point to the code string),
    /// so the number is only met here, through `Entry`: code that may meet
    /// both kinds reads [`number`](Self::number) instead and keys entries
    /// by [`code_str`](Self::code_str).
    #[must_use]
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// Where the entry goes in a table sorted for lookups by number: the
    /// entries without numbers first, then by number.
    pub(crate) const fn table_key(&self) -> u64 {
        ((self.numbered as u64) << 32) | self.code as u64
    }

    /// The numeric code, or `None` for an entry of a catalogue without
    /// numbers (`card_declined`, `AccountAlreadyExists`).
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(rename_all = "snake_case")]
    /// #[derive(Debug)]
    /// pub enum PaymentError {
    ///     #[error(http = 402, message = "The card was declined")]
    ///     CardDeclined,
    /// }
    ///
    /// let entry = PaymentError::lookup_str("card_declined").unwrap();
    /// assert_eq!(entry.number(), None);
    /// ```
    #[must_use]
    pub const fn number(&self) -> Option<u32> {
        if self.numbered {
            Some(self.code)
        } else {
            None
        }
    }

    /// The code as clients see it, e.g. `"ANALYTICS_1000"`,
    /// `"E1001_ENDPOINT_NOT_FOUND"` or `"101001"`, built at compile time from
    /// the catalogue's `prefix` and `format`.
    #[must_use]
    pub const fn code_str(&self) -> &'static str {
        self.code_str
    }

    /// The name, e.g. `"METRIC_NOT_FOUND"`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The HTTP status sent with this error: a 4xx or 5xx status, unless the
    /// variant says `non_error_status` (a 304, say).
    #[must_use]
    pub const fn status(&self) -> StatusCode {
        self.status
    }

    /// The message template as written in the attribute: `{field}`
    /// placeholders are not filled in and `{{` / `}}` stay doubled.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The template of the message clients get, in bodies: the
    /// [`message`](Self::message) without the placeholders of `#[source]`
    /// fields, whose text stays in the server's logs.
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 503, message = "Storage of order {id} failed: {source}")]
    ///     Storage { id: u64, #[source] source: std::io::Error },
    /// }
    ///
    /// let error = ShopError::Storage { id: 7, source: std::io::Error::other("disk full") };
    /// assert_eq!(error.entry().message(), "Storage of order {id} failed: {source}");
    /// assert_eq!(error.entry().public_message(), "Storage of order {id} failed");
    /// assert_eq!(error.public_message(), "Storage of order 7 failed");
    /// ```
    #[must_use]
    pub const fn public_message(&self) -> &'static str {
        self.public_message
    }

    /// The hint telling a client how to resolve the error, if the catalogue
    /// gives one.
    #[must_use]
    pub const fn resolution(&self) -> Option<&'static str> {
        self.resolution
    }

    /// A short title that never changes between occurrences: the message
    /// when it has no placeholder, otherwise the name in words
    /// (`INVALID_METRIC_TYPE` -> `"Invalid metric type"`). The `title` of a
    /// problem details body with a `doc_url`.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The page documenting this code, from the catalogue's `doc_url`
    /// template, e.g. `"https://docs.example.com/errors/ANALYTICS_1000"`.
    #[must_use]
    pub const fn doc_url(&self) -> Option<&'static str> {
        self.doc_url
    }

    /// The entry's metadata: its `meta(key = "value")` pairs over the
    /// enum's, sorted by key (a `type` per code, a `domain` for the whole
    /// catalogue, ...).
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog, Entry};
    ///
    /// #[error_catalog(prefix = "PAY", meta(domain = "pay.example.com", type = "api_error"))]
    /// #[derive(Debug)]
    /// pub enum PaymentError {
    ///     #[error(code = 1, http = 402, message = "The card was declined", meta(type = "card_error"))]
    ///     CardDeclined,
    ///     #[error(code = 2, http = 500, message = "Something went wrong")]
    ///     Internal,
    /// }
    ///
    /// let declined = PaymentError::lookup(1).unwrap();
    /// assert_eq!(declined.metadata(), [("domain", "pay.example.com"), ("type", "card_error")]);
    /// assert_eq!(declined.meta("type"), Some("card_error"));
    /// assert_eq!(PaymentError::lookup(2).unwrap().meta("type"), Some("api_error"));
    ///
    /// // In const context too.
    /// const TYPE: Option<&str> = PaymentError::ENTRIES[0].meta("type");
    /// assert_eq!(TYPE, Some("card_error"));
    /// ```
    #[must_use]
    pub const fn metadata(&self) -> &'static [(&'static str, &'static str)] {
        self.metadata
    }

    /// The response headers the variant declares with `headers(...)`, each
    /// a lowercase name and its value as written: a `{field}` in it stands
    /// for the field's value, which
    /// [`CatalogError::for_each_header`](crate::CatalogError::for_each_header)
    /// fills in. What documentation shows.
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "API")]
    /// #[derive(Debug)]
    /// pub enum ApiError {
    ///     #[error(code = 1, http = 429, message = "Slow down", headers(retry_after = "{seconds}"))]
    ///     RateLimited { seconds: u32 },
    /// }
    ///
    /// assert_eq!(ApiError::lookup(1).unwrap().headers(), [("retry-after", "{seconds}")]);
    /// ```
    #[must_use]
    pub const fn headers(&self) -> &'static [(&'static str, &'static str)] {
        self.headers
    }

    /// The value of one metadata key, if the entry has it.
    #[must_use]
    pub const fn meta(&self, key: &str) -> Option<&'static str> {
        let mut index = 0;
        while index < self.metadata.len() {
            let (name, value) = self.metadata[index];
            if str_eq(name, key) {
                return Some(value);
            }
            index += 1;
        }
        None
    }

    /// Long text about the code for its documentation, beside the short
    /// message clients receive: the variant's `description`, else its doc
    /// comment after the first paragraph. Never sent in a body.
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "PAY")]
    /// #[derive(Debug)]
    /// pub enum PaymentError {
    ///     /// The card was declined
    ///     ///
    ///     /// The issuer refused the charge. Ask the customer for another
    ///     /// card; retrying the same one rarely helps.
    ///     #[error(code = 1, http = 402)]
    ///     CardDeclined,
    /// }
    ///
    /// let entry = PaymentError::lookup(1).unwrap();
    /// assert_eq!(entry.message(), "The card was declined");
    /// assert_eq!(
    ///     entry.description(),
    ///     Some("The issuer refused the charge. Ask the customer for another\ncard; retrying the same one rarely helps.")
    /// );
    /// ```
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }
}

/// An entry stands for "an error with this code" where no variant value is at
/// hand, e.g. to show the body of a code in documentation. Its message is the
/// template, placeholders and all; its public message, the template clients
/// get.
impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

impl std::error::Error for Entry {}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("code", &self.number())
            .field("code_str", &self.code_str)
            .field("name", &self.name)
            .field("status", &self.status.as_u16())
            .field("message", &self.message)
            .field("public_message", &self.public_message)
            .field("resolution", &self.resolution)
            .field("title", &self.title)
            .field("doc_url", &self.doc_url)
            .field("description", &self.description)
            .field("metadata", &self.metadata)
            .finish()
    }
}

/// One row of a generated entry table. The macro has already checked every
/// value, which is why nothing is checked here. The status comes as a number
/// and an absent resolution or page as `""` (the macro rejects empty ones),
/// which keeps each row a few plain literals for the compiler to read.
#[must_use]
#[allow(clippy::too_many_arguments)]
pub const fn row(
    code: u32,
    code_str: &'static str,
    name: &'static str,
    status_code: u16,
    message: &'static str,
    resolution: &'static str,
    title: &'static str,
    doc_url: &'static str,
) -> Entry {
    let entry = Entry::new(code, code_str, name, status(status_code), message);
    filled(entry, resolution, title, doc_url)
}

/// [`row`] for a catalogue without numbers.
#[must_use]
pub const fn row_without_number(
    code_str: &'static str,
    name: &'static str,
    status_code: u16,
    message: &'static str,
    resolution: &'static str,
    title: &'static str,
    doc_url: &'static str,
) -> Entry {
    let entry = Entry::without_number(code_str, name, status(status_code), message);
    filled(entry, resolution, title, doc_url)
}

/// `entry` with the title, and the resolution and page when not empty.
const fn filled(
    entry: Entry,
    resolution: &'static str,
    title: &'static str,
    doc_url: &'static str,
) -> Entry {
    let mut entry = entry.with_title(title);
    if !resolution.is_empty() {
        entry = entry.with_resolution(resolution);
    }
    if !doc_url.is_empty() {
        entry = entry.with_doc_url(doc_url);
    }
    entry
}

/// Turns a status the macro has already checked into a [`StatusCode`] in a
/// const context, so that entries can live in a `static`.
#[must_use]
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        // Unreachable for generated code, which only passes 100..=599; and
        // because entries are constants, it could only ever fail at compile time.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The reason phrase of `status` as RFC 9110 (section 15) names it, which
/// RFC 9457 asks an `about:blank` problem's title to be: `http` still has
/// the older phrases of 413 and 422.
#[cfg(feature = "body")]
pub(crate) fn reason_phrase(status: StatusCode) -> Option<&'static str> {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => Some("Content Too Large"),
        StatusCode::UNPROCESSABLE_ENTITY => Some("Unprocessable Content"),
        _ => status.canonical_reason(),
    }
}

/// Whether a response with this status may carry content: not a 1xx, 204
/// or 205 (RFC 9110, 6.4.1 and 15.3.6), nor a 304 (15.4.5). Such a
/// response goes with its status and code header only.
#[cfg(any(feature = "axum", feature = "actix", feature = "openapi"))]
pub(crate) fn carries_content(status: StatusCode) -> bool {
    !(status.is_informational()
        || matches!(
            status,
            StatusCode::NO_CONTENT | StatusCode::RESET_CONTENT | StatusCode::NOT_MODIFIED
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_of_every_error_code() {
        for code in 400..=599 {
            assert_eq!(status(code).as_u16(), code);
        }
    }
}
