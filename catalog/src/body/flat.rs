//! `{"error_code":0,"error_message":"...","details":null}`.

use super::traits::client_message;
use serde::de::IgnoredAny;
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use super::derive::DetailsOf;
use super::view::view;
use super::{shape, Batch, Details, EachItem, Item, Received, JSON};
use crate::{Catalog, CatalogError, Entry};

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

shape!(Flat, JSON, serialize_flat, batch: serialize_flat_batch, CatalogError + Details);

fn serialize_flat<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_struct("Flat", 3)?;
    write_code(&mut body, error)?;
    body.serialize_field("error_message", &*client_message(error))?;
    body.serialize_field("details", &DetailsOf::new(error))?;
    body.end()
}

/// A batch: the lead's code and message, with the items as `details`, each
/// `{"error_code":..,"error_message":..,"pointer":..}`.
fn serialize_flat_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError,
    S: Serializer,
{
    let mut body = serializer.serialize_struct("Flat", 3)?;
    write_code(&mut body, batch.lead())?;
    body.serialize_field("error_message", &*client_message(batch.lead()))?;
    body.serialize_field("details", &EachItem(batch.items(), Listing))?;
    body.end()
}

/// `error_code`: the number, or in a catalogue without numbers the code
/// string.
fn write_code<B: SerializeStruct, E: CatalogError + ?Sized>(
    body: &mut B,
    error: &E,
) -> Result<(), B::Error> {
    match error.number() {
        Some(code) => body.serialize_field("error_code", &code),
        None => body.serialize_field("error_code", error.code_str()),
    }
}

struct Listing<'a, E>(&'a Item<E>);

impl<E: CatalogError> Serialize for Listing<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (error, pointer) = (self.0.error(), self.0.pointer());
        let mut object = serializer.serialize_struct("Flat", 3)?;
        write_code(&mut object, error)?;
        object.serialize_field("error_message", &*client_message(error))?;
        match pointer {
            Some(pointer) => object.serialize_field("pointer", pointer)?,
            None => object.skip_field("pointer")?,
        }
        object.end()
    }
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
