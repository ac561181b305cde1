//! JSON error bodies, in the shapes real APIs send.
//!
//! Each view wraps an error (or a borrowed one, `&err`) and serializes it,
//! compact and with fields in the order shown:
//!
//! | view | shape | sent by |
//! |---|---|---|
//! | [`Nested`] | `{"error":{"code":"ANALYTICS_1000","message":"...","http":404}}` | an analytics service |
//! | [`Plain`] | `{"error":"..."}` | an API that documents statuses only |
//! | [`Text`] | `No such order` (`text/plain`) | a service whose errors are a line of text |
//! | [`Flat`] | `{"error_code":0,"error_message":"...","details":null}` | an API with small integer codes |
//! | [`Problem`] | RFC 9457 `application/problem+json` | any HTTP API |
//! | [`JsonApi`] | `application/vnd.api+json` error objects | JSON:API services |
//! | [`Google`] | `{"error":{"code":404,"status":"NOT_FOUND","details":[...]}}` | Google APIs (AIP-193) |
//! | [`Microsoft`] | `{"error":{"code":"...","message":"...","innererror":{...}}}` | Microsoft REST APIs, Azure |
//!
//! Every view writes [`CatalogError::public_message`](crate::CatalogError::public_message), never `Display`: the
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

// One file per shape, each with its view, its serializer and the owned type
// a client reads it back with. They name `traits` (what every shape shares),
// `view` and `derive`; `respond` (a catalogue's choice of shape) names them.
mod batch;
pub(crate) mod derive;
mod flat;
mod google;
mod json_api;
mod media;
mod microsoft;
mod nested;
mod plain;
mod problem;
pub(crate) mod respond;
mod text;
mod traits;
mod view;
#[cfg(feature = "xml")]
mod xml;

use batch::EachItem;
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
pub use batch::{Batch, Item};
pub use error_catalog_macros::Shape;
pub use flat::{Flat, FlatBody};
#[cfg(feature = "tonic")]
pub(crate) use google::HELP_DESCRIPTION;
pub use google::{canonical_status, Google, GoogleBody, GoogleDetail, GoogleError};
pub use json_api::{JsonApi, JsonApiBody, JsonApiError};
#[cfg(feature = "xml")]
pub use media::PROBLEM_XML;
pub use media::{JSON, JSON_API, PROBLEM_JSON, TEXT};
pub use microsoft::{Microsoft, MicrosoftBody, MicrosoftError};
pub use nested::{Nested, NestedBody, NestedError};
pub use plain::{Plain, PlainBody};
pub use problem::{Problem, ProblemBody};
pub use respond::{Respond, ERROR_CODE_HEADER};
pub use text::Text;
pub use traits::{Details, Received, Shape, XmlDocument};
pub use view::Shaped;
#[cfg(all(feature = "xml", feature = "json"))]
pub(crate) use xml::written as xml_written;
#[cfg(feature = "xml")]
pub use xml::XmlError;

#[cfg(feature = "tonic")]
pub(crate) use google::Metadata;
pub(crate) use nested::serialize_nested;
#[cfg(any(feature = "axum", feature = "actix", feature = "openapi"))]
pub(crate) use view::for_each_view;
use view::{lift, shape, view_methods};
