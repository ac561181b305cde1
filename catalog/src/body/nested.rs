//! `{"error":{"code":"...","message":"...","http":404}}`.

use super::traits::client_message;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use super::media::JSON;
use super::view::view;
use super::{shape, Batch, EachItem, Item, Received};
use crate::{Catalog, CatalogError, Entry};

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

shape!(Nested, JSON, serialize_nested, batch: serialize_nested_batch, CatalogError);

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
            error.serialize_field("message", &*client_message(self.0))?;
            error.serialize_field("http", &self.0.status().as_u16())?;
            error.end()
        }
    }

    let mut body = serializer.serialize_struct("Nested", 1)?;
    body.serialize_field("error", &Inner(error))?;
    body.end()
}

/// A batch: the lead's error object, with the items under `errors`, each
/// with its `pointer`.
fn serialize_nested_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError,
    S: Serializer,
{
    let mut body = serializer.serialize_struct("Nested", 1)?;
    body.serialize_field("error", &Led(batch))?;
    body.end()
}

struct Led<'a, E>(&'a Batch<E>);

impl<E: CatalogError> Serialize for Led<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let lead = self.0.lead();
        let mut error = serializer.serialize_struct("Error", 4)?;
        error.serialize_field("code", lead.code_str())?;
        error.serialize_field("message", &*client_message(lead))?;
        error.serialize_field("http", &lead.status().as_u16())?;
        error.serialize_field("errors", &EachItem(self.0.items(), Listing))?;
        error.end()
    }
}

struct Listing<'a, E>(&'a Item<E>);

impl<E: CatalogError> Serialize for Listing<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (error, pointer) = (self.0.error(), self.0.pointer());
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("code", error.code_str())?;
        object.serialize_entry("message", &*client_message(error))?;
        object.serialize_entry("http", &error.status().as_u16())?;
        if let Some(pointer) = pointer {
            object.serialize_entry("pointer", pointer)?;
        }
        object.end()
    }
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
