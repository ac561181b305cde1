//! What every shape shares: the details a variant sends, the shape itself,
//! and what a client reads back.

use std::borrow::Cow;

use serde::ser::{SerializeMap, Serializer};

use super::{Batch, JSON};
use crate::{Catalog, CatalogError, Entry};

/// The message a body writes: in the locale the request chose, with the
/// feature `locale`; else as the enum says.
pub(crate) fn client_message<E: CatalogError + ?Sized>(error: &E) -> Cow<'static, str> {
    #[cfg(feature = "locale")]
    return crate::locale::client_message(error);
    #[cfg(not(feature = "locale"))]
    return error.public_message();
}

/// The resolution a body writes, in the same locale as its message.
pub(crate) fn client_resolution<E: CatalogError + ?Sized>(error: &E) -> Option<Cow<'static, str>> {
    #[cfg(feature = "locale")]
    return crate::locale::client_resolution(error);
    #[cfg(not(feature = "locale"))]
    return error.resolution().map(Cow::Borrowed);
}

/// The title a body writes: `title` (the entry's), or its translation in
/// the locale the request chose.
pub(crate) fn client_title<E: CatalogError + ?Sized>(
    error: &E,
    title: &'static str,
) -> Cow<'static, str> {
    #[cfg(feature = "locale")]
    if let Some(translated) = crate::locale::translated_title(error) {
        return Cow::Owned(translated);
    }
    let _ = error;
    Cow::Borrowed(title)
}

/// Structured data a variant sends to clients in the `details` of a [`Flat`](super::Flat)
/// body.
///
/// `#[error_catalog]` implements it for every enum: a variant with a field
/// marked `#[details]` serializes that field (its type must implement
/// `Serialize`); every other variant serializes `null`.
///
/// ```
/// use error_catalog::{body, error_catalog};
///
/// #[derive(Debug, serde::Serialize)]
/// pub struct Missing {
///     pub field: &'static str,
/// }
///
/// #[error_catalog]
/// #[derive(Debug)]
/// pub enum OzError {
///     #[error(code = 3, http = 400, message = "Invalid structure")]
///     InvalidStructure(#[details] Missing),
/// }
///
/// let error = OzError::InvalidStructure(Missing { field: "payload.json" });
/// assert_eq!(
///     serde_json::to_string(&body::Flat::new(&error)).unwrap(),
///     r#"{"error_code":3,"error_message":"Invalid structure","details":{"field":"payload.json"}}"#
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `#[error_catalog]` enum",
    label = "not a catalogue",
    note = "`#[error_catalog]` on an enum implements it; an error that is no catalogue reaches one through a catch-all variant, `#[error(code = N, http = 500, transparent)]`"
)]
pub trait Details {
    /// Writes the details, or `null` when there are none.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_details<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_none()
    }

    /// Writes the variant's `#[public]` fields as entries of `map`, each
    /// under its member's name: the extension members of a [`Problem`](super::Problem), the
    /// `metadata` of a Google `ErrorInfo`, and so on. None by default.
    ///
    /// ```
    /// use error_catalog::{body, error_catalog};
    ///
    /// #[error_catalog(prefix = "BANK")]
    /// #[derive(Debug)]
    /// pub enum BankError {
    ///     #[error(code = 1, http = 403, message = "Your balance is {balance}, but that costs {cost}")]
    ///     OutOfCredit {
    ///         #[public]
    ///         balance: u32,
    ///         cost: u32,
    ///     },
    /// }
    ///
    /// let error = BankError::OutOfCredit { balance: 30, cost: 50 };
    /// let json = serde_json::to_string(&body::Problem::new(&error)).unwrap();
    /// assert!(json.ends_with(r#""code":"BANK_1","balance":30}"#));
    /// ```
    ///
    /// # Errors
    ///
    /// Whatever the map reports.
    fn serialize_public<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        let _ = map;
        Ok(())
    }

    /// Whether the variant has a `#[details]` field: shapes that put the
    /// details in a member of their own leave it out when there are none.
    fn has_details(&self) -> bool {
        false
    }

    /// Whether the variant has `#[public]` fields.
    fn has_public(&self) -> bool {
        false
    }
}

impl<T: Details + ?Sized> Details for &T {
    fn serialize_details<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_details(serializer)
    }

    fn serialize_public<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        (**self).serialize_public(map)
    }

    fn has_details(&self) -> bool {
        (**self).has_details()
    }

    fn has_public(&self) -> bool {
        (**self).has_public()
    }
}

/// A code alone has no details.
impl Details for &'static Entry {}

/// The shape of an error body: how one API writes its errors.
///
/// A shape writes an error through serde, so it works wherever the
/// built-in ones do: in responses (`body = ...` on the catalogue), and
/// through [`Shaped`](super::Shaped) in any serde format. The built-in views ([`Nested`](super::Nested),
/// [`Plain`](super::Plain), [`Flat`](super::Flat), [`Problem`](super::Problem), [`JsonApi`](super::JsonApi), [`Google`](super::Google),
/// [`Microsoft`](super::Microsoft)) are shapes.
///
/// A shape of one's own is most simply a struct that derives it: each
/// field names the part of the error it takes, and the struct's own
/// `Serialize` writes it, so serde's attributes apply; its `Deserialize`
/// reads it back on the client side, where the derived [`Received`] finds
/// the entry.
///
/// ```
/// use std::borrow::Cow;
///
/// use error_catalog::body::{Received, Shape, Shaped};
/// use error_catalog::error_catalog;
///
/// /// `{"error":{"type":"card_error","code":"card_declined","message":"..."}}`
/// #[derive(serde::Serialize, serde::Deserialize, Shape)]
/// pub struct ApiError<'a> {
///     #[serde(borrow)]
///     pub error: ApiErrorObject<'a>,
/// }
///
/// #[derive(serde::Serialize, serde::Deserialize, Shape)]
/// pub struct ApiErrorObject<'a> {
///     #[shape(meta = "type")]
///     #[serde(rename = "type", borrow)]
///     pub kind: Option<Cow<'a, str>>,
///     #[shape(code_str)]
///     #[serde(borrow)]
///     pub code: Cow<'a, str>,
///     #[shape(message)]
///     #[serde(borrow)]
///     pub message: Cow<'a, str>,
/// }
///
/// #[error_catalog(rename_all = "snake_case", body = ApiError)]
/// #[derive(Debug)]
/// pub enum PaymentError {
///     #[error(http = 402, message = "The card was declined", meta(type = "card_error"))]
///     CardDeclined,
/// }
///
/// let json = serde_json::to_string(&Shaped::<ApiError, _>::new(PaymentError::CardDeclined)).unwrap();
/// assert_eq!(
///     json,
///     r#"{"error":{"type":"card_error","code":"card_declined","message":"The card was declined"}}"#
/// );
/// let read: ApiError = serde_json::from_str(&json).unwrap();
/// assert_eq!(read.entry::<PaymentError>().unwrap().name(), "card_declined");
/// ```
///
/// The parts a field can take, with `#[shape(...)]`: `code_str`, `name`,
/// `title`, `message` (the public message), `status` (a number), `value =
/// "..."` (a constant); as an `Option`, which an entry may lack: `number`,
/// `resolution`, `doc_url`, `description`, `meta = "key"`, and the
/// request's `request_id`, `timestamp` and `path` (see
/// [`RequestContext`](crate::context::RequestContext)); and `template =
/// "..."`, text made of the others (`"{message}\nRequestId:{request_id}"`).
/// A `details`
/// field and a `public` field (the `#[public]` members, as a map) each have
/// a type parameter of the struct as their type, or an `Option` of it,
/// which the derive fills and a client reads with any type (by default
/// `serde::de::IgnoredAny`). A field without a part is a derived shape
/// nested in this one. A `Vec` of a derived shape marked `#[shape(errors)]`
/// lists the errors of a [`Batch`] (the error alone when there is none),
/// and `pointer` (an `Option`) takes what an item points at; no other list
/// is a part. On the struct, `#[shape(content_type = "...")]`
/// sets the media type (by default `application/json`).
///
/// The rare shape that a struct cannot say implements the trait by hand:
///
/// ```
/// use error_catalog::body::{Details, Shape, Shaped};
/// use error_catalog::{error_catalog, CatalogError};
/// use serde::ser::{SerializeMap, Serializer};
///
/// /// `{"fault":"...","retry":false}`
/// struct Fault;
///
/// impl Shape for Fault {
///     fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
///     where
///         E: CatalogError + Details + ?Sized,
///         S: Serializer,
///     {
///         let mut body = serializer.serialize_map(Some(2))?;
///         body.serialize_entry("fault", error.code_str())?;
///         body.serialize_entry("retry", &error.status().is_server_error())?;
///         body.end()
///     }
/// }
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let json = serde_json::to_string(&Shaped::<Fault, _>::new(ShopError::NoSuchOrder)).unwrap();
/// assert_eq!(json, r#"{"fault":"SHOP_1","retry":false}"#);
/// ```
///
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a body shape",
    label = "not a shape",
    note = "name a built-in shape (`Nested`, `Plain`, `Text`, `Flat`, `Problem`, `JsonApi`, `Google`, `Microsoft`) or implement `error_catalog::body::Shape` for `{Self}`"
)]
pub trait Shape {
    /// The media type the body is sent as.
    const CONTENT_TYPE: &'static str = JSON;

    /// For a shape sent as XML, the document its members are written in
    /// (with the feature `xml`): each member an element, in order. `None`,
    /// the default, for a shape sent as JSON.
    const XML: Option<XmlDocument> = None;

    /// Writes `error` in this shape. It reads the error's public parts
    /// only ([`CatalogError::public_message`], never `Display`), so that
    /// the text of a source error stays in the server's logs.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
    where
        E: CatalogError + Details + ?Sized,
        S: Serializer;

    /// Writes a [`Batch`] in this shape's form for several errors: the
    /// built-in shapes list the items (a problem's `errors`, JSON:API's
    /// `errors`, Microsoft's `details`, a Google `BadRequest`'s
    /// `fieldViolations`, ...). A shape with no such form writes the lead
    /// alone, which is what it does unless it says otherwise.
    ///
    /// ```
    /// use error_catalog::body::{Batch, JsonApi, Shape};
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
    /// batch.push_at("/data/attributes/name", FormError::Required);
    /// let mut json = Vec::new();
    /// JsonApi::<()>::serialize_batch(&batch, &mut serde_json::Serializer::new(&mut json)).unwrap();
    /// assert_eq!(
    ///     String::from_utf8(json).unwrap(),
    ///     r#"{"errors":[{"status":"422","code":"FORM_2","source":{"pointer":"/data/attributes/name"},"title":"Required","detail":"Required"}]}"#
    /// );
    /// ```
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
    where
        E: CatalogError + Details,
        S: Serializer,
    {
        Self::serialize_error(batch.lead(), serializer)
    }
}

/// How a shape sent as XML is written: its XML declaration, then its root
/// element (with a namespace, if it has one) around one element per member.
/// A derived shape with an XML content type fills it from
/// `#[shape(root = "...", declaration = "...", namespace = "...")]`; one
/// written by hand says it itself:
///
/// ```
/// use error_catalog::body::{Details, Shape, XmlDocument};
/// use error_catalog::CatalogError;
/// use serde::ser::{SerializeMap, Serializer};
///
/// /// `<?xml version="1.0" encoding="utf-8"?><Error><Code>..</Code></Error>`
/// struct StorageError;
///
/// impl Shape for StorageError {
///     const CONTENT_TYPE: &'static str = "application/xml";
///     const XML: Option<XmlDocument> = Some(XmlDocument {
///         root: "Error",
///         declaration: r#"<?xml version="1.0" encoding="utf-8"?>"#,
///         namespace: None,
///     });
///
///     fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
///     where
///         E: CatalogError + Details + ?Sized,
///         S: Serializer,
///     {
///         let mut body = serializer.serialize_map(Some(1))?;
///         body.serialize_entry("Code", error.code_str())?;
///         body.end()
///     }
/// }
///
/// assert_eq!(StorageError::XML.unwrap().root, "Error");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XmlDocument {
    /// The root element's name.
    pub root: &'static str,
    /// What comes before it: `<?xml version="1.0" encoding="utf-8"?>`.
    pub declaration: &'static str,
    /// The root element's `xmlns`, if it has one.
    pub namespace: Option<&'static str>,
}

/// A body as a client reads it back: which entry of a catalogue it names.
///
/// Implemented by the owned body types ([`NestedBody`](super::NestedBody), [`FlatBody`](super::FlatBody),
/// [`ProblemBody`](super::ProblemBody), ...).
///
/// ```
/// use error_catalog::body::{NestedBody, Received};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let read: NestedBody =
///     serde_json::from_str(r#"{"error":{"code":"SHOP_1","message":"No such order","http":404}}"#)
///         .unwrap();
/// assert_eq!(Received::entry::<ShopError>(&read).unwrap().name(), "NO_SUCH_ORDER");
/// ```
pub trait Received {
    /// The code string the body carries, if it carries one.
    fn code_str(&self) -> Option<&str> {
        None
    }

    /// The numeric code the body carries, if it carries one.
    fn number(&self) -> Option<u32> {
        None
    }

    /// The entry of catalogue `C` the body names: by code string, else by
    /// number. `None` for a code `C` does not have, or a body with none.
    fn entry<C: Catalog>(&self) -> Option<&'static Entry> {
        match self.code_str() {
            Some(code) => C::lookup_str(code),
            None => C::lookup(self.number()?),
        }
    }
}

/// A list of errors (a derived shape's `errors`) names the entry of its
/// first error.
///
/// ```
/// use error_catalog::body::{NestedBody, Received};
///
/// let list: Vec<NestedBody> = serde_json::from_str(
///     r#"[{"error":{"code":"SHOP_1","message":"No such order","http":404}}]"#,
/// )
/// .unwrap();
/// assert_eq!(list.code_str(), Some("SHOP_1"));
/// assert_eq!(Vec::<NestedBody>::new().code_str(), None);
/// ```
impl<T: Received> Received for Vec<T> {
    fn code_str(&self) -> Option<&str> {
        self.first()?.code_str()
    }

    fn number(&self) -> Option<u32> {
        self.first()?.number()
    }
}
