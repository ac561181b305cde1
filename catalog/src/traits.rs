use std::backtrace::Backtrace;
use std::borrow::Cow;
use std::error::Error;
use std::ops::RangeInclusive;

use http::StatusCode;

use crate::Entry;

/// An error value that belongs to a catalogue: every variant has a code, a
/// name, an HTTP status, a message and possibly a resolution hint.
///
/// Implemented by [`#[error_catalog]`](crate::error_catalog), with every
/// accessor generated as a `match` of constants. The default methods, for
/// hand-written impls, read the variant's [`Entry`].
///
/// ```
/// use error_catalog::{error_catalog, CatalogError};
///
/// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
/// #[derive(Debug)]
/// pub enum MetricsError {
///     #[error(code = 1001, http = BAD_REQUEST, message = "Invalid metric type {kind}")]
///     InvalidMetricType { kind: String },
/// }
///
/// let err = MetricsError::InvalidMetricType { kind: "latency".into() };
/// assert_eq!(err.code_str(), "ANALYTICS_1001");
/// assert_eq!(err.status(), error_catalog::http::StatusCode::BAD_REQUEST);
/// assert_eq!(err.message(), "Invalid metric type latency");
/// assert_eq!(err.to_string(), "Invalid metric type latency");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `#[error_catalog]` enum",
    label = "not a catalogue",
    note = "`#[error_catalog]` on an enum implements it; an error that is no catalogue reaches one through a catch-all variant, `#[error(code = N, http = 500, transparent)]`"
)]
pub trait CatalogError: Error {
    /// The static catalogue entry of this error's variant.
    fn entry(&self) -> &'static Entry;

    /// The error's message with its fields interpolated. A variant whose
    /// message has no placeholder returns [`Cow::Borrowed`] and allocates
    /// nothing.
    fn message(&self) -> Cow<'static, str>;

    /// The numeric code, e.g. `1000`. A catalogue without numbers has
    /// none: on such an enum `err.code()` does not compile, and generic
    /// code that may meet one reads [`number`](Self::number).
    fn code(&self) -> u32 {
        self.entry().code()
    }

    /// The numeric code, or `None` for an error of a catalogue without
    /// numbers (see [`Entry::number`]).
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(rename_all = "snake_case")]
    /// #[derive(Debug)]
    /// pub enum PaymentError {
    ///     #[error(http = 402, message = "The card was declined")]
    ///     CardDeclined,
    /// }
    ///
    /// fn label(err: &impl CatalogError) -> String {
    ///     err.number().map_or_else(|| err.code_str().to_owned(), |n| n.to_string())
    /// }
    ///
    /// assert_eq!(label(&PaymentError::CardDeclined), "card_declined");
    /// ```
    fn number(&self) -> Option<u32> {
        self.entry().number()
    }

    /// The code as clients see it, e.g. `"ANALYTICS_1000"`.
    fn code_str(&self) -> &'static str {
        self.entry().code_str()
    }

    /// The name, e.g. `"METRIC_NOT_FOUND"`.
    fn name(&self) -> &'static str {
        self.entry().name()
    }

    /// The HTTP status to answer with.
    fn status(&self) -> StatusCode {
        self.entry().status()
    }

    /// How a client can resolve the error, if the catalogue says.
    fn resolution(&self) -> Option<&'static str> {
        self.entry().resolution()
    }

    /// The message as clients may see it: like [`message`](Self::message),
    /// but without the text of `#[source]` and `#[from]` fields, which stays
    /// in logs. A separator left dangling goes too: with `message =
    /// "Upstream failed: {0}"` and a source in `0`, it is `"Upstream failed"`.
    /// Every error body uses this, never `Display`.
    fn public_message(&self) -> Cow<'static, str> {
        self.message()
    }

    /// The backtrace the error carries: its field of type `Backtrace` (or
    /// `Option<Backtrace>`, `Arc<Backtrace>`, marked `#[backtrace]`), or
    /// the one of the catalogue it wraps. `#[from]` captures it when it
    /// converts. Works on stable Rust; on nightly, `Error::provide` offers
    /// it too (see the README).
    ///
    /// ```
    /// use std::backtrace::Backtrace;
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "DB")]
    /// #[derive(Debug)]
    /// pub enum DbError {
    ///     #[error(code = 1, http = 503, message = "Database unavailable")]
    ///     Unavailable { #[from] source: std::io::Error, backtrace: Backtrace },
    /// }
    ///
    /// let err = DbError::from(std::io::Error::other("refused"));
    /// assert!(err.backtrace().is_some());
    /// ```
    fn backtrace(&self) -> Option<&Backtrace> {
        None
    }

    /// Gives `each` the name and value of every response header the
    /// variant declares with `headers(...)`, its fields filled in: what the
    /// web integrations send beside the status. None by default.
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "API")]
    /// #[derive(Debug)]
    /// pub enum ApiError {
    ///     #[error(
    ///         code = 1,
    ///         http = 401,
    ///         message = "Sign in first",
    ///         headers(www_authenticate = "Bearer realm=\"api\"")
    ///     )]
    ///     Unauthorized,
    ///     #[error(code = 2, http = 429, message = "Slow down", headers(retry_after = "{seconds}"))]
    ///     RateLimited { seconds: u32 },
    /// }
    ///
    /// let mut sent = Vec::new();
    /// ApiError::RateLimited { seconds: 30 }.for_each_header(&mut |name, value| {
    ///     sent.push(format!("{name}: {value}"));
    /// });
    /// ApiError::Unauthorized.for_each_header(&mut |name, value| {
    ///     sent.push(format!("{name}: {value}"));
    /// });
    /// assert_eq!(sent, ["retry-after: 30", "www-authenticate: Bearer realm=\"api\""]);
    /// ```
    fn for_each_header(&self, each: &mut dyn FnMut(&'static str, &str)) {
        let _ = each;
    }

    /// The locales the catalogue has messages in, from its
    /// `locales = "..."`; `None` for a catalogue with the enum's text
    /// alone. See [`locale`](crate::locale).
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let locales = ShopError::NoSuchOrder { id: 7 }.locales().unwrap();
    /// assert_eq!(locales.tags().collect::<Vec<_>>(), ["en", "de", "fr"]);
    /// ```
    #[cfg(feature = "locale")]
    fn locales(&self) -> Option<&'static crate::locales::Locales> {
        None
    }

    /// The [public message](Self::public_message) in locale `tag`, one of
    /// [`locales`](Self::locales) other than the default; `None` for any
    /// other tag.
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let error = ShopError::NoSuchOrder { id: 7 };
    /// assert_eq!(error.public_message_in("fr").as_deref(), Some("Aucune commande 7"));
    /// assert_eq!(error.public_message_in("en"), None);
    /// ```
    #[cfg(feature = "locale")]
    fn public_message_in(&self, tag: &str) -> Option<Cow<'static, str>> {
        let _ = tag;
        None
    }

    /// The [resolution](Self::resolution) in locale `tag`, as
    /// [`public_message_in`](Self::public_message_in) has the message.
    ///
    /// ```
    /// use error_catalog::{error_catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let error = ShopError::NoSuchOrder { id: 7 };
    /// assert_eq!(error.resolution_in("de").as_deref(), Some("Prüfen Sie die Nummer der Bestellung"));
    /// ```
    #[cfg(feature = "locale")]
    fn resolution_in(&self, tag: &str) -> Option<String> {
        let _ = tag;
        None
    }
}

/// Borrowed errors are catalogue errors too, so that body views can be built
/// from `&err` as well as from `err`.
impl<T: CatalogError + ?Sized> CatalogError for &T {
    fn entry(&self) -> &'static Entry {
        (**self).entry()
    }

    fn message(&self) -> Cow<'static, str> {
        (**self).message()
    }

    fn code(&self) -> u32 {
        (**self).code()
    }

    fn number(&self) -> Option<u32> {
        (**self).number()
    }

    fn code_str(&self) -> &'static str {
        (**self).code_str()
    }

    fn name(&self) -> &'static str {
        (**self).name()
    }

    fn status(&self) -> StatusCode {
        (**self).status()
    }

    fn resolution(&self) -> Option<&'static str> {
        (**self).resolution()
    }

    fn public_message(&self) -> Cow<'static, str> {
        (**self).public_message()
    }

    fn backtrace(&self) -> Option<&Backtrace> {
        (**self).backtrace()
    }

    fn for_each_header(&self, each: &mut dyn FnMut(&'static str, &str)) {
        (**self).for_each_header(each);
    }

    #[cfg(feature = "locale")]
    fn locales(&self) -> Option<&'static crate::locales::Locales> {
        (**self).locales()
    }

    #[cfg(feature = "locale")]
    fn public_message_in(&self, tag: &str) -> Option<Cow<'static, str>> {
        (**self).public_message_in(tag)
    }

    #[cfg(feature = "locale")]
    fn resolution_in(&self, tag: &str) -> Option<String> {
        (**self).resolution_in(tag)
    }
}

/// A whole catalogue: the static list of its entries and lookups into it.
///
/// Implemented by [`#[error_catalog]`](crate::error_catalog) for the enum.
/// The lookups never panic, whatever they are handed.
///
/// ```
/// use error_catalog::{error_catalog, Catalog};
///
/// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
/// #[derive(Debug)]
/// pub enum MetricsError {
///     #[error(code = 1001, http = 400, message = "Invalid metric type specified")]
///     InvalidMetricType,
///     #[error(code = 1000, http = 404, message = "The requested metric was not found")]
///     MetricNotFound,
/// }
///
/// let codes: Vec<u32> = MetricsError::ENTRIES.iter().map(|e| e.code()).collect();
/// assert_eq!(codes, [1000, 1001]);
/// assert_eq!(MetricsError::lookup(1001).unwrap().name(), "INVALID_METRIC_TYPE");
/// assert_eq!(MetricsError::lookup_str("ANALYTICS_1000").unwrap().code(), 1000);
/// assert!(MetricsError::lookup_str("analytics_1000").is_none());
/// assert!(MetricsError::lookup(7).is_none());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `#[error_catalog]` enum",
    label = "not a catalogue",
    note = "`#[error_catalog]` on an enum implements it; an error that is no catalogue reaches one through a catch-all variant, `#[error(code = N, http = 500, transparent)]`"
)]
pub trait Catalog {
    /// Every entry of the catalogue, sorted by code, without duplicates.
    ///
    /// A hand-written implementation must keep this order: the lookups
    /// search it by bisection.
    const ENTRIES: &'static [Entry];

    /// The catalogue's title, e.g. `"Metrics"`: its `title = "..."` key, or
    /// the first paragraph of the enum's doc comment.
    const TITLE: Option<&'static str> = None;

    /// The prefix of the catalogue's code strings, from its `prefix` key.
    const PREFIX: Option<&'static str> = None;

    /// The codes this catalogue may use, from its `range` key.
    const RANGE: Option<RangeInclusive<u32>> = None;

    /// Codes retired for good, from the `retired` key: no variant may use
    /// them again, and `lock::check` (feature `lock`) accepts their removal.
    const RETIRED: &'static [RangeInclusive<u32>] = &[];

    /// Code strings no entry may use again, from `retired = ["..."]`: how
    /// a catalogue without numbers retires its codes.
    const RETIRED_CODE_STRS: &'static [&'static str] = &[];

    /// The range as a reader sees it, e.g. `"ANALYTICS_1000-1099"`.
    const RANGE_LABEL: Option<&'static str> = None;

    /// The case of the names, as serde spells it (`"snake_case"`): the
    /// `rename_all` key, or `"SCREAMING_SNAKE_CASE"`. A catalogue that
    /// wraps others has one case with them: a wrapped catalogue in another
    /// case is a compile error at its variant. `None` for a hand-written
    /// catalogue, which is not checked.
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
    /// #[error_catalog]
    /// #[derive(Debug)]
    /// pub enum ApiError {
    ///     #[error(transparent)]
    ///     Payment(PaymentError),
    /// }
    ///
    /// assert_eq!(PaymentError::RENAME_ALL, Some("snake_case"));
    /// // A catalogue that only wraps others takes their case.
    /// assert_eq!(ApiError::RENAME_ALL, Some("snake_case"));
    /// ```
    const RENAME_ALL: Option<&'static str> = None;

    /// How the catalogue documents itself: one section, itself. A composed
    /// catalogue has the sections of every catalogue it wraps (so nested
    /// composition flattens), in the order its variants declare them, and
    /// one more for the codes it declares itself; `doc::markdown` and
    /// `doc::Page::catalog` print one heading per section.
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// /// Orders
    /// #[error_catalog(prefix = "SHOP", range = 2000..=2099)]
    /// #[derive(Debug)]
    /// pub enum OrderError {
    ///     #[error(code = 2000, http = 404, message = "Order not found")]
    ///     NotFound,
    /// }
    ///
    /// /// Shop
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(transparent)]
    ///     Order(OrderError),
    ///     #[error(code = 1, http = 503, message = "The shop is closed")]
    ///     Closed,
    /// }
    ///
    /// let titles: Vec<_> = ShopError::SECTIONS.iter().map(|section| section.title()).collect();
    /// assert_eq!(titles, [Some("Orders"), Some("Shop")]);
    /// assert_eq!(OrderError::SECTIONS.len(), 1);
    /// ```
    const SECTIONS: &'static [Section] = &[Section::of::<Self>()];

    /// The locales of the catalogue's own codes, from its
    /// `locales = "..."`; `None` without. A composed catalogue's categories
    /// each have theirs: see [`Section::locales`]. Named apart from
    /// [`CatalogError::locales`], an error's, so that a path to it is not
    /// ambiguous with both traits in scope.
    ///
    /// ```
    /// use error_catalog::{error_catalog, Catalog, CatalogError};
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// assert_eq!(ShopError::own_locales().unwrap().default_locale(), "en");
    /// assert!(ShopError::NoSuchOrder { id: 7 }.locales().is_some());
    /// ```
    #[cfg(feature = "locale")]
    fn own_locales() -> Option<&'static crate::locales::Locales> {
        None
    }

    /// The entry with this numeric code: by bisection here, a `match` on the
    /// code in the generated implementation. O(log n) either way. Entries
    /// without numbers are never found by number: on the enum of a
    /// catalogue without numbers, `lookup(n)` does not compile, and
    /// [`lookup_str`](Self::lookup_str) is its lookup.
    fn lookup(code: u32) -> Option<&'static Entry> {
        bisect(Self::ENTRIES, code)
    }

    /// The entry whose code string is exactly `code` (case-sensitive, no
    /// trimming). The generated implementation reads the number back out of
    /// the code string and is O(log n); this default one, for hand-written
    /// catalogues, scans the entries.
    fn lookup_str(code: &str) -> Option<&'static Entry> {
        Self::ENTRIES.iter().find(|entry| entry.code_str() == code)
    }
}

/// The entry with `code` among `entries`, sorted by code.
fn bisect(entries: &'static [Entry], code: u32) -> Option<&'static Entry> {
    let numbered = Entry::new(code, "", "", StatusCode::OK, "").table_key();
    entries
        .binary_search_by_key(&numbered, Entry::table_key)
        .ok()
        .and_then(|index| entries.get(index))
}

/// Lets bodies and documentation be rendered for a code alone:
/// `body::Nested::new(entry)`.
impl CatalogError for &'static Entry {
    fn entry(&self) -> &'static Entry {
        self
    }

    fn message(&self) -> Cow<'static, str> {
        Cow::Borrowed(Entry::message(self))
    }

    fn public_message(&self) -> Cow<'static, str> {
        Cow::Borrowed(Entry::public_message(self))
    }

    #[cfg(feature = "locale")]
    fn locales(&self) -> Option<&'static crate::locales::Locales> {
        Entry::locales(self)
    }

    /// The template in locale `tag`, placeholders and all, as the entry's
    /// own message is.
    #[cfg(feature = "locale")]
    fn public_message_in(&self, tag: &str) -> Option<Cow<'static, str>> {
        let id = crate::locales::Locales::id_of(self.code_str());
        Entry::locales(self)?
            .template(tag, &id, None)
            .map(Cow::Owned)
    }

    #[cfg(feature = "locale")]
    fn resolution_in(&self, tag: &str) -> Option<String> {
        let id = crate::locales::Locales::id_of(self.code_str());
        Entry::locales(self)?.template(tag, &id, Some("resolution"))
    }
}

/// One catalogue's part of a [`Page`](crate::doc::Page): its title, range
/// and entries.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    title: Option<&'static str>,
    range_label: Option<&'static str>,
    entries: &'static [Entry],
}

impl Section {
    /// The section of catalogue `C` alone: its title, range and entries. A
    /// composed catalogue's categories are its [`Catalog::SECTIONS`].
    ///
    /// ```
    /// use error_catalog::{doc::Section, error_catalog};
    ///
    /// /// Metrics
    /// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
    /// #[derive(Debug)]
    /// pub enum MetricsError {
    ///     #[error(code = 1000, http = 404, message = "The requested metric was not found")]
    ///     MetricNotFound,
    /// }
    ///
    /// const METRICS: Section = Section::of::<MetricsError>();
    /// assert_eq!(METRICS.title(), Some("Metrics"));
    /// assert_eq!(METRICS.range_label(), Some("ANALYTICS_1000-1099"));
    /// assert_eq!(METRICS.entries().len(), 1);
    /// ```
    #[must_use]
    pub const fn of<C: Catalog + ?Sized>() -> Self {
        Section {
            title: C::TITLE,
            range_label: C::RANGE_LABEL,
            entries: C::ENTRIES,
        }
    }

    /// A section of `entries` under `title`, without a range: the codes a
    /// composed catalogue declares beside the catalogues it wraps.
    pub(crate) const fn without_range(
        title: Option<&'static str>,
        entries: &'static [Entry],
    ) -> Self {
        Section {
            title,
            range_label: None,
            entries,
        }
    }

    /// The locales of the section's codes, from its catalogue's
    /// `locales = "..."`; `None` without (and for a section without codes).
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
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ServiceError {
    ///     #[error(transparent)]
    ///     Shop(ShopError),
    ///     #[error(code = 2, http = 503, message = "Closed")]
    ///     Closed,
    /// }
    ///
    /// let sections = ServiceError::SECTIONS;
    /// assert!(sections[0].locales().is_some());
    /// assert!(sections[1].locales().is_none());
    /// ```
    #[cfg(feature = "locale")]
    #[must_use]
    pub fn locales(&self) -> Option<&'static crate::locales::Locales> {
        self.entries.first()?.locales()
    }

    /// The range of codes as a reader sees it, e.g. `ANALYTICS_1000-1099`.
    #[must_use]
    pub const fn range_label(&self) -> Option<&'static str> {
        self.range_label
    }

    /// The catalogue's title.
    #[must_use]
    pub const fn title(&self) -> Option<&'static str> {
        self.title
    }

    /// The catalogue's entries, sorted by code.
    #[must_use]
    pub const fn entries(&self) -> &'static [Entry] {
        self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorted entries with `codes`, leaked as a table is static.
    fn table(codes: &[u32]) -> &'static [Entry] {
        let entries: Vec<Entry> = codes
            .iter()
            .map(|&code| Entry::new(code, "CODE", "NAME", StatusCode::BAD_REQUEST, "message"))
            .collect();
        Box::leak(entries.into_boxed_slice())
    }

    #[test]
    fn bisection_finds_every_code_and_nothing_else() {
        let sets: [&[u32]; 5] = [
            &[],
            &[0],
            &[u32::MAX],
            &[0, 1, 2, 1000, 1001, 4_000_000_000, u32::MAX],
            &[7, 14, 21, 28, 35, 42, 49, 56, 63],
        ];
        for codes in sets {
            let entries = table(codes);
            for (index, &code) in codes.iter().enumerate() {
                assert_eq!(bisect(entries, code), entries.get(index));
                for neighbour in [code.wrapping_sub(1), code.wrapping_add(1)] {
                    let found = bisect(entries, neighbour);
                    assert_eq!(found.is_some(), codes.contains(&neighbour));
                    assert!(found.is_none_or(|entry| entry.code() == neighbour));
                }
            }
            assert_eq!(bisect(entries, 999).is_some(), codes.contains(&999));
        }
    }
}
