//! What a catalogue's responses send: its shape and its code header.

use std::backtrace::Backtrace;
use std::borrow::Cow;
use std::error::Error;
use std::fmt;

use http::StatusCode;
use serde::Serializer;

use super::{serialize_nested, Batch, Details, XmlDocument, JSON};
use crate::{CatalogError, Entry};

/// The header that carries the code string of every error response, unless
/// the catalogue names another (`code_header = "x-ms-error-code"`) or none
/// (`code_header = false`): proxies and logs can count errors without
/// parsing bodies.
pub const ERROR_CODE_HEADER: &str = "x-error-code";

/// What a catalogue's responses send: the shape it chose with
/// `body = ...` (by default [`Nested`](super::Nested)) and the header that carries the code
/// string (`code_header = ...`). Implemented by
/// [`#[error_catalog]`](crate::error_catalog); the web-framework
/// integrations answer with it.
///
/// A composed catalogue sends the errors of a category that chose its own
/// shape in that shape, and all others in its own.
///
/// ```
/// use error_catalog::body::{Respond, PROBLEM_JSON};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP", body = Problem, code_header = "x-ms-error-code")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// assert_eq!(ShopError::NoSuchOrder.content_type(), PROBLEM_JSON);
/// assert_eq!(<ShopError as Respond>::CODE_HEADER, Some("x-ms-error-code"));
/// let mut body = Vec::new();
/// ShopError::NoSuchOrder
///     .serialize_body(&mut serde_json::Serializer::new(&mut body))
///     .unwrap();
/// assert!(body.starts_with(br#"{"type":"about:blank","title":"Not Found","status":404"#));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `#[error_catalog]` enum",
    label = "not a catalogue",
    note = "`#[error_catalog]` on an enum implements it; an error that is no catalogue reaches one through a catch-all variant, `#[error(code = N, http = 500, transparent)]`"
)]
pub trait Respond: CatalogError + Details {
    /// Whether the catalogue chose its shape with `body = ...`.
    const CHOSEN: bool = false;

    /// The name of the header that carries the code string, or `None`.
    const CODE_HEADER: Option<&'static str> = Some(ERROR_CODE_HEADER);

    /// The media type of this error's body.
    fn content_type(&self) -> &'static str {
        JSON
    }

    /// For an error whose shape is sent as XML, that shape's
    /// [`XML`](super::Shape::XML) document; `None` for JSON.
    fn xml_document(&self) -> Option<XmlDocument> {
        None
    }

    /// Writes this error's body in the catalogue's shape.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_body<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_nested(self, serializer)
    }

    /// Writes this error's body in the catalogue's shape with its public
    /// message but without its `#[details]` and `#[public]` members: what
    /// the web integrations send, and log, when
    /// [`serialize_body`](Self::serialize_body) fails (a member whose
    /// `Serialize` fails, or a value the shape has no place for), so that a
    /// client always reads the code. A hand-written `Respond` writes the
    /// entry.
    ///
    /// ```
    /// use error_catalog::body::Respond;
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog(prefix = "SHOP", body = Problem)]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}")]
    ///     NoSuchOrder { #[public] id: u64 },
    /// }
    ///
    /// let mut body = Vec::new();
    /// ShopError::NoSuchOrder { id: 7 }
    ///     .serialize_minimal(&mut serde_json::Serializer::new(&mut body))
    ///     .unwrap();
    /// assert!(body.ends_with(br#""detail":"No order 7","code":"SHOP_1"}"#));
    /// ```
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_minimal<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Self::serialize_entry(self.entry(), serializer)
    }

    /// Writes `batch` in the catalogue's shape (its `body = ...`), in that
    /// shape's form for several errors (see
    /// [`Shape::serialize_batch`](super::Shape::serialize_batch)).
    ///
    /// ```
    /// use error_catalog::body::{Batch, Respond};
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog(prefix = "FORM")]
    /// #[derive(Debug)]
    /// pub enum FormError {
    ///     #[error(code = 1, http = 422, message = "Invalid form")]
    ///     Invalid,
    ///     #[error(code = 2, http = 422, message = "Required")]
    ///     Required,
    /// }
    ///
    /// let mut batch = Batch::new(FormError::Invalid);
    /// batch.push_at("name", FormError::Required);
    /// let mut body = Vec::new();
    /// FormError::serialize_batch(&batch, &mut serde_json::Serializer::new(&mut body)).unwrap();
    /// assert_eq!(
    ///     String::from_utf8(body).unwrap(),
    ///     r#"{"error":{"code":"FORM_1","message":"Invalid form","http":422,"errors":[{"code":"FORM_2","message":"Required","http":422,"pointer":"name"}]}}"#
    /// );
    /// ```
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_batch<S: Serializer>(batch: &Batch<Self>, serializer: S) -> Result<S::Ok, S::Error>
    where
        Self: Sized,
    {
        <super::Nested as super::Shape>::serialize_batch(batch, serializer)
    }

    /// Writes a batch of entries, each one of this catalogue's, in the
    /// catalogue's shape, as [`serialize_batch`](Self::serialize_batch)
    /// writes one of errors: what documentation (the `openapi` module)
    /// shows.
    ///
    /// ```
    /// use error_catalog::body::{Batch, Respond};
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "FORM")]
    /// #[derive(Debug)]
    /// pub enum FormError {
    ///     #[error(code = 1, http = 422, message = "Invalid form")]
    ///     Invalid,
    ///     #[error(code = 2, http = 422, message = "Required")]
    ///     Required,
    /// }
    ///
    /// let mut batch = Batch::new(&FormError::ENTRIES[0]);
    /// batch.push(&FormError::ENTRIES[1]);
    /// let mut body = Vec::new();
    /// FormError::serialize_entry_batch(&batch, &mut serde_json::Serializer::new(&mut body)).unwrap();
    /// assert!(body.ends_with(br#""errors":[{"code":"FORM_2","message":"Required","http":422}]}}"#));
    /// ```
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_entry_batch<S: Serializer>(
        batch: &Batch<&'static Entry>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        <super::Nested as super::Shape>::serialize_batch(batch, serializer)
    }

    /// The media type of a batch's body: the catalogue's shape's.
    #[must_use]
    fn batch_content_type() -> &'static str {
        JSON
    }

    /// For a catalogue whose shape is sent as XML, the document a batch is
    /// written in; `None` for JSON.
    #[must_use]
    fn batch_xml_document() -> Option<XmlDocument> {
        None
    }

    /// Whether this error's shape was chosen, by its catalogue's `body =
    /// ...` or its variant's: a catalogue that composes this one sends it
    /// in this one's shape when it was, else in its own.
    fn chooses_shape(&self) -> bool {
        Self::CHOSEN
    }

    /// [`chooses_shape`](Self::chooses_shape) for an error of `entry`,
    /// which is one of this catalogue's.
    #[must_use]
    fn chooses_entry_shape(entry: &'static Entry) -> bool {
        let _ = entry;
        Self::CHOSEN
    }

    /// The media type of the body sent for an error of `entry`, which is one
    /// of this catalogue's: what documentation (the `openapi` module) shows.
    ///
    /// ```
    /// use error_catalog::body::{Respond, PROBLEM_JSON};
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", body = Problem)]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let entry = ShopError::lookup_str("SHOP_1").unwrap();
    /// assert_eq!(ShopError::entry_content_type(entry), PROBLEM_JSON);
    /// ```
    #[must_use]
    fn entry_content_type(entry: &'static Entry) -> &'static str {
        let _ = entry;
        JSON
    }

    /// For an error of `entry`, which is one of this catalogue's, the XML
    /// document its shape is sent in; `None` for a shape sent as JSON:
    /// what documentation (a page's example bodies) writes it in.
    ///
    /// ```
    /// use error_catalog::body::Respond;
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", body = Problem)]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let entry = ShopError::lookup_str("SHOP_1").unwrap();
    /// assert!(ShopError::entry_xml_document(entry).is_none());
    /// ```
    #[must_use]
    fn entry_xml_document(entry: &'static Entry) -> Option<XmlDocument> {
        let _ = entry;
        None
    }

    /// Writes the body sent for an error of `entry`, which is one of this
    /// catalogue's, with the message as the entry declares it (placeholders
    /// unfilled) and no `#[details]` or `#[public]` members: the example
    /// documentation (the `openapi` module) shows.
    ///
    /// ```
    /// use error_catalog::body::Respond;
    /// use error_catalog::{error_catalog, Catalog};
    ///
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}")]
    ///     NoSuchOrder { id: u64 },
    /// }
    ///
    /// let entry = ShopError::lookup_str("SHOP_1").unwrap();
    /// let mut body = Vec::new();
    /// ShopError::serialize_entry(entry, &mut serde_json::Serializer::new(&mut body)).unwrap();
    /// assert_eq!(body, br#"{"error":{"code":"SHOP_1","message":"No order {id}","http":404}}"#);
    /// ```
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_entry<S: Serializer>(
        entry: &'static Entry,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serialize_nested(&entry, serializer)
    }
}

/// An error without its `#[details]` and `#[public]` members: what a
/// minimal body writes (see [`Respond::serialize_minimal`]). Reached
/// through `__private`; not public API.
pub struct Bare<'a, E: ?Sized>(pub &'a E);

impl<E: fmt::Debug + ?Sized> fmt::Debug for Bare<'_, E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(formatter)
    }
}

impl<E: fmt::Display + ?Sized> fmt::Display for Bare<'_, E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(formatter)
    }
}

impl<E: Error + ?Sized> Error for Bare<'_, E> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.0.source()
    }
}

impl<E: CatalogError + ?Sized> CatalogError for Bare<'_, E> {
    fn entry(&self) -> &'static Entry {
        self.0.entry()
    }

    fn message(&self) -> Cow<'static, str> {
        self.0.message()
    }

    fn code(&self) -> u32 {
        self.0.code()
    }

    fn number(&self) -> Option<u32> {
        self.0.number()
    }

    fn code_str(&self) -> &'static str {
        self.0.code_str()
    }

    fn name(&self) -> &'static str {
        self.0.name()
    }

    fn status(&self) -> StatusCode {
        self.0.status()
    }

    fn resolution(&self) -> Option<&'static str> {
        self.0.resolution()
    }

    fn public_message(&self) -> Cow<'static, str> {
        self.0.public_message()
    }

    fn backtrace(&self) -> Option<&Backtrace> {
        self.0.backtrace()
    }

    fn for_each_header(&self, each: &mut dyn FnMut(&'static str, &str)) {
        self.0.for_each_header(each);
    }

    #[cfg(feature = "locale")]
    fn locales(&self) -> Option<&'static crate::locales::Locales> {
        self.0.locales()
    }

    #[cfg(feature = "locale")]
    fn public_message_in(&self, tag: &str) -> Option<Cow<'static, str>> {
        self.0.public_message_in(tag)
    }

    #[cfg(feature = "locale")]
    fn resolution_in(&self, tag: &str) -> Option<String> {
        self.0.resolution_in(tag)
    }
}

/// No details and no public members, whatever the error has.
impl<E: ?Sized> Details for Bare<'_, E> {}
