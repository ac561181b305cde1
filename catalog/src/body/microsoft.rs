//! The error shape of the Microsoft REST API guidelines (and OData).

use super::traits::client_message;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::derive::DetailsOf;
use super::{Batch, Details, EachItem, Item, Received, JSON};
use crate::CatalogError;

/// The error response of the Microsoft REST API guidelines:
/// `{"error":{"code":"...","message":"...","target":"...","innererror":{...}}}`,
/// whose
///
/// - `code` is the code string (the catalogue's `code_header =
///   "x-ms-error-code"` sends it in the header the guidelines name too),
///   and `message` the public message;
/// - next come the variant's `#[public]` fields, as the guidelines' extra
///   properties: one named `target` is the error's `target`;
/// - `innererror` is the variant's `#[details]` field, left out when it has
///   none.
///
/// ```
/// use error_catalog::{body::Microsoft, error_catalog};
///
/// #[derive(Debug, serde::Serialize)]
/// pub struct Inner {
///     pub code: &'static str,
/// }
///
/// #[error_catalog(format = "{name}", rename_all = "PascalCase", body = Microsoft,
///                 code_header = "x-ms-error-code")]
/// #[derive(Debug)]
/// pub enum StorageError {
///     #[error(http = 400, message = "The value of {target} is too short")]
///     InvalidInput { #[public] target: String, #[details] inner: Inner },
/// }
///
/// let error = StorageError::InvalidInput {
///     target: "password".into(),
///     inner: Inner { code: "PasswordTooShort" },
/// };
/// assert_eq!(
///     serde_json::to_string(&Microsoft::new(error)).unwrap(),
///     r#"{"error":{"code":"InvalidInput","message":"The value of password is too short","target":"password","innererror":{"code":"PasswordTooShort"}}}"#
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Microsoft<E = ()>(E);

super::view_methods!(Microsoft);

super::shape!(
    Microsoft,
    JSON,
    serialize_microsoft,
    batch: serialize_microsoft_batch,
    CatalogError + Details
);

fn serialize_microsoft<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_map(Some(1))?;
    body.serialize_entry("error", &ErrorDetail(error, None::<()>))?;
    body.end()
}

/// A batch: the lead is the error, and its `details` lists the items,
/// each with its pointer as `target`, as the guidelines' error object
/// does.
fn serialize_microsoft_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details,
    S: Serializer,
{
    let mut body = serializer.serialize_map(Some(1))?;
    let details = EachItem(batch.items(), Listing);
    body.serialize_entry("error", &ErrorDetail(batch.lead(), Some(details)))?;
    body.end()
}

/// The error object, and what its `details` lists, when it lists.
struct ErrorDetail<'a, E: ?Sized, L>(&'a E, Option<L>);

impl<E: CatalogError + Details + ?Sized, L: Serialize> Serialize for ErrorDetail<'_, E, L> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let error = self.0;
        let mut detail = serializer.serialize_map(None)?;
        detail.serialize_entry("code", error.code_str())?;
        detail.serialize_entry("message", &*client_message(error))?;
        error.serialize_public(&mut detail)?;
        if let Some(details) = &self.1 {
            detail.serialize_entry("details", details)?;
        }
        if error.has_details() {
            detail.serialize_entry("innererror", &DetailsOf::new(error))?;
        }
        detail.end()
    }
}

struct Listing<'a, E>(&'a Item<E>);

impl<E: CatalogError + Details> Serialize for Listing<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (error, pointer) = (self.0.error(), self.0.pointer());
        let mut detail = serializer.serialize_map(None)?;
        detail.serialize_entry("code", error.code_str())?;
        detail.serialize_entry("message", &*client_message(error))?;
        if let Some(pointer) = pointer {
            detail.serialize_entry("target", pointer)?;
        }
        error.serialize_public(&mut detail)?;
        detail.end()
    }
}

/// A [`Microsoft`] error response as a client reads it. Members it does
/// not know are skipped over.
///
/// ```
/// use error_catalog::body::{MicrosoftBody, Received};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body: MicrosoftBody = serde_json::from_str(r#"{"error":{"code":"SHOP_1","message":"No such order","target":"orderId"}}"#).unwrap();
/// assert_eq!(body.entry::<ShopError>().unwrap().name(), "NO_SUCH_ORDER");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MicrosoftBody {
    /// The one member of the body.
    pub error: MicrosoftError,
}

/// The `error` object of a [`MicrosoftBody`].
///
/// ```
/// use error_catalog::body::MicrosoftBody;
///
/// let body: MicrosoftBody = serde_json::from_str(r#"{"error":{"code":"SHOP_1","message":"No such order","target":"orderId"}}"#).unwrap();
/// assert_eq!(body.error.code, "SHOP_1");
/// assert_eq!(body.error.target.as_deref(), Some("orderId"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MicrosoftError {
    /// The code string.
    pub code: String,
    /// The message.
    pub message: String,
    /// The target of the error, if the server named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl Received for MicrosoftBody {
    fn code_str(&self) -> Option<&str> {
        Some(&self.error.code)
    }
}
