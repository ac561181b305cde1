//! JSON error bodies, in the shapes real APIs send.
//!
//! Each view wraps an error (or a borrowed one, `&err`) and serializes it,
//! compact and with fields in the order shown:
//!
//! | view | shape | seen in |
//! |---|---|---|
//! | [`Nested`] | `{"error":{"code":"ANALYTICS_1000","message":"...","http":404}}` | seed 002 |
//! | [`Plain`] | `{"error":"..."}` | seed 003 |
//! | [`Flat`] | `{"error_code":0,"error_message":"...","details":null}` | seed 004 |
//! | [`Problem`] | RFC 9457 `application/problem+json` | |
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

use serde::de::IgnoredAny;
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::{Catalog, CatalogError, Entry};

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
pub trait Details {
    /// Writes the details, or `null` when there are none.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_details<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_none()
    }
}

impl<T: Details + ?Sized> Details for &T {
    fn serialize_details<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_details(serializer)
    }
}

/// A code alone has no details.
impl Details for &'static Entry {}

/// Adapts [`Details`] to `Serialize`, for `serialize_field`.
struct DetailsOf<'a, E: ?Sized>(&'a E);

impl<E: Details + ?Sized> Serialize for DetailsOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_details(serializer)
    }
}

macro_rules! view {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<E>(E);

        impl<E: CatalogError> $name<E> {
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

        impl<E: CatalogError> From<E> for $name<E> {
            fn from(error: E) -> Self {
                $name(error)
            }
        }
    };
}

view! {
    /// `{"error":{"code":"ANALYTICS_1000","message":"...","http":404}}`, the
    /// body of seed 002.
    Nested
}

view! {
    /// `{"error":"..."}`, the body of seed 003: the message alone.
    Plain
}

view! {
    /// `{"error_code":0,"error_message":"...","details":null}`, the body of
    /// seed 004, with the numeric code. See [`Details`] for `details`.
    Flat
}

view! {
    /// An RFC 9457 problem details object, sent as `application/problem+json`:
    ///
    /// - `type`: the entry's [`doc_url`](Entry::doc_url), else `"about:blank"`;
    /// - `title`: the same for every occurrence of the code. With
    ///   `about:blank` it is the status's reason phrase, as RFC 9457 asks;
    ///   otherwise the entry's [`title`](Entry::title);
    /// - `status`, `detail` (the public message);
    /// - extension members `code` (the code string) and `resolution`, when
    ///   the entry has one.
    Problem
}

impl<E: CatalogError> Serialize for Nested<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Inner<'a, E>(&'a E);

        impl<E: CatalogError> Serialize for Inner<'_, E> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut error = serializer.serialize_struct("Error", 3)?;
                error.serialize_field("code", self.0.code_str())?;
                error.serialize_field("message", &*self.0.public_message())?;
                error.serialize_field("http", &self.0.status().as_u16())?;
                error.end()
            }
        }

        let mut body = serializer.serialize_struct("Nested", 1)?;
        body.serialize_field("error", &Inner(&self.0))?;
        body.end()
    }
}

impl<E: CatalogError> Serialize for Plain<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("Plain", 1)?;
        body.serialize_field("error", &*self.0.public_message())?;
        body.end()
    }
}

impl<E: CatalogError + Details> Serialize for Flat<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("Flat", 3)?;
        // A catalogue without numbers sends its code strings.
        match self.0.entry().number() {
            Some(code) => body.serialize_field("error_code", &code)?,
            None => body.serialize_field("error_code", self.0.code_str())?,
        }
        body.serialize_field("error_message", &*self.0.public_message())?;
        body.serialize_field("details", &DetailsOf(&self.0))?;
        body.end()
    }
}

impl<E: CatalogError> Problem<E> {
    /// The `type` member: the entry's documentation page or `about:blank`.
    pub fn type_uri(&self) -> &'static str {
        self.0.entry().doc_url().unwrap_or("about:blank")
    }

    /// The `title` member.
    pub fn title(&self) -> &'static str {
        let entry = self.0.entry();
        match entry.doc_url() {
            Some(_) => entry.title(),
            None => entry.status().canonical_reason().unwrap_or(entry.title()),
        }
    }
}

impl<E: CatalogError> Serialize for Problem<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let resolution = self.0.resolution();
        let members = 5 + usize::from(resolution.is_some());
        let mut body = serializer.serialize_struct("Problem", members)?;
        body.serialize_field("type", self.type_uri())?;
        body.serialize_field("title", self.title())?;
        body.serialize_field("status", &self.0.status().as_u16())?;
        body.serialize_field("detail", &*self.0.public_message())?;
        body.serialize_field("code", self.0.code_str())?;
        match resolution {
            Some(resolution) => body.serialize_field("resolution", resolution)?,
            None => body.skip_field("resolution")?,
        }
        body.end()
    }
}

/// A [`Nested`] body as a client reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NestedBody {
    /// The one member of the body.
    pub error: NestedError,
}

/// The `error` object of a [`NestedBody`].
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
        C::lookup_str(&self.error.code)
    }
}

/// A [`Plain`] body as a client reads it. It carries no code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlainBody {
    /// The message.
    pub error: String,
}

/// A [`Flat`] body as a client reads it. `D` is the type of `details`: by
/// default they are skipped over.
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
        C::lookup(self.error_code)
    }
}

/// A [`Problem`] body as a client reads it. Every member is optional, as in
/// RFC 9457; `type` defaults to `about:blank`.
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
        C::lookup_str(self.code.as_deref()?)
    }
}
