//! A catalogue's error responses in an OpenAPI document, through utoipa 6
//! (feature `openapi`, also named `utoipa`).
//!
//! Every catalogue implements [`utoipa::IntoResponses`], so that it goes
//! where utoipa users write responses:
//! `responses((status = 200, body = Metric), AnalyticsError)` in
//! `#[utoipa::path]`. It yields one response per HTTP status the
//! catalogue can return, each with
//! - the body as the catalogue sends it (its `body = ...` shape, with its
//!   content type; an entry of a category that chose its own shape in that
//!   shape),
//! - a JSON schema of that body, whose code member is an `enum` of the
//!   status's code strings, so that generated clients get a typed list,
//! - one named example per code: its body, named by its code string, with
//!   its name as summary and its resolution and documentation page as
//!   description,
//! - the header that carries the code string (`x-error-code` unless the
//!   catalogue's `code_header` says otherwise), with the same `enum`.
//!
//! [`responses!`](crate::openapi::responses!) names the errors one operation can
//! return, by variant; [`Negotiated`] adds the `application/problem+json`
//! body that the `negotiate()` layers send to a client that asks for it;
//! [`Examples`] puts every example under `components/examples`, where
//! [`Page::openapi`](crate::doc::Page::openapi) links each code to it. A
//! body view (`Problem<E>`, `JsonApi<E>`, ...) and
//! [`Shaped<S, E>`](crate::body::Shaped) document their own shape, as they
//! send it: `responses(Problem<ShopError>)` for a handler that answers in
//! problem details.
//!
//! The schema is worked out from the bodies of the codes it covers, member
//! by member: a member every body has is required, a member whose value is
//! each body's code string (or number) is that `enum`. It describes what
//! the catalogue sends for its entries; members that come from field values
//! (`#[public]`, `#[details]`) are not in it, and the schema leaves room
//! for them (no `additionalProperties: false`).
//!
//! ```
//! use error_catalog::error_catalog;
//! use utoipa::IntoResponses;
//!
//! #[error_catalog(prefix = "SHOP")]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(code = 1, http = 404, message = "No such order")]
//!     NoSuchOrder,
//!     #[error(code = 2, http = 404, message = "No such customer")]
//!     NoSuchCustomer,
//!     #[error(code = 3, http = 409, message = "Order already paid")]
//!     AlreadyPaid,
//! }
//!
//! let responses = ShopError::responses();
//! assert_eq!(responses.keys().collect::<Vec<_>>(), ["404", "409"]);
//! let not_found = serde_json::to_value(&responses["404"]).unwrap();
//! let json = &not_found["content"]["application/json"];
//! assert_eq!(
//!     json["schema"]["properties"]["error"]["properties"]["code"]["enum"],
//!     serde_json::json!(["SHOP_1", "SHOP_2"]),
//! );
//! assert_eq!(
//!     json["examples"]["SHOP_1"]["value"],
//!     serde_json::json!({"error": {"code": "SHOP_1", "message": "No such order", "http": 404}}),
//! );
//!
//! // A view documents its own shape.
//! let problem = serde_json::to_value(&error_catalog::body::Problem::<ShopError>::responses()["409"]).unwrap();
//! assert_eq!(problem["content"]["application/problem+json"]["examples"]["SHOP_3"]["value"]["status"], 409);
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::marker::PhantomData;

use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use utoipa::openapi::example::Example;
use utoipa::openapi::header::Header;
use utoipa::openapi::schema::{
    ArrayBuilder, ArrayItems, Object, ObjectBuilder, Schema, SchemaType, Type,
};
use utoipa::openapi::{Content, RefOr, Response, ResponseBuilder};

use crate::body::{self, Details, Respond, Shape, Shaped, ERROR_CODE_HEADER};
use crate::context::RequestContext;
use crate::CatalogError;
use crate::{Catalog, Entry};

/// What the `responses!` expansion names, through `__private`.
pub(crate) mod expansion {
    use crate::Entry;

    /// The entries of a catalogue's variant, by the variant's name: one for a
    /// variant with a code, all a category's for one that wraps it. What
    /// `responses!` reads; written by the macro with the `utoipa` feature.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not an `#[error_catalog]` enum",
        label = "not a catalogue",
        note = "`responses!` names variants of an enum that `#[error_catalog]` expands"
    )]
    pub trait VariantEntries {
        /// The enum itself. `responses!` names its catalogue through this, so
        /// that a type that is not one is reported as not a catalogue, not as a
        /// type missing `Respond`.
        type Catalog;

        /// The names of the variants, each once; empty for a catalogue
        /// whose checks failed, so that a set adds no error to its own.
        const VARIANTS: &'static [&'static str];

        /// For each variant that wraps a category: its name, and the
        /// names of the category's variants.
        const CATEGORIES: &'static [(&'static str, &'static [&'static str])];

        /// The entries of the variant named `variant`; none for another name.
        fn variant_entries(variant: &str) -> &'static [Entry];

        /// The entries of the category's variant `inner`, where `variant`
        /// wraps a category; none otherwise.
        fn category_entries(variant: &str, inner: &str) -> &'static [Entry];
    }

    /// Whether `inner` is a variant of the category the variant named
    /// `variant` wraps, in `categories` (a catalogue's `CATEGORIES`); true
    /// when it has none, as for a catalogue whose checks failed.
    #[must_use]
    pub const fn names_category_variant(
        variants: &[&str],
        categories: &[(&str, &[&str])],
        variant: &str,
        inner: &str,
    ) -> bool {
        if variants.is_empty() {
            return true;
        }
        let mut index = 0;
        while index < categories.len() {
            let (name, names) = categories[index];
            if crate::const_str::str_eq(name, variant) {
                let mut at = 0;
                while at < names.len() {
                    if crate::const_str::str_eq(names[at], inner) {
                        return true;
                    }
                    at += 1;
                }
                return names.is_empty();
            }
            index += 1;
        }
        false
    }

    /// The catalogue a `responses!` set names.
    pub type CatalogOf<C> = <C as VariantEntries>::Catalog;
}

/// The errors an operation can return: a catalogue's entries, all of them
/// (every catalogue implements it), or those of the variants a
/// [`responses!`](crate::openapi::responses!) set names.
///
/// ```
/// use error_catalog::error_catalog;
/// use error_catalog::openapi::ErrorResponses;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let codes: Vec<_> = ShopError::entries().map(|entry| entry.code_str()).collect();
/// assert_eq!(codes, ["SHOP_1"]);
/// ```
pub trait ErrorResponses {
    /// The catalogue that sends these errors.
    type Catalog: Respond;

    /// The entries; one given twice is documented once.
    fn entries() -> impl Iterator<Item = &'static Entry>;
}

impl<C: Catalog + Respond> ErrorResponses for C {
    type Catalog = C;

    fn entries() -> impl Iterator<Item = &'static Entry> {
        C::ENTRIES.iter()
    }
}

/// The responses of `T`: what [`utoipa::IntoResponses`] answers for a
/// catalogue and for a [`responses!`](crate::openapi::responses!) set, keyed by
/// status (`"404"`).
///
/// ```
/// use error_catalog::{error_catalog, openapi};
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let responses = openapi::responses::<ShopError>();
/// let not_found = serde_json::to_value(&responses["404"]).unwrap();
/// assert_eq!(not_found["description"], "Not Found");
/// assert_eq!(not_found["headers"]["x-error-code"]["schema"]["enum"], serde_json::json!(["SHOP_1"]));
/// ```
#[must_use]
pub fn responses<T: ErrorResponses + ?Sized>() -> BTreeMap<String, RefOr<Response>> {
    build::<T>(false)
}

/// The responses of `T` for a service behind a negotiating layer
/// (`axum::negotiate()`, `actix::negotiate()`): each status also offers
/// `application/problem+json`, with its own schema and examples.
///
/// ```
/// use error_catalog::error_catalog;
/// use error_catalog::openapi::Negotiated;
/// use utoipa::IntoResponses;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let responses = Negotiated::<ShopError>::responses();
/// let not_found = serde_json::to_value(&responses["404"]).unwrap();
/// let problem = &not_found["content"]["application/problem+json"];
/// assert_eq!(problem["schema"]["properties"]["code"]["enum"], serde_json::json!(["SHOP_1"]));
/// assert_eq!(problem["examples"]["SHOP_1"]["value"]["detail"], "No such order");
/// assert!(not_found["content"]["application/json"].is_object());
/// ```
pub struct Negotiated<T: ?Sized>(PhantomData<fn() -> T>);

impl<T: ErrorResponses + ?Sized> utoipa::IntoResponses for Negotiated<T> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        build::<T>(true)
    }
}

/// A [`utoipa::Modify`] that puts the example of every code of `T` under
/// `components/examples`, named by code string, where
/// [`Page::openapi`](crate::doc::Page::openapi) links to them.
///
/// ```
/// use error_catalog::error_catalog;
/// use error_catalog::openapi::Examples;
/// use utoipa::Modify;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let mut document = utoipa::openapi::OpenApi::default();
/// Examples::<ShopError>::new().modify(&mut document);
/// let document = serde_json::to_value(&document).unwrap();
/// assert_eq!(document["components"]["examples"]["SHOP_1"]["summary"], "NO_SUCH_ORDER");
/// ```
pub struct Examples<T: ?Sized> {
    #[cfg(feature = "locale")]
    locales: &'static [&'static str],
    of: PhantomData<fn() -> T>,
}

impl<T: ?Sized> Examples<T> {
    /// The modifier, for `#[openapi(modifiers(&Examples::<MyError>::new()))]`.
    #[must_use]
    pub const fn new() -> Self {
        Examples {
            #[cfg(feature = "locale")]
            locales: &[],
            of: PhantomData,
        }
    }

    /// Also the example of each code in each of the locales `tags` its
    /// catalogue has besides the default (see [`locale`](crate::locale)),
    /// named by code string and tag, `SHOP_1.de`: the body as a request
    /// whose `Accept-Language` chose the locale gets it.
    ///
    /// ```
    /// use error_catalog::error_catalog;
    /// use error_catalog::openapi::Examples;
    /// use utoipa::Modify;
    ///
    /// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop", body = Problem)]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
    ///     NoSuchOrder { id: u32 },
    /// }
    ///
    /// let mut document = utoipa::openapi::OpenApi::default();
    /// Examples::<ShopError>::new().in_locales(&["de", "ja"]).modify(&mut document);
    /// let examples = serde_json::to_value(&document).unwrap()["components"]["examples"].clone();
    /// assert_eq!(examples["SHOP_1"]["value"]["detail"], "No order {id}");
    /// assert_eq!(examples["SHOP_1.de"]["value"]["detail"], "Keine Bestellung {id}");
    /// assert_eq!(examples["SHOP_1.de"]["summary"], "NO_SUCH_ORDER (de)");
    /// assert!(examples.get("SHOP_1.ja").is_none());
    /// ```
    #[cfg(feature = "locale")]
    #[must_use]
    pub const fn in_locales(mut self, tags: &'static [&'static str]) -> Self {
        self.locales = tags;
        self
    }
}

impl<T: ?Sized> Default for Examples<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: ErrorResponses + ?Sized> utoipa::Modify for Examples<T> {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        for entry in unique(T::entries()) {
            if let (_, Some(value)) = as_catalog_sends::<T::Catalog>(entry) {
                components.examples.insert(
                    entry.code_str().to_owned(),
                    RefOr::T(example(entry, value, entry.resolution())),
                );
            }
            #[cfg(feature = "locale")]
            for &tag in self.locales {
                let Some(locales) = entry.locales() else {
                    continue;
                };
                if !locales.tags().skip(1).any(|own| own == tag) {
                    continue;
                }
                let (_, value) =
                    crate::locale::scope(tag, || as_catalog_sends::<T::Catalog>(entry));
                if let Some(value) = value {
                    let resolution = CatalogError::resolution_in(&entry, tag);
                    let mut example =
                        example(entry, value, resolution.as_deref().or(entry.resolution()));
                    example.summary = format!("{} ({tag})", entry.name());
                    components
                        .examples
                        .insert(format!("{}.{tag}", entry.code_str()), RefOr::T(example));
                }
            }
        }
    }
}

/// A body view answers in its own shape, with the default code header,
/// whatever its catalogue chose: so do its responses.
macro_rules! view_responses {
    ($view:ident, $($bound:tt)*) => {
        impl<E: Catalog + $($bound)*> utoipa::IntoResponses for body::$view<E> {
            fn responses() -> BTreeMap<String, RefOr<Response>> {
                collect(
                    E::ENTRIES.iter(),
                    Some(ERROR_CODE_HEADER),
                    in_shape::<Self>,
                    None,
                )
            }
        }
    };
}

crate::body::for_each_view!(view_responses);

impl<S: Shape, E: Catalog + Details> utoipa::IntoResponses for Shaped<S, E> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        collect(
            E::ENTRIES.iter(),
            Some(ERROR_CODE_HEADER),
            in_shape::<S>,
            None,
        )
    }
}

/// The responses of `R` (a catalogue, a [`responses!`](crate::openapi::responses!)
/// set, [`Negotiated`], a batch) for a service whose negotiating layer
/// makes each request's context known
/// (`negotiate().request_context("x-request-id")`): the examples show the
/// parts the shapes take from it, with a sample id, time and path.
///
/// ```
/// use error_catalog::error_catalog;
/// use error_catalog::openapi::WithContext;
/// use utoipa::IntoResponses;
///
/// #[error_catalog(prefix = "SHOP", body = Problem)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let responses = WithContext::<ShopError>::responses();
/// let not_found = serde_json::to_value(&responses["404"]).unwrap();
/// let example = &not_found["content"]["application/problem+json"]["examples"]["SHOP_1"]["value"];
/// assert_eq!(example["request_id"], "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e");
/// assert_eq!(example["instance"], "/path/of/the/request");
/// ```
pub struct WithContext<R: ?Sized>(PhantomData<fn() -> R>);

impl<R: utoipa::IntoResponses + ?Sized> utoipa::IntoResponses for WithContext<R> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        RequestContext::sample().scope(R::responses)
    }
}

/// A batch answers with its lead's status, in its catalogue's shape: each
/// code's example is a batch it leads, listing the catalogue's other codes.
///
/// ```
/// use error_catalog::body::Batch;
/// use error_catalog::error_catalog;
/// use utoipa::IntoResponses;
///
/// #[error_catalog(prefix = "FORM", body = Problem)]
/// #[derive(Debug)]
/// pub enum FormError {
///     #[error(code = 1, http = 422, message = "Invalid form")]
///     Invalid,
///     #[error(code = 2, http = 422, message = "Required")]
///     Required,
/// }
///
/// let responses = Batch::<FormError>::responses();
/// let invalid = serde_json::to_value(&responses["422"]).unwrap();
/// let example = &invalid["content"]["application/problem+json"]["examples"]["FORM_1"]["value"];
/// assert_eq!(example["errors"][0]["code"], "FORM_2");
/// ```
impl<E: Catalog + Respond> utoipa::IntoResponses for body::Batch<E> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        collect(E::ENTRIES.iter(), E::CODE_HEADER, as_batch_sends::<E>, None)
    }
}

/// A batch `entry` leads, listing the other entries of `C`, as `C` sends it.
fn as_batch_sends<C: Catalog + Respond>(entry: &'static Entry) -> Sent {
    struct Led<C>(body::Batch<&'static Entry>, PhantomData<fn() -> C>);

    impl<C: Respond> Serialize for Led<C> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            C::serialize_entry_batch(&self.0, serializer)
        }
    }

    let mut batch = body::Batch::new(entry);
    for other in C::ENTRIES
        .iter()
        .filter(|other| other.code_str() != entry.code_str())
    {
        batch.push(other);
    }
    (
        C::batch_content_type(),
        body_of(&Led::<C>(batch, PhantomData)),
    )
}

/// The body of one code, in one content type.
struct Sample {
    entry: &'static Entry,
    body: Value,
}

fn build<T: ErrorResponses + ?Sized>(negotiated: bool) -> BTreeMap<String, RefOr<Response>> {
    let also = negotiated.then_some(in_shape::<body::Problem<Entry>> as fn(_) -> _);
    collect(
        T::entries(),
        T::Catalog::CODE_HEADER,
        as_catalog_sends::<T::Catalog>,
        also,
    )
}

/// How a response sends an entry: its content type, and its body (`None`
/// when the shape cannot write it).
type Sent = (&'static str, Option<Value>);

/// As catalogue `C` sends it.
fn as_catalog_sends<C: Respond>(entry: &'static Entry) -> Sent {
    (
        C::entry_content_type(entry),
        body_of(&AsSent::<C>(entry, PhantomData)),
    )
}

/// In shape `S`.
fn in_shape<S: Shape>(entry: &'static Entry) -> Sent {
    (S::CONTENT_TYPE, body_of(&Shaped::<S, _>::new(entry)))
}

/// An entry's body as catalogue `C` sends it.
struct AsSent<C>(&'static Entry, PhantomData<fn() -> C>);

impl<C: Respond> Serialize for AsSent<C> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        C::serialize_entry(self.0, serializer)
    }
}

/// One response per status of `entries`, each entry sent as `own` says,
/// and also as `also` says where that is another content type.
fn collect(
    entries: impl Iterator<Item = &'static Entry>,
    code_header: Option<&'static str>,
    own: fn(&'static Entry) -> Sent,
    also: Option<fn(&'static Entry) -> Sent>,
) -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<u16, BTreeMap<&'static str, Vec<Sample>>> = BTreeMap::new();
    let mut headers: BTreeMap<u16, Vec<&'static Entry>> = BTreeMap::new();
    for entry in unique(entries) {
        let status = entry.status().as_u16();
        headers.entry(status).or_default().push(entry);
        let bodies = by_status.entry(status).or_default();
        if !crate::entry::carries_content(entry.status()) {
            continue;
        }
        let (content_type, body) = own(entry);
        let mut add = |content_type, body: Option<Value>| {
            if let Some(body) = body {
                bodies
                    .entry(content_type)
                    .or_default()
                    .push(Sample { entry, body });
            }
        };
        add(content_type, body);
        if let Some((other, body)) = also.map(|also| also(entry)) {
            if other != content_type {
                add(other, body);
            }
        }
    }
    by_status
        .into_iter()
        .map(|(status, bodies)| {
            let entries = headers.remove(&status).unwrap_or_default();
            (
                status.to_string(),
                RefOr::T(response(status, code_header, &entries, &bodies)),
            )
        })
        .collect()
}

/// The entries, each once, in the order given.
fn unique(entries: impl Iterator<Item = &'static Entry>) -> impl Iterator<Item = &'static Entry> {
    let mut seen = BTreeSet::new();
    entries.filter(move |entry| seen.insert(entry.code_str()))
}

/// The response for one status: a content per content type with an
/// example per entry, the code header, and the headers its entries
/// declare.
fn response(
    status: u16,
    code_header: Option<&'static str>,
    entries: &[&'static Entry],
    bodies: &BTreeMap<&'static str, Vec<Sample>>,
) -> Response {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(crate::entry::reason_phrase)
        .unwrap_or("Error");
    let mut response = ResponseBuilder::new().description(reason);
    for (content_type, samples) in bodies {
        let schema = infer(
            &samples
                .iter()
                .map(|sample| (sample.entry, &sample.body))
                .collect::<Vec<_>>(),
        );
        let examples = samples.iter().map(|sample| {
            (
                sample.entry.code_str(),
                RefOr::T(example(
                    sample.entry,
                    sample.body.clone(),
                    sample.entry.resolution(),
                )),
            )
        });
        let content = Content::builder()
            .schema(Some(schema))
            .examples_from_iter(examples)
            .build();
        response = response.content(*content_type, content);
    }
    if let Some(name) = code_header {
        let codes: Vec<&str> = entries.iter().map(|entry| entry.code_str()).collect();
        let schema = ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(codes));
        let mut header = Header::new(schema);
        header.description = Some("The code string of the error".to_owned());
        response = response.header(name, header);
    }
    let mut declared: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for entry in entries {
        for &(name, value) in entry.headers() {
            declared
                .entry(name)
                .or_default()
                .push(format!("{} `{value}`", entry.code_str()));
        }
    }
    for (name, uses) in declared {
        let mut header = Header::new(ObjectBuilder::new().schema_type(Type::String));
        let fields = if uses.iter().any(|value| value.contains('{')) {
            " (`{field}` is the value of the error's field)"
        } else {
            ""
        };
        header.description = Some(format!(
            "Sent with these codes: {}{fields}",
            uses.join(", ")
        ));
        response = response.header(name, header);
    }
    response.build()
}

/// The example of `entry`, whose body is `value`, its description the
/// `resolution` and the entry's page.
fn example(entry: &'static Entry, value: Value, resolution: Option<&str>) -> Example {
    let mut description = String::new();
    if let Some(resolution) = resolution {
        description.push_str(resolution);
    }
    if let Some(url) = entry.doc_url() {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str("See <");
        description.push_str(url);
        description.push_str(">.");
    }
    Example::builder()
        .summary(entry.name())
        .description(description)
        .value(Some(value))
        .build()
}

/// `body` as a JSON value, written straight into it; `None` when it fails
/// (a shape that cannot write an entry gets no example).
fn body_of(body: &impl Serialize) -> Option<Value> {
    serde_json::to_value(body).ok()
}

/// The schema of every value in `samples`, each sent for its entry.
fn infer(samples: &[(&'static Entry, &Value)]) -> Schema {
    let Some((_, first)) = samples.first() else {
        return Schema::Object(Object::new());
    };
    if samples.iter().all(|(_, value)| value.is_object()) {
        return object(samples);
    }
    if samples.iter().all(|(_, value)| value.is_array()) {
        let items: Vec<_> = samples
            .iter()
            .flat_map(|(entry, value)| {
                value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(move |item| (*entry, item))
            })
            .collect();
        let items = ArrayItems::RefOrSchema(Box::new(RefOr::T(infer(&items))));
        return ArrayBuilder::new().items(items).into();
    }
    let codes = |code: fn(&Entry) -> Option<Value>| {
        samples
            .iter()
            .all(|(entry, value)| code(entry).as_ref() == Some(*value))
    };
    let mut schema = ObjectBuilder::new().schema_type(scalar_types(samples));
    if codes(|entry| Some(Value::from(entry.code_str())))
        || codes(|entry| entry.number().map(Value::from))
    {
        let mut seen = BTreeSet::new();
        let values: Vec<Value> = samples
            .iter()
            .filter(|(_, value)| seen.insert(value.to_string()))
            .map(|(_, value)| (*value).clone())
            .collect();
        schema = schema.enum_values(Some(values));
    } else if samples.iter().all(|(_, value)| value == first) && samples.len() > 1 {
        // A member every body has with one value (`"type": "about:blank"`)
        // is shown as an example, not fixed: another code may differ.
        schema = schema.examples([(*first).clone()]);
    }
    schema.into()
}

fn object(samples: &[(&'static Entry, &Value)]) -> Schema {
    let mut keys: Vec<&str> = Vec::new();
    for (_, value) in samples {
        for key in value.as_object().map(Map::keys).into_iter().flatten() {
            if !keys.contains(&key.as_str()) {
                keys.push(key);
            }
        }
    }
    let mut object = ObjectBuilder::new().schema_type(Type::Object);
    for key in keys {
        let members: Vec<_> = samples
            .iter()
            .filter_map(|(entry, value)| Some((*entry, value.get(key)?)))
            .collect();
        if members.len() == samples.len() {
            object = object.required(key);
        }
        object = object.property(key, infer(&members));
    }
    object.into()
}

/// The JSON types of scalar values, one type or several.
fn scalar_types(samples: &[(&'static Entry, &Value)]) -> SchemaType {
    let mut types: Vec<Type> = Vec::new();
    for (_, value) in samples {
        let kind = match value {
            Value::Null => Type::Null,
            Value::Bool(_) => Type::Boolean,
            Value::Number(number) if number.is_f64() => Type::Number,
            Value::Number(_) => Type::Integer,
            Value::String(_) => Type::String,
            Value::Array(_) => Type::Array,
            Value::Object(_) => Type::Object,
        };
        if !types.contains(&kind) {
            types.push(kind);
        }
    }
    match types.as_slice() {
        [one] => SchemaType::Type(one.clone()),
        _ => types.into_iter().collect(),
    }
}

/// Names the errors one operation can return: a type standing for some
/// variants of a catalogue, whose [`utoipa::IntoResponses`] documents those
/// variants' codes only. A variant that wraps a category brings in all the
/// category's codes. A misspelt variant is rustc's error on its name.
///
/// ```
/// use error_catalog::error_catalog;
/// use utoipa::IntoResponses;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
///     #[error(code = 2, http = 409, message = "Order {id} already paid")]
///     AlreadyPaid { id: u64 },
///     #[error(code = 3, http = 503, message = "Payments are down")]
///     PaymentsDown,
/// }
///
/// error_catalog::responses! {
///     /// The errors of `POST /orders/{id}/pay`.
///     pub struct PayErrors = ShopError { NoSuchOrder, AlreadyPaid };
/// }
///
/// assert_eq!(PayErrors::responses().keys().collect::<Vec<_>>(), ["404", "409"]);
/// ```
///
/// `#[macro_export]` also puts it at the crate's root, `error_catalog::responses!`,
/// where it has always been; it is documented here, beside what it is for.
#[doc(hidden)]
#[macro_export]
macro_rules! responses {
    ($(
        $(#[$attr:meta])*
        $vis:vis struct $name:ident = $catalog:ty { $($items:tt)* };
    )*) => {$(
        $crate::__responses_set!(@items [$(#[$attr])*] [$vis] $name [$catalog] [] $($items)*);
    )*};
    ($($other:tt)*) => {
        ::core::compile_error!(
            "`responses!` declares sets of a catalogue's errors: `pub struct PayErrors = ShopError { NoSuchOrder, Payments(CardDeclined) };`, each ending in `;`"
        );
    };
}

/// `responses!`'s set, its items read one by one into `(variant [inner
/// ...] [qualifier])`, then written. Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __responses_set {
    (@items $attrs:tt $vis:tt $name:ident $catalog:tt [$($done:tt)*]) => {
        $crate::__responses_set!(@write $attrs $vis $name $catalog $($done)*);
    };
    (@items $attrs:tt $vis:tt $name:ident $catalog:tt [$($done:tt)*]
        $variant:ident ( $($inner:ident),+ $(,)? ) $(, $($rest:tt)*)?) => {
        $crate::__responses_set!(@items $attrs $vis $name $catalog
            [$($done)* ($variant [$($inner)+] [])] $($($rest)*)?);
    };
    (@items $attrs:tt $vis:tt $name:ident $catalog:tt [$($done:tt)*]
        $qualifier:ident :: $variant:ident $(, $($rest:tt)*)?) => {
        $crate::__responses_set!(@items $attrs $vis $name $catalog
            [$($done)* ($variant [] [$qualifier])] $($($rest)*)?);
    };
    (@items $attrs:tt $vis:tt $name:ident $catalog:tt [$($done:tt)*]
        $variant:ident $(, $($rest:tt)*)?) => {
        $crate::__responses_set!(@items $attrs $vis $name $catalog
            [$($done)* ($variant [] [])] $($($rest)*)?);
    };
    (@items $attrs:tt $vis:tt $name:ident $catalog:tt $done:tt $($other:tt)*) => {
        ::core::compile_error!(::core::concat!(
            "`responses!` lists the catalogue's variants, separated by commas: `NoSuchOrder`, `ShopError::NoSuchOrder`, or `Payments(CardDeclined, Expired)` for some codes of the category a variant wraps; not `",
            ::core::stringify!($($other)*),
            "`"
        ));
    };
    (@write [$($attrs:tt)*] [$($vis:tt)*] $name:ident [$catalog:ty]
        $( ($variant:ident [$($inner:ident)*] [$($qualifier:ident)?]) )*) => {
        $($attrs)*
        $($vis)* struct $name;

        const _: () = {
            // Each name must be a variant of the catalogue...
            type __ErrorCatalog = $catalog;
            #[allow(dead_code, unreachable_patterns)]
            fn variants(error: &__ErrorCatalog) -> bool {
                ::core::matches!(error, $($crate::__responses_set!(@pattern [$($qualifier)?] $variant))|*)
            }
            // ...and each inner name a variant of the category it wraps.
            $($(
                const _: () = ::core::assert!(
                    $crate::__private::names_category_variant(
                        <$crate::__private::CatalogOf<__ErrorCatalog> as $crate::__private::VariantEntries>::VARIANTS,
                        <$crate::__private::CatalogOf<__ErrorCatalog> as $crate::__private::VariantEntries>::CATEGORIES,
                        ::core::stringify!($variant),
                        ::core::stringify!($inner),
                    ),
                    ::core::concat!(
                        "`", ::core::stringify!($inner), "` is not a variant of the category that `",
                        ::core::stringify!($variant), "` wraps"
                    )
                );
            )*)*
        };

        impl $crate::openapi::ErrorResponses for $name {
            type Catalog = $crate::__private::CatalogOf<$catalog>;

            fn entries() -> impl ::core::iter::Iterator<Item = &'static $crate::Entry> {
                let mut entries: ::std::vec::Vec<&'static $crate::Entry> = ::std::vec::Vec::new();
                $($crate::__responses_set!(@entries entries Self::Catalog, $variant [$($inner)*]);)*
                ::core::iter::IntoIterator::into_iter(entries)
            }
        }

        impl $crate::__private::utoipa::IntoResponses for $name {
            fn responses() -> ::std::collections::BTreeMap<
                ::std::string::String,
                $crate::__private::utoipa::openapi::RefOr<$crate::__private::utoipa::openapi::Response>,
            > {
                $crate::openapi::responses::<Self>()
            }
        }
    };
    (@pattern [] $variant:ident) => { __ErrorCatalog::$variant { .. } };
    (@pattern [$qualifier:ident] $variant:ident) => { $qualifier::$variant { .. } };
    (@entries $entries:ident $catalog:ty, $variant:ident []) => {
        ::core::iter::Extend::extend(
            &mut $entries,
            <$catalog as $crate::__private::VariantEntries>::variant_entries(::core::stringify!($variant)),
        );
    };
    (@entries $entries:ident $catalog:ty, $variant:ident [$($inner:ident)+]) => {
        $(::core::iter::Extend::extend(
            &mut $entries,
            <$catalog as $crate::__private::VariantEntries>::category_entries(
                ::core::stringify!($variant),
                ::core::stringify!($inner),
            ),
        );)+
    };
}

#[doc(inline)]
pub use crate::responses;
