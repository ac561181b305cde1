//! The error model of Google APIs (AIP-193, <https://google.aip.dev/193>).

use std::collections::BTreeMap;
use std::fmt::Display;

use http::StatusCode;
use serde::ser::{self, Impossible, SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use super::traits::client_message;
use super::{Batch, Details, EachItem, Item, Received, JSON};
use crate::context::RequestContext;
use crate::{CatalogError, Entry};

const ERROR_INFO: &str = "type.googleapis.com/google.rpc.ErrorInfo";
const HELP: &str = "type.googleapis.com/google.rpc.Help";
const BAD_REQUEST: &str = "type.googleapis.com/google.rpc.BadRequest";
const REQUEST_INFO: &str = "type.googleapis.com/google.rpc.RequestInfo";
#[cfg(feature = "locale")]
const LOCALIZED_MESSAGE: &str = "type.googleapis.com/google.rpc.LocalizedMessage";

/// The error response of Google APIs (AIP-193):
/// `{"error":{"code":404,"message":"...","status":"NOT_FOUND","details":[...]}}`,
/// whose
///
/// - `code` is the HTTP status and `message` the public message;
/// - `status` is the canonical `google.rpc.Code` name of the entry: its
///   `status` metadata (`meta(status = "ALREADY_EXISTS")`), else the name
///   [`canonical_status`] gives its HTTP status;
/// - `details` holds a `google.rpc.ErrorInfo` whose `reason` is the code
///   string, whose `domain` is the entry's `domain` metadata (usually given
///   once for the catalogue: `meta(domain = "shop.example.com")`), and
///   whose `metadata` holds the variant's `#[public]` fields as strings;
///   and, when the entry has a documentation page, a `google.rpc.Help`
///   linking to it.
///
/// ```
/// use error_catalog::{body::Google, error_catalog};
///
/// #[error_catalog(format = "{name}", meta(domain = "shop.example.com"), body = Google)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(http = 429, message = "The zone {zone} is out of stock")]
///     NoStock { #[public] zone: String },
/// }
///
/// assert_eq!(
///     serde_json::to_string(&Google::new(ShopError::NoStock { zone: "eu-west".into() })).unwrap(),
///     r#"{"error":{"code":429,"message":"The zone eu-west is out of stock","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"NO_STOCK","domain":"shop.example.com","metadata":{"zone":"eu-west"}}]}}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Google<E = ()>(E);

super::view_methods!(Google);

/// The `google.rpc.Code` name and number of an HTTP status, by the mapping
/// Google publishes with `google.rpc.Code` (where several codes share a
/// status, the general one: 400 is `INVALID_ARGUMENT`, 409 `ABORTED`, 500
/// `INTERNAL`). A status the mapping does not name is `UNKNOWN` (2).
///
/// ```
/// use error_catalog::body::canonical_status;
/// use error_catalog::http::StatusCode;
///
/// assert_eq!(canonical_status(StatusCode::NOT_FOUND), ("NOT_FOUND", 5));
/// assert_eq!(canonical_status(StatusCode::IM_A_TEAPOT), ("UNKNOWN", 2));
/// ```
pub const fn canonical_status(status: StatusCode) -> (&'static str, i32) {
    match status.as_u16() {
        200..=299 => ("OK", 0),
        400 => ("INVALID_ARGUMENT", 3),
        401 => ("UNAUTHENTICATED", 16),
        403 => ("PERMISSION_DENIED", 7),
        404 => ("NOT_FOUND", 5),
        409 => ("ABORTED", 10),
        429 => ("RESOURCE_EXHAUSTED", 8),
        499 => ("CANCELLED", 1),
        500 => ("INTERNAL", 13),
        501 => ("UNIMPLEMENTED", 12),
        503 => ("UNAVAILABLE", 14),
        504 => ("DEADLINE_EXCEEDED", 4),
        _ => ("UNKNOWN", 2),
    }
}

/// The entry's canonical status name: its `status` metadata, else the
/// mapping's.
fn status_name(entry: &Entry) -> &'static str {
    match entry.meta("status") {
        Some(name) => name,
        None => canonical_status(entry.status()).0,
    }
}

super::shape!(
    Google,
    JSON,
    serialize_google,
    batch: serialize_google_batch,
    CatalogError + Details
);

fn serialize_google<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_map(Some(1))?;
    body.serialize_entry("error", &Status(error, None::<()>))?;
    body.end()
}

/// A batch: the lead is the status, and a `google.rpc.BadRequest` after
/// its `ErrorInfo` holds a field violation per item: its pointer as
/// `field`, its message as `description`, its code string as `reason`.
fn serialize_google_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details,
    S: Serializer,
{
    let mut body = serializer.serialize_map(Some(1))?;
    let violations = BadRequest(batch.items());
    body.serialize_entry("error", &Status(batch.lead(), Some(violations)))?;
    body.end()
}

/// The status, and the detail it adds after its `ErrorInfo`, if any.
struct Status<'a, E: ?Sized, D>(&'a E, Option<D>);

impl<E: CatalogError + Details + ?Sized, D: Serialize> Serialize for Status<'_, E, D> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.0;
        let entry = error.entry();
        let mut status = serializer.serialize_map(Some(4))?;
        status.serialize_entry("code", &error.status().as_u16())?;
        status.serialize_entry("message", &*error.public_message())?;
        status.serialize_entry("status", status_name(entry))?;
        status.serialize_entry("details", &StatusDetails(error, &self.1))?;
        status.end()
    }
}

struct StatusDetails<'a, E: ?Sized, D>(&'a E, &'a Option<D>);

impl<E: CatalogError + Details + ?Sized, D: Serialize> Serialize for StatusDetails<'_, E, D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.0;
        let doc_url = error.entry().doc_url();
        RequestContext::with_current(|context| {
            #[cfg(feature = "locale")]
            let localized = localized_message(error);
            #[cfg(feature = "locale")]
            let localized_count = usize::from(localized.is_some());
            #[cfg(not(feature = "locale"))]
            let localized_count = 0;
            let count = 1
                + usize::from(context.is_some())
                + localized_count
                + usize::from(self.1.is_some())
                + usize::from(doc_url.is_some());
            let mut details = serializer.serialize_seq(Some(count))?;
            details.serialize_element(&ErrorInfo(error))?;
            if let Some(context) = context {
                details.serialize_element(&RequestInfo(context))?;
            }
            #[cfg(feature = "locale")]
            if let Some(localized) = &localized {
                details.serialize_element(localized)?;
            }
            if let Some(added) = self.1 {
                details.serialize_element(added)?;
            }
            if let Some(url) = doc_url {
                details.serialize_element(&Help(url))?;
            }
            details.end()
        })
    }
}

/// `{"@type":"type.googleapis.com/google.rpc.LocalizedMessage","locale":..,"message":..}`:
/// the message for users, in the locale the request chose, beside the
/// status's `message` for developers, which stays the enum's (AIP-193).
#[cfg(feature = "locale")]
struct LocalizedMessage {
    locale: &'static str,
    message: std::borrow::Cow<'static, str>,
}

#[cfg(feature = "locale")]
impl Serialize for LocalizedMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut detail = serializer.serialize_map(Some(3))?;
        detail.serialize_entry("@type", LOCALIZED_MESSAGE)?;
        detail.serialize_entry("locale", self.locale)?;
        detail.serialize_entry("message", &*self.message)?;
        detail.end()
    }
}

/// The `LocalizedMessage` of `error`: only a catalogue with locales has one.
#[cfg(feature = "locale")]
fn localized_message<E: CatalogError + ?Sized>(error: &E) -> Option<LocalizedMessage> {
    crate::locale::chosen(error).map(|locale| LocalizedMessage {
        locale,
        message: client_message(error),
    })
}

/// `{"@type":"type.googleapis.com/google.rpc.RequestInfo","requestId":"..."}`.
struct RequestInfo<'a>(&'a RequestContext);

impl Serialize for RequestInfo<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut info = serializer.serialize_map(Some(2))?;
        info.serialize_entry("@type", REQUEST_INFO)?;
        info.serialize_entry("requestId", self.0.id())?;
        info.end()
    }
}

/// `{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[...]}`.
struct BadRequest<'a, E>(&'a [Item<E>]);

impl<E: CatalogError> Serialize for BadRequest<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Violation<'a, E>(&'a Item<E>);

        impl<E: CatalogError> Serialize for Violation<'_, E> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let (error, pointer) = (self.0.error(), self.0.pointer());
                let mut violation = serializer.serialize_map(None)?;
                if let Some(pointer) = pointer {
                    violation.serialize_entry("field", pointer)?;
                }
                violation.serialize_entry("description", &*client_message(error))?;
                violation.serialize_entry("reason", error.code_str())?;
                violation.end()
            }
        }

        let mut bad_request = serializer.serialize_map(Some(2))?;
        bad_request.serialize_entry("@type", BAD_REQUEST)?;
        bad_request.serialize_entry("fieldViolations", &EachItem(self.0, Violation))?;
        bad_request.end()
    }
}

struct ErrorInfo<'a, E: ?Sized>(&'a E);

impl<E: CatalogError + Details + ?Sized> Serialize for ErrorInfo<'_, E> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.0;
        let mut info = serializer.serialize_map(None)?;
        info.serialize_entry("@type", ERROR_INFO)?;
        info.serialize_entry("reason", error.code_str())?;
        if let Some(domain) = error.entry().meta("domain") {
            info.serialize_entry("domain", domain)?;
        }
        if error.has_public() {
            info.serialize_entry("metadata", &Metadata(error))?;
        }
        info.end()
    }
}

/// The `#[public]` fields, each value written as a string, as
/// `ErrorInfo.metadata` is a `map<string, string>`: what the HTTP body and
/// the gRPC status both send.
pub(crate) struct Metadata<'a, E: ?Sized>(pub &'a E);

impl<E: Details + ?Sized> Serialize for Metadata<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = StringValues(serializer.serialize_map(None)?);
        self.0.serialize_public(&mut map)?;
        map.0.end()
    }
}

/// What the one link of a `google.rpc.Help` says of the entry's page.
pub(crate) const HELP_DESCRIPTION: &str = "Additional information on this error";

struct Help<'a>(&'a str);

impl Serialize for Help<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Link<'a>(&'a str);

        impl Serialize for Link<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut link = serializer.serialize_map(Some(2))?;
                link.serialize_entry("description", HELP_DESCRIPTION)?;
                link.serialize_entry("url", self.0)?;
                link.end()
            }
        }

        let mut help = serializer.serialize_map(Some(2))?;
        help.serialize_entry("@type", HELP)?;
        help.serialize_entry("links", &[Link(self.0)])?;
        help.end()
    }
}

/// A map whose values are written as strings.
struct StringValues<M>(M);

impl<M: SerializeMap> SerializeMap for StringValues<M> {
    type Ok = M::Ok;
    type Error = M::Error;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), M::Error> {
        self.0.serialize_key(key)
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), M::Error> {
        self.0.serialize_value(&AsString(value))
    }

    fn end(self) -> Result<M::Ok, M::Error> {
        self.0.end()
    }
}

/// A value written as a string: strings as they are, numbers, booleans and
/// characters in their `Display` form, `Some(v)` as `v`, unit and `None`
/// as `""`. Lists and maps have no string form and are an error.
struct AsString<'a, T: ?Sized>(&'a T);

impl<T: ?Sized + Serialize> Serialize for AsString<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Stringify(serializer))
    }
}

struct Stringify<S>(S);

fn not_a_string<E: ser::Error>(what: &str) -> E {
    E::custom(format_args!(
        "a #[public] field sent in Google's `metadata` must be a string, a number or a boolean, not {what}"
    ))
}

macro_rules! display {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, value: $ty) -> Result<S::Ok, S::Error> {
            self.text(&value)
        })*
    };
}

impl<S: Serializer> Stringify<S> {
    fn text(self, value: &dyn Display) -> Result<S::Ok, S::Error> {
        self.0.collect_str(value)
    }
}

impl<S: Serializer> Serializer for Stringify<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = Impossible<S::Ok, S::Error>;
    type SerializeStruct = Impossible<S::Ok, S::Error>;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    display!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_f32: f32,
        serialize_f64: f64, serialize_char: char
    );

    fn serialize_str(self, value: &str) -> Result<S::Ok, S::Error> {
        self.0.serialize_str(value)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<S::Ok, S::Error> {
        Err(not_a_string("bytes"))
    }

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_str("")
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_str("")
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<S::Ok, S::Error> {
        self.0.serialize_str("")
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(not_a_string("an enum variant with data"))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(not_a_string("a list"))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(not_a_string("a tuple"))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(not_a_string("a tuple struct"))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Err(not_a_string("an enum variant with data"))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Err(not_a_string("a map"))
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Err(not_a_string("a struct"))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        Err(not_a_string("an enum variant with data"))
    }
}

/// A [`Google`] error response as a client reads it. Members it does not
/// know are skipped over.
///
/// ```
/// use error_catalog::body::{GoogleBody, Received};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(format = "{name}", meta(domain = "shop.example.com"))]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(http = 429, message = "Out of stock")]
///     NoStock,
/// }
///
/// let body: GoogleBody = serde_json::from_str(r#"{"error":{"code":429,"message":"Out of stock","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"NO_STOCK","domain":"shop.example.com","metadata":{"zone":"eu-west"}}]}}"#).unwrap();
/// assert_eq!(body.error.status, "RESOURCE_EXHAUSTED");
/// assert_eq!(body.entry::<ShopError>().unwrap().name(), "NO_STOCK");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoogleBody {
    /// The one member of the body.
    pub error: GoogleError,
}

/// The `error` object of a [`GoogleBody`].
///
/// ```
/// use error_catalog::body::GoogleBody;
///
/// let body: GoogleBody = serde_json::from_str(r#"{"error":{"code":429,"message":"Out of stock","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"NO_STOCK","domain":"shop.example.com","metadata":{"zone":"eu-west"}}]}}"#).unwrap();
/// assert_eq!((body.error.code, body.error.message.as_str()), (429, "Out of stock"));
/// assert_eq!(body.error.details.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoogleError {
    /// The HTTP status.
    pub code: u16,
    /// The message.
    pub message: String,
    /// The canonical status name, e.g. `NOT_FOUND`.
    #[serde(default)]
    pub status: String,
    /// The details; of each, what an `ErrorInfo` holds.
    #[serde(default)]
    pub details: Vec<GoogleDetail>,
}

/// One entry of [`GoogleError::details`]: its type, and what an
/// `ErrorInfo` holds (empty for other types).
///
/// ```
/// use error_catalog::body::GoogleBody;
///
/// let body: GoogleBody = serde_json::from_str(r#"{"error":{"code":429,"message":"Out of stock","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"NO_STOCK","domain":"shop.example.com","metadata":{"zone":"eu-west"}}]}}"#).unwrap();
/// let info = &body.error.details[0];
/// assert_eq!(info.type_url, "type.googleapis.com/google.rpc.ErrorInfo");
/// assert_eq!(info.reason.as_deref(), Some("NO_STOCK"));
/// assert_eq!(info.metadata["zone"], "eu-west");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoogleDetail {
    /// The type URL, e.g. `type.googleapis.com/google.rpc.ErrorInfo`.
    #[serde(rename = "@type")]
    pub type_url: String,
    /// An `ErrorInfo`'s reason: the code string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// An `ErrorInfo`'s domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// An `ErrorInfo`'s metadata.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
}

/// The reason of the body's `ErrorInfo`.
impl Received for GoogleBody {
    fn code_str(&self) -> Option<&str> {
        self.error
            .details
            .iter()
            .find(|detail| detail.type_url == ERROR_INFO)?
            .reason
            .as_deref()
    }
}
