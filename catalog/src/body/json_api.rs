//! JSON:API error objects (<https://jsonapi.org/format/#error-objects>).

use super::traits::{client_message, client_title};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use super::derive::{DetailsOf, PublicOf};
use super::{Batch, Details, EachItem, Item, Received, JSON_API};
use crate::context::RequestContext;
use crate::CatalogError;

/// A JSON:API error document, sent as `application/vnd.api+json`:
/// `{"errors":[{"status":"404","code":"...","title":"...","detail":"..."}]}`
/// with one error object whose
///
/// - `status` is the HTTP status as a string, as JSON:API writes it;
/// - `code` is the code string;
/// - `source` is the variant's `#[details]` field (a JSON:API source
///   object such as `{"pointer":"/data/attributes/firstName"}`), left out
///   when it has none;
/// - `title` is the entry's title, `detail` the public message;
/// - `links.type` is the entry's documentation page, when it has one;
/// - `meta` holds the variant's `#[public]` fields, left out when it has
///   none.
///
/// ```
/// use error_catalog::{body::JsonApi, error_catalog};
///
/// #[error_catalog(prefix = "SHOP", body = JsonApi)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, title = "Order not found",
///             message = "No order {id} in this shop")]
///     NoSuchOrder { #[public] id: u32 },
/// }
///
/// assert_eq!(
///     serde_json::to_string(&JsonApi::new(ShopError::NoSuchOrder { id: 7 })).unwrap(),
///     r#"{"errors":[{"status":"404","code":"SHOP_1","title":"Order not found","detail":"No order 7 in this shop","meta":{"id":7}}]}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonApi<E = ()>(E);

super::view_methods!(JsonApi);

super::shape!(
    JsonApi,
    JSON_API,
    serialize_json_api,
    batch: serialize_json_api_batch,
    CatalogError + Details
);

fn serialize_json_api<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    document(serializer, &Errors(error))
}

/// The document: its `errors`, and its `meta`,
/// `{"request_id":..,"timestamp":..}`, when the request's context is known
/// (one per document, whatever it lists).
fn document<S: Serializer>(serializer: S, errors: &impl Serialize) -> Result<S::Ok, S::Error> {
    RequestContext::with_current(|context| {
        let mut document = serializer.serialize_map(Some(1 + usize::from(context.is_some())))?;
        document.serialize_entry("errors", errors)?;
        if let Some(context) = context {
            document.serialize_entry("meta", &Meta(context))?;
        }
        document.end()
    })
}

struct Meta<'a>(&'a RequestContext);

impl Serialize for Meta<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut meta = serializer.serialize_map(Some(2))?;
        meta.serialize_entry("request_id", self.0.id())?;
        meta.serialize_entry("timestamp", &self.0.timestamp())?;
        meta.end()
    }
}

/// A batch: the items, each an error object whose `source` is its
/// pointer; the lead gives the response its status alone, as JSON:API
/// lists the errors and nothing above them.
fn serialize_json_api_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details,
    S: Serializer,
{
    document(serializer, &EachItem(batch.items(), ErrorObject::of))
}

/// The `errors` array: the one error object.
struct Errors<'a, E: ?Sized>(&'a E);

impl<E: CatalogError + Details + ?Sized> Serialize for Errors<'_, E> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut errors = serializer.serialize_seq(Some(1))?;
        errors.serialize_element(&ErrorObject {
            error: self.0,
            pointer: None,
        })?;
        errors.end()
    }
}

/// One error object; its `source` is the pointer when it has one, else
/// the `#[details]` field.
struct ErrorObject<'a, E: ?Sized> {
    error: &'a E,
    pointer: Option<&'a str>,
}

impl<'a, E> ErrorObject<'a, E> {
    /// The object of a batch's item.
    fn of(item: &'a Item<E>) -> Self {
        ErrorObject {
            error: item.error(),
            pointer: item.pointer(),
        }
    }
}

impl<E: CatalogError + Details + ?Sized> Serialize for ErrorObject<'_, E> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.error;
        let entry = error.entry();
        let mut object = serializer.serialize_map(None)?;
        // In the order of the specification's examples.
        object.serialize_entry("status", error.status().as_str())?;
        object.serialize_entry("code", error.code_str())?;
        if let Some(pointer) = self.pointer {
            object.serialize_entry("source", &Pointer(pointer))?;
        } else if error.has_details() {
            object.serialize_entry("source", &DetailsOf::new(error))?;
        }
        object.serialize_entry("title", &*client_title(error, entry.title()))?;
        object.serialize_entry("detail", &*client_message(error))?;
        if let Some(url) = entry.doc_url() {
            object.serialize_entry("links", &Links(url))?;
        }
        if error.has_public() {
            object.serialize_entry("meta", &PublicOf::new(error))?;
        }
        object.end()
    }
}

/// `{"pointer":"/data/attributes/name"}`.
struct Pointer<'a>(&'a str);

impl Serialize for Pointer<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut source = serializer.serialize_map(Some(1))?;
        source.serialize_entry("pointer", self.0)?;
        source.end()
    }
}

struct Links<'a>(&'a str);

impl Serialize for Links<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut links = serializer.serialize_map(Some(1))?;
        links.serialize_entry("type", self.0)?;
        links.end()
    }
}

/// A [`JsonApi`] document as a client reads it. Members it does not know
/// are skipped over.
///
/// ```
/// use error_catalog::body::{JsonApiBody, Received};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body: JsonApiBody = serde_json::from_str(r#"{"errors":[{"status":"404","code":"SHOP_1","title":"No such order","detail":"No such order"}]}"#).unwrap();
/// assert_eq!(body.entry::<ShopError>().unwrap().name(), "NO_SUCH_ORDER");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonApiBody {
    /// The error objects.
    pub errors: Vec<JsonApiError>,
}

/// One error object of a [`JsonApiBody`]. Every member is optional, as in
/// JSON:API.
///
/// ```
/// use error_catalog::body::JsonApiBody;
///
/// let body: JsonApiBody = serde_json::from_str(r#"{"errors":[{"status":"404","code":"SHOP_1","title":"No such order","detail":"No such order"}]}"#).unwrap();
/// assert_eq!(body.errors[0].status.as_deref(), Some("404"));
/// assert_eq!(body.errors[0].code.as_deref(), Some("SHOP_1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonApiError {
    /// The HTTP status, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The code string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The summary that is the same for every occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// This occurrence, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The first error object's code.
impl Received for JsonApiBody {
    fn code_str(&self) -> Option<&str> {
        self.errors.first()?.code.as_deref()
    }
}
