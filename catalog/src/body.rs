//! JSON error bodies, in the shapes real APIs send.
//!
//! Each view wraps an error (or a borrowed one, `&err`) and serializes it,
//! compact and with fields in the order shown:
//!
//! | view | shape | sent by |
//! |---|---|---|
//! | [`Nested`] | `{"error":{"code":"ANALYTICS_1000","message":"...","http":404}}` | an analytics service |
//! | [`Plain`] | `{"error":"..."}` | an API that documents statuses only |
//! | [`Flat`] | `{"error_code":0,"error_message":"...","details":null}` | an API with small integer codes |
//! | [`Problem`] | RFC 9457 `application/problem+json` | any HTTP API |
//! | [`JsonApi`] | `application/vnd.api+json` error objects | JSON:API services |
//! | [`Google`] | `{"error":{"code":404,"status":"NOT_FOUND","details":[...]}}` | Google APIs (AIP-193) |
//! | [`Microsoft`] | `{"error":{"code":"...","message":"...","innererror":{...}}}` | Microsoft REST APIs, Azure |
//!
//! Every view writes [`CatalogError::public_message`], never `Display`: the
//! text of a `#[source]` error stays in the server's logs.
//!
//! The owned types [`NestedBody`], [`PlainBody`], [`FlatBody`] and
//! [`ProblemBody`] read the same shapes back on the client side.
//!
//! ```
//! use error_catalog::{body, error_catalog, Catalog};
//!
//! #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
//! #[derive(Debug)]
//! pub enum MetricsError {
//!     #[error(code = 1000, http = 404, message = "The requested metric was not found")]
//!     MetricNotFound,
//! }
//!
//! let json = serde_json::to_string(&body::Nested::new(&MetricsError::MetricNotFound)).unwrap();
//! assert_eq!(
//!     json,
//!     r#"{"error":{"code":"ANALYTICS_1000","message":"The requested metric was not found","http":404}}"#
//! );
//!
//! let read: body::NestedBody = serde_json::from_str(&json).unwrap();
//! assert_eq!(read.entry::<MetricsError>().unwrap().name(), "METRIC_NOT_FOUND");
//! ```

use core::fmt;
use core::marker::PhantomData;

use serde::de::IgnoredAny;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::body::derive::DetailsOf;
use crate::{Catalog, CatalogError, Entry};

pub(crate) mod derive;
mod google;
mod json_api;
mod microsoft;
#[cfg(feature = "xml")]
mod xml;

/// Derives [`Shape`](trait@Shape) for a struct whose fields name the parts
/// of the error they take. See [the trait](trait@Shape) for every part.
///
/// ```
/// use error_catalog::body::{Shape, Shaped};
/// use error_catalog::error_catalog;
///
/// /// `{"fault":{"id":"SHOP_1","text":"No such order"}}`
/// #[derive(serde::Serialize, serde::Deserialize, Shape)]
/// #[shape(content_type = "application/vnd.shop+json")]
/// struct Fault {
///     fault: FaultObject,
/// }
///
/// #[derive(serde::Serialize, serde::Deserialize, Shape)]
/// struct FaultObject {
///     #[shape(code_str)]
///     id: String,
///     #[shape(message)]
///     text: String,
/// }
///
/// #[error_catalog(prefix = "SHOP", body = Fault)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body = serde_json::to_string(&Shaped::<Fault, _>::new(ShopError::NoSuchOrder)).unwrap();
/// assert_eq!(body, r#"{"fault":{"id":"SHOP_1","text":"No such order"}}"#);
/// ```
pub use error_catalog_macros::Shape;
pub use google::{canonical_status, Google, GoogleBody, GoogleDetail, GoogleError};
pub use json_api::{JsonApi, JsonApiBody, JsonApiError, JSON_API};
pub use microsoft::{Microsoft, MicrosoftBody, MicrosoftError};
#[cfg(feature = "xml")]
pub use xml::{XmlError, PROBLEM_XML};

/// `content-type` of [`Nested`], [`Plain`] and [`Flat`] bodies.
pub const JSON: &str = "application/json";

/// `content-type` of [`Problem`] bodies (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Structured data a variant sends to clients in the `details` of a [`Flat`]
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
    /// under its member's name: the extension members of a [`Problem`], the
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
/// through [`Shaped`] in any serde format. The built-in views ([`Nested`],
/// [`Plain`], [`Flat`], [`Problem`], [`JsonApi`], [`Google`],
/// [`Microsoft`]) are shapes.
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
/// `resolution`, `doc_url`, `description`, `meta = "key"`. A `details`
/// field and a `public` field (the `#[public]` members, as a map) each have
/// a type parameter of the struct as their type, or an `Option` of it,
/// which the derive fills and a client reads with any type (by default
/// `serde::de::IgnoredAny`). A field without a part is a derived shape
/// nested in this one. On the struct, `#[shape(content_type = "...")]`
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
    note = "name a built-in shape (`Nested`, `Plain`, `Flat`, `Problem`, `JsonApi`, `Google`, `Microsoft`) or implement `error_catalog::body::Shape` for `{Self}`"
)]
pub trait Shape {
    /// The media type the body is sent as.
    const CONTENT_TYPE: &'static str = JSON;

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
}

/// The header that carries the code string of every error response, unless
/// the catalogue names another (`code_header = "x-ms-error-code"`) or none
/// (`code_header = false`): proxies and logs can count errors without
/// parsing bodies.
pub const ERROR_CODE_HEADER: &str = "x-error-code";

/// What a catalogue's responses send: the shape it chose with
/// `body = ...` (by default [`Nested`]) and the header that carries the code
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

    /// Writes this error's body in the catalogue's shape.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_body<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_nested(self, serializer)
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

/// A body as a client reads it back: which entry of a catalogue it names.
///
/// Implemented by the owned body types ([`NestedBody`], [`FlatBody`],
/// [`ProblemBody`], ...).
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

/// An error in shape `S`, to serialize: `Shaped::<Fault, _>::new(&err)`.
/// See [`Shape`].
///
/// ```
/// use error_catalog::body::{Problem, Shaped};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// // Problem details, whatever shape the catalogue chose.
/// let body = serde_json::to_string(&Shaped::<Problem<()>, _>::new(&ShopError::NoSuchOrder)).unwrap();
/// assert!(body.starts_with(r#"{"type":"about:blank","title":"Not Found","status":404"#));
/// ```
pub struct Shaped<S, E> {
    error: E,
    shape: PhantomData<fn() -> S>,
}

impl<S: Shape, E: CatalogError + Details> Shaped<S, E> {
    /// Wraps an error, or a reference to one.
    pub const fn new(error: E) -> Self {
        Shaped {
            error,
            shape: PhantomData,
        }
    }

    /// The wrapped error.
    pub const fn error(&self) -> &E {
        &self.error
    }

    /// Unwraps the error.
    pub fn into_inner(self) -> E {
        self.error
    }
}

impl<S, E: fmt::Debug> fmt::Debug for Shaped<S, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Shaped").field(&self.error).finish()
    }
}

impl<S: Shape, E: CatalogError + Details> Serialize for Shaped<S, E> {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        S::serialize_error(&self.error, serializer)
    }
}

/// The methods every view has.
macro_rules! view_methods {
    ($name:ident) => {
        impl<E: $crate::CatalogError> $name<E> {
            /// Wraps an error, or a reference to one: `new(&err)`.
            pub const fn new(error: E) -> Self {
                $name(error)
            }

            /// The wrapped error.
            pub const fn error(&self) -> &E {
                &self.0
            }

            /// Unwraps the error.
            pub fn into_inner(self) -> E {
                self.0
            }

            /// The HTTP status to send the body with.
            pub fn status(&self) -> http::StatusCode {
                self.0.status()
            }
        }

        $crate::body::lift!($name, $name);

        /// The error's own text, for logs: a body never holds it.
        impl<E: core::fmt::Display> core::fmt::Display for $name<E> {
            fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                self.0.fmt(formatter)
            }
        }
    };
}

use view_methods;

macro_rules! view {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<E>(E);

        view_methods!($name);
    };
}

view! {
    /// `{"error":{"code":"ANALYTICS_1000","message":"...","http":404}}`, the
    /// body an analytics service sends.
    ///
    /// ```
    /// use error_catalog::{body::Nested, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let body = serde_json::to_string(&Nested::new(ShopError::NoSuchOrder)).unwrap();
    /// assert_eq!(body, r#"{"error":{"code":"SHOP_1","message":"No such order","http":404}}"#);
    /// ```
    Nested
}

view! {
    /// `{"error":"..."}`, the body of an API that documents statuses only:
    /// the message alone.
    ///
    /// ```
    /// use error_catalog::{body::Plain, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No such order")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let body = serde_json::to_string(&Plain::new(&ShopError::NoSuchOrder)).unwrap();
    /// assert_eq!(body, r#"{"error":"No such order"}"#);
    /// ```
    Plain
}

view! {
    /// `{"error_code":0,"error_message":"...","details":null}`, the body of
    /// an API with small integer codes, with the numeric code. See
    /// [`Details`] for `details`.
    ///
    /// ```
    /// use error_catalog::{body::Flat, error_catalog};
    ///
    /// #[error_catalog(range = 0..=14)]
    /// #[derive(Debug)]
    /// pub enum OzError {
    ///     #[error(code = 3, http = 400, message = "Invalid structure")]
    ///     InvalidStructure(#[details] Vec<&'static str>),
    /// }
    ///
    /// let error = OzError::InvalidStructure(vec!["payload.json"]);
    /// let body = serde_json::to_string(&Flat::new(error)).unwrap();
    /// assert_eq!(body, r#"{"error_code":3,"error_message":"Invalid structure","details":["payload.json"]}"#);
    /// ```
    Flat
}

/// An RFC 9457 problem details object, sent as `application/problem+json`:
///
/// - `type`: the entry's [`doc_url`](Entry::doc_url), else `"about:blank"`;
/// - `title`: the same for every occurrence of the code. With
///   `about:blank` it is the status's reason phrase, as RFC 9457 asks;
///   otherwise the entry's [`title`](Entry::title);
/// - `status`, `detail` (the public message), and `instance` when a
///   handler gives one ([`with_instance`](Self::with_instance));
/// - extension members: `code` (the code string), `resolution` when the
///   entry has one, and the variant's `#[public]` fields.
///
/// ```
/// use error_catalog::{body::Problem, error_catalog};
///
/// #[error_catalog(prefix = "BANK", doc_url = "https://example.com/probs/{name:kebab-case}")]
/// #[derive(Debug)]
/// pub enum BankError {
///     #[error(code = 1, http = 403, title = "You do not have enough credit.",
///             message = "Your current balance is {balance}, but that costs {cost}.")]
///     OutOfCredit { #[public] balance: u32, cost: u32 },
/// }
///
/// let problem = Problem::new(BankError::OutOfCredit { balance: 30, cost: 50 })
///     .with_instance("/account/12345/msgs/abc");
/// assert_eq!(
///     serde_json::to_string(&problem).unwrap(),
///     r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","code":"BANK_1","balance":30}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem<E> {
    error: E,
    instance: Option<String>,
}

impl<E: CatalogError> Problem<E> {
    /// Wraps an error, or a reference to one: `new(&err)`.
    pub const fn new(error: E) -> Self {
        Problem {
            error,
            instance: None,
        }
    }

    /// The same problem with an `instance` member: a URI reference naming
    /// this occurrence, such as the request's path.
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// The `instance` member, if a handler gave one.
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The wrapped error.
    pub const fn error(&self) -> &E {
        &self.error
    }

    /// Unwraps the error.
    pub fn into_inner(self) -> E {
        self.error
    }

    /// The HTTP status to send the body with.
    pub fn status(&self) -> http::StatusCode {
        self.error.status()
    }
}

/// The error's own text, for logs: a body never holds it.
impl<E: fmt::Display> fmt::Display for Problem<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(formatter)
    }
}

/// The error's own text, for logs: a body never holds it.
impl<S, E: fmt::Display> fmt::Display for Shaped<S, E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(formatter)
    }
}

lift!(Problem, Problem::new);

/// `From<C> for View<E>` wherever `E: From<C>`: the catalogue itself, a
/// category it wraps, a type of a `from = [...]` list or of a `#[from]`
/// field, so that `?` reaches a view from anything that reaches the
/// catalogue. One blanket impl in this crate, where the view is local,
/// holds in every layout: an impl per category written by the macro would
/// break the orphan rule as soon as the category is another crate's type.
/// It does not overlap `From<T> for T` because no view is an
/// [`Error`](core::error::Error), the rule `anyhow::Error` follows.
macro_rules! lift {
    ($view:ident, $new:expr) => {
        impl<C, E> From<C> for $view<E>
        where
            C: core::error::Error,
            E: $crate::CatalogError + From<C>,
        {
            fn from(error: C) -> Self {
                $new(E::from(error))
            }
        }
    };
}

use lift;

/// The shape of a view, and its `Serialize` by the same function.
macro_rules! shape {
    ($view:ident, $content_type:expr, $serialize:ident, $($bound:tt)*) => {
        impl<V> $crate::body::Shape for $view<V> {
            const CONTENT_TYPE: &'static str = $content_type;

            fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
            where
                E: $crate::CatalogError + $crate::body::Details + ?Sized,
                S: serde::Serializer,
            {
                $serialize(error, serializer)
            }
        }

        impl<E: $($bound)*> serde::Serialize for $view<E> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $serialize(&self.0, serializer)
            }
        }
    };
}

use shape;

/// `$integration!(View, bounds)` for every body view, with the bounds its
/// `Serialize` needs: the one list the web integrations implement their
/// traits over.
#[cfg(any(feature = "axum", feature = "actix", feature = "utoipa"))]
macro_rules! for_each_view {
    ($integration:ident) => {
        $integration!(Nested, CatalogError);
        $integration!(Plain, CatalogError);
        $integration!(Flat, CatalogError + Details);
        $integration!(Problem, CatalogError + Details);
        $integration!(JsonApi, CatalogError + Details);
        $integration!(Google, CatalogError + Details);
        $integration!(Microsoft, CatalogError + Details);
    };
}

#[cfg(any(feature = "axum", feature = "actix", feature = "utoipa"))]
pub(crate) use for_each_view;

shape!(Nested, JSON, serialize_nested, CatalogError);
shape!(Plain, JSON, serialize_plain, CatalogError);
shape!(Flat, JSON, serialize_flat, CatalogError + Details);

impl<V> Shape for Problem<V> {
    const CONTENT_TYPE: &'static str = PROBLEM_JSON;

    fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
    where
        E: CatalogError + Details + ?Sized,
        S: Serializer,
    {
        serialize_problem(error, None, serializer)
    }
}

impl<E: CatalogError + Details> Serialize for Problem<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_problem(&self.error, self.instance.as_deref(), serializer)
    }
}

pub(crate) fn serialize_nested<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + ?Sized,
    S: Serializer,
{
    struct Inner<'a, E: ?Sized>(&'a E);

    impl<E: CatalogError + ?Sized> Serialize for Inner<'_, E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut error = serializer.serialize_struct("Error", 3)?;
            error.serialize_field("code", self.0.code_str())?;
            error.serialize_field("message", &*self.0.public_message())?;
            error.serialize_field("http", &self.0.status().as_u16())?;
            error.end()
        }
    }

    let mut body = serializer.serialize_struct("Nested", 1)?;
    body.serialize_field("error", &Inner(error))?;
    body.end()
}

fn serialize_plain<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_struct("Plain", 1)?;
    body.serialize_field("error", &*error.public_message())?;
    body.end()
}

fn serialize_flat<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_struct("Flat", 3)?;
    // A catalogue without numbers sends its code strings.
    match error.number() {
        Some(code) => body.serialize_field("error_code", &code)?,
        None => body.serialize_field("error_code", error.code_str())?,
    }
    body.serialize_field("error_message", &*error.public_message())?;
    body.serialize_field("details", &DetailsOf::new(error))?;
    body.end()
}

impl<E: CatalogError> Problem<E> {
    /// The `type` member: the entry's documentation page or `about:blank`.
    pub fn type_uri(&self) -> &'static str {
        problem_type(self.error.entry())
    }

    /// The `title` member.
    pub fn title(&self) -> &'static str {
        problem_title(self.error.entry())
    }
}

fn problem_type(entry: &Entry) -> &'static str {
    entry.doc_url().unwrap_or("about:blank")
}

/// With `about:blank` the status's reason phrase, as RFC 9457 asks.
fn problem_title(entry: &Entry) -> &'static str {
    match entry.doc_url() {
        Some(_) => entry.title(),
        None => entry.status().canonical_reason().unwrap_or(entry.title()),
    }
}

pub(crate) fn serialize_problem<E, S>(
    error: &E,
    instance: Option<&str>,
    serializer: S,
) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    let entry = error.entry();
    let mut body = serializer.serialize_map(None)?;
    body.serialize_entry("type", problem_type(entry))?;
    body.serialize_entry("title", problem_title(entry))?;
    body.serialize_entry("status", &error.status().as_u16())?;
    body.serialize_entry("detail", &*error.public_message())?;
    if let Some(instance) = instance {
        body.serialize_entry("instance", instance)?;
    }
    body.serialize_entry("code", error.code_str())?;
    if let Some(resolution) = error.resolution() {
        body.serialize_entry("resolution", resolution)?;
    }
    error.serialize_public(&mut body)?;
    body.end()
}

/// A [`Nested`] body as a client reads it.
///
/// ```
/// use error_catalog::body::NestedBody;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body: NestedBody =
///     serde_json::from_str(r#"{"error":{"code":"SHOP_1","message":"No such order","http":404}}"#).unwrap();
/// assert_eq!(body.error.http, 404);
/// assert_eq!(body.entry::<ShopError>().unwrap().name(), "NO_SUCH_ORDER");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedBody {
    /// The one member of the body.
    pub error: NestedError,
}

/// The `error` object of a [`NestedBody`].
///
/// ```
/// use error_catalog::body::{NestedBody, NestedError};
///
/// let body: NestedBody = serde_json::from_str(r#"{"error":{"code":"SHOP_1","message":"No such order","http":404}}"#).unwrap();
/// assert_eq!(
///     body.error,
///     NestedError { code: "SHOP_1".into(), message: "No such order".into(), http: 404 },
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedError {
    /// The code string, e.g. `"ANALYTICS_1000"`.
    pub code: String,
    /// The message.
    pub message: String,
    /// The HTTP status the server sent.
    pub http: u16,
}

impl NestedBody {
    /// The catalogue entry of the body's code, if `C` has it.
    pub fn entry<C: Catalog>(&self) -> Option<&'static Entry> {
        Received::entry::<C>(self)
    }
}

impl Received for NestedBody {
    fn code_str(&self) -> Option<&str> {
        Some(&self.error.code)
    }
}

/// A plain body names no code: its [`entry`](Received::entry) is `None`.
impl Received for PlainBody {}

/// A [`Plain`] body as a client reads it. It carries no code.
///
/// ```
/// use error_catalog::body::{PlainBody, Received};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body: PlainBody = serde_json::from_str(r#"{"error":"No such order"}"#).unwrap();
/// assert_eq!(body.error, "No such order");
/// assert!(body.entry::<ShopError>().is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlainBody {
    /// The message.
    pub error: String,
}

/// A [`Flat`] body as a client reads it. `D` is the type of `details`: by
/// default they are skipped over.
///
/// ```
/// use error_catalog::body::FlatBody;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(range = 0..=14)]
/// #[derive(Debug)]
/// pub enum OzError {
///     #[error(code = 3, http = 400, message = "Invalid structure")]
///     InvalidStructure,
/// }
///
/// let text = r#"{"error_code":3,"error_message":"Invalid structure","details":{"field":"payload.json"}}"#;
/// let body: FlatBody<serde_json::Value> = serde_json::from_str(text).unwrap();
/// assert_eq!(body.details.unwrap()["field"], "payload.json");
/// let skipped: FlatBody = serde_json::from_str(text).unwrap();
/// assert_eq!(skipped.entry::<OzError>().unwrap().name(), "INVALID_STRUCTURE");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FlatBody<D = IgnoredAny> {
    /// The numeric code.
    pub error_code: u32,
    /// The message.
    pub error_message: String,
    /// The details; `None` for `null` or when absent.
    #[serde(default = "none")]
    pub details: Option<D>,
}

fn none<D>() -> Option<D> {
    None
}

impl<D> FlatBody<D> {
    /// The catalogue entry of the body's code, if `C` has it.
    pub fn entry<C: Catalog>(&self) -> Option<&'static Entry> {
        Received::entry::<C>(self)
    }
}

impl<D> Received for FlatBody<D> {
    fn number(&self) -> Option<u32> {
        Some(self.error_code)
    }
}

/// A [`Problem`] body as a client reads it. Every member is optional, as in
/// RFC 9457; `type` defaults to `about:blank`.
///
/// ```
/// use error_catalog::body::ProblemBody;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body: ProblemBody = serde_json::from_str(r#"{"status":404,"code":"SHOP_1"}"#).unwrap();
/// assert_eq!(body.type_uri, "about:blank");
/// assert_eq!(body.entry::<ShopError>().unwrap().name(), "NO_SUCH_ORDER");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemBody {
    /// A URI naming the problem type.
    #[serde(rename = "type", default = "about_blank")]
    pub type_uri: String,
    /// A short summary of the problem type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The HTTP status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// This occurrence, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The code string (an extension member).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// How to resolve the problem (an extension member).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
}

fn about_blank() -> String {
    "about:blank".to_owned()
}

impl ProblemBody {
    /// The catalogue entry of the body's `code`, if it has one that `C` has.
    pub fn entry<C: Catalog>(&self) -> Option<&'static Entry> {
        Received::entry::<C>(self)
    }
}

impl Received for ProblemBody {
    fn code_str(&self) -> Option<&str> {
        self.code.as_deref()
    }
}
