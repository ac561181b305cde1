//! `{"error":"..."}`: the message alone.

use super::traits::client_message;
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use super::media::JSON;
use super::view::view;
use super::{shape, Received};
use crate::CatalogError;

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

shape!(Plain, JSON, serialize_plain, CatalogError);

fn serialize_plain<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_struct("Plain", 1)?;
    body.serialize_field("error", &*client_message(error))?;
    body.end()
}

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

/// A plain body names no code: its [`entry`](Received::entry) is `None`.
impl Received for PlainBody {}
