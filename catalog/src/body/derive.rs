//! What the code `#[derive(Shape)]` writes calls: the parts of an error a
//! derived shape reads, and serde adapters for its `details` and `public`
//! members. Reached through `__private`; not public API.

use super::traits::client_message;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::{Batch, Details};
use crate::context::RequestContext;
use crate::CatalogError;

/// An error's `#[details]` field as a `Serialize` value: `null` when it has
/// none. What a shape's `details` member holds.
pub struct DetailsOf<'a, E: ?Sized>(&'a E);

impl<'a, E: ?Sized> DetailsOf<'a, E> {
    /// The details of `error`.
    pub fn new(error: &'a E) -> Self {
        DetailsOf(error)
    }
}

impl<E: Details + ?Sized> Serialize for DetailsOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_details(serializer)
    }
}

/// An error's `#[public]` fields as a `Serialize` map.
pub struct PublicOf<'a, E: ?Sized>(&'a E);

impl<'a, E: ?Sized> PublicOf<'a, E> {
    /// The `#[public]` fields of `error`.
    pub fn new(error: &'a E) -> Self {
        PublicOf(error)
    }
}

impl<E: Details + ?Sized> Serialize for PublicOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.0.serialize_public(&mut map)?;
        map.end()
    }
}

/// What a derived shape reads: the error, its public message (computed
/// once), and, for an `errors` list, the parts of each error listed.
pub struct Parts<'a, E: ?Sized> {
    /// The error.
    pub error: &'a E,
    /// Its public message.
    pub message: &'a str,
    /// What the error points at, as an item of a batch.
    pub pointer: Option<&'a str>,
    /// The errors an `errors` list holds: a batch's items, or the error
    /// alone.
    pub items: &'a [Parts<'a, E>],
    /// The request the error answers, when a layer makes it known.
    pub context: Option<&'a RequestContext>,
}

/// A derived shape: the struct built from an error's parts.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a shape, so a field of this type takes no part of the error",
    label = "not a shape",
    note = "mark the field with the part it takes, as in `#[shape(code_str)]`, or derive `Shape` for its type"
)]
pub trait FromParts<'a, E: ?Sized> {
    /// The shape of `parts`.
    fn from_parts(parts: &Parts<'a, E>) -> Self;
}

/// What a derived shape fills its `N`th type parameter with: the adapter
/// of its `details` or `public` field, or what a shape nested in it fills
/// its own with.
pub trait ShapeParam<'a, E: ?Sized, const N: usize> {
    /// The type the parameter is filled with.
    type Filled;
}

/// Serializes the body `write` builds from `error`'s parts.
#[inline]
pub fn serialize_parts<E, S>(
    error: &E,
    serializer: S,
    write: impl FnOnce(&Parts<'_, E>, S) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error>
where
    E: CatalogError + ?Sized,
    S: Serializer,
{
    let message = client_message(error);
    RequestContext::with_current(|context| {
        let alone = [Parts {
            error,
            message: &message,
            pointer: None,
            items: &[],
            context,
        }];
        write(
            &Parts {
                error,
                message: &message,
                pointer: None,
                items: &alone,
                context,
            },
            serializer,
        )
    })
}

/// Serializes the body `write` builds from the parts of `batch`: the
/// lead's, with an item's parts for each of its errors.
pub fn serialize_batch_parts<E, S>(
    batch: &Batch<E>,
    serializer: S,
    write: impl FnOnce(&Parts<'_, E>, S) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error>
where
    E: CatalogError,
    S: Serializer,
{
    let lead = batch.lead();
    let message = client_message(lead);
    let messages: Vec<_> = batch
        .items()
        .iter()
        .map(|item| client_message(item.error()))
        .collect();
    RequestContext::with_current(|context| {
        let items: Vec<Parts<'_, E>> = batch
            .items()
            .iter()
            .zip(&messages)
            .map(|(item, message)| Parts {
                error: item.error(),
                message,
                pointer: item.pointer(),
                items: &[],
                context,
            })
            .collect();
        write(
            &Parts {
                error: lead,
                message: &message,
                pointer: None,
                items: &items,
                context,
            },
            serializer,
        )
    })
}
