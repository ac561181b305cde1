//! RFC 9457 problem details, `application/problem+json`.

use super::traits::{client_message, client_resolution, client_title};
use core::fmt;

use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::{lift, Batch, Details, EachItem, Item, Received, Shape, PROBLEM_JSON};
use crate::context::RequestContext;
use crate::{Catalog, CatalogError, Entry};

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
pub struct Problem<E = ()> {
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

lift!(Problem, Problem::new);

impl<V> Shape for Problem<V> {
    const CONTENT_TYPE: &'static str = PROBLEM_JSON;

    fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
    where
        E: CatalogError + Details + ?Sized,
        S: Serializer,
    {
        serialize_problem(error, None, serializer)
    }

    /// RFC 9457's form for several problems of one type (section 3): the
    /// lead is the problem, and its `errors` member lists the items, each
    /// with its `detail`, `pointer` and `code` and its `#[public]` members.
    fn serialize_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
    where
        E: CatalogError + Details,
        S: Serializer,
    {
        let mut body = serializer.serialize_map(None)?;
        members(&mut body, batch.lead(), None)?;
        body.serialize_entry("errors", &EachItem(batch.items(), Listing))?;
        body.end()
    }
}

struct Listing<'a, E>(&'a Item<E>);

impl<E: CatalogError + Details> Serialize for Listing<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (error, pointer) = (self.0.error(), self.0.pointer());
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("detail", &*client_message(error))?;
        if let Some(pointer) = pointer {
            object.serialize_entry("pointer", pointer)?;
        }
        object.serialize_entry("code", error.code_str())?;
        error.serialize_public(&mut object)?;
        object.end()
    }
}

impl<E: CatalogError + Details> Serialize for Problem<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_problem(&self.error, self.instance.as_deref(), serializer)
    }
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
        None => crate::entry::reason_phrase(entry.status()).unwrap_or(entry.title()),
    }
}

fn serialize_problem<E, S>(
    error: &E,
    instance: Option<&str>,
    serializer: S,
) -> Result<S::Ok, S::Error>
where
    E: CatalogError + Details + ?Sized,
    S: Serializer,
{
    let mut body = serializer.serialize_map(None)?;
    members(&mut body, error, instance)?;
    body.end()
}

/// The members of the problem `error` is, in the RFC's order, then the
/// extension members.
fn members<M, E>(body: &mut M, error: &E, instance: Option<&str>) -> Result<(), M::Error>
where
    M: SerializeMap,
    E: CatalogError + Details + ?Sized,
{
    RequestContext::with_current(|context| {
        let entry = error.entry();
        body.serialize_entry("type", problem_type(entry))?;
        // `about:blank`'s title is the status's phrase, in English.
        match entry.doc_url() {
            Some(_) => body.serialize_entry("title", &*client_title(error, entry.title()))?,
            None => body.serialize_entry("title", problem_title(entry))?,
        }
        body.serialize_entry("status", &error.status().as_u16())?;
        body.serialize_entry("detail", &*client_message(error))?;
        // The occurrence: the handler's own URI, else the request's path.
        if let Some(instance) = instance.or(context.map(RequestContext::path)) {
            body.serialize_entry("instance", instance)?;
        }
        body.serialize_entry("code", error.code_str())?;
        if let Some(resolution) = client_resolution(error) {
            body.serialize_entry("resolution", &*resolution)?;
        }
        if let Some(context) = context {
            body.serialize_entry("request_id", context.id())?;
            body.serialize_entry("timestamp", &context.timestamp())?;
        }
        error.serialize_public(body)
    })
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
