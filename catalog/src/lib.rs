//! Turn annotated enums into a checked, documented API error catalogue.
//!
//! Services document their errors as tables: a code, an HTTP status, a
//! message, often a resolution hint. With `error-catalog` the enum is that
//! table, and the compiler checks it:
//!
//! ```
//! use error_catalog::{error_catalog, Catalog, CatalogError};
//!
//! /// Metrics
//! #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
//! #[derive(Debug)]
//! pub enum MetricsError {
//!     #[error(code = 1000, http = 404, message = "The requested metric was not found",
//!             resolution = "Verify the metric name and entity ID exist for this tenant")]
//!     MetricNotFound,
//!     #[error(code = 1001, http = BAD_REQUEST, message = "Invalid metric type {kind}")]
//!     InvalidMetricType { kind: String },
//!     #[error(code = 1002, http = 502, message = "Upstream failed: {0}")]
//!     Upstream(#[source] std::io::Error),
//! }
//!
//! let err = MetricsError::InvalidMetricType { kind: "latency".into() };
//! assert_eq!(err.code_str(), "ANALYTICS_1001");
//! assert_eq!(err.name(), "INVALID_METRIC_TYPE");
//! assert_eq!(err.status().as_u16(), 400);
//! assert_eq!(err.to_string(), "Invalid metric type latency");
//! assert_eq!(MetricsError::ENTRIES.len(), 3);
//! ```
//!
//! A code outside the range, a duplicate code or name, a status that is not
//! an error, or a message naming a field the variant lacks is a compile
//! error on the offending token. See the
//! [`error_catalog`](macro@error_catalog) attribute for every key.
//!
//! # A tour
//!
//! **The catalogue.** The attribute implements [`Catalog`] for the enum
//! (its [`Entry`]s sorted by code, lookups by code and code string, its
//! sections) and [`CatalogError`] for each error (code, code string,
//! name, status, message, resolution), with `Display`, `Error` and the
//! `From` impls. A variant that wraps another catalogue makes a composed
//! catalogue; [`assert_disjoint!`] keeps codes unique across catalogues
//! that know nothing of each other. [`Report`] writes an error with its
//! source chain, for logs.
//!
//! **Bodies** (module `body`, feature `body`, on by default). One view per
//! shape real APIs send, each a wrapper of an error that serializes it:
//! `Nested`, `Plain`, `Text`, `Flat`, `Problem` (RFC 9457), `JsonApi`, `Google`
//! (AIP-193), `Microsoft`; with the feature `xml`, problem details in XML.
//! A shape of one's own derives `body::Shape`. Each view has a type a
//! client reads the same body back with (`NestedBody`, `ProblemBody`, ...).
//! A body never carries the text of a source error. Module `context` holds
//! what a body may say of the request it answers (an id, the time, the
//! path), which the web layers make known when asked.
//!
//! **Locales** (module `locale`, feature `locale`). A catalogue's messages
//! in other languages, from Project Fluent files checked when it compiles
//! (`locales = "locales/"`); the web layers choose one per request by
//! `Accept-Language`, and every body writes it.
//!
//! **Documentation.** [`doc`] writes the reference page of one or more
//! catalogues, in Markdown or JSON, from the code; module `lock` (feature
//! `lock`) keeps the lock file of published codes, so that no code is
//! reused or changed by mistake.
//!
//! **The web layer**, each behind the feature of its name: `axum`
//! (`IntoResponse` for every catalogue and view, and a `negotiate()` layer
//! that honours `Accept`), `actix` (`ResponseError`, `Responder` and the
//! same middleware), `tonic` (`From<E> for Status` with a
//! `google.rpc.ErrorInfo`), `openapi` (utoipa's `IntoResponses`: one
//! response per status, one example per code). Module `logging` says where
//! each server error goes: a log, by default, whatever features are on.
//!
//! The modules depend on each other in that order, and each names only
//! those before it: `ARCHITECTURE.md` in the repository has the map and
//! the glossary.

#![deny(missing_docs)]
// Set by the build script where the compiler offers `Error::provide`.
#![cfg_attr(
    error_generic_member_access,
    feature(error_generic_member_access, allow_internal_unstable),
    allow(internal_features)
)]

// The modules in the order they depend on each other: each names only
// modules above it, never one below, so that there is no circle.
//
// 1. The catalogue: `const_str` (text compared in const evaluation),
//    `quality` (the items of `Accept` and `Accept-Language` and their
//    qualities), `locales` (a catalogue's Fluent files, with the feature `locale`) and
//    `report` (an error's chain as text) name nothing else but the first; `entry` (a row of the table) names `locales`; `traits`
//    (`Catalog`, `CatalogError`, `Section`) names both; `source`,
//    `message` and `provide` hold what the generated `Error` and `Display`
//    impls call.
// 2. Catalogues put to use: `lookup` (by code string), `category` (how
//    the expansion sees a wrapped catalogue, and whether it has numbers)
//    and `compose` (catalogues of catalogues, and the checks across them).
// 3. `scoped` (a thread-local pointer a layer sets while it polls),
//    `context` (what a body may say of the request), `locale` (the locale
//    a request chooses) and `body`: the error bodies, one file per shape.
// 4. `doc` and `lock`: the documentation and the lock file.
// 5. The web layer: `negotiation` (the `Accept` header), `reply` (a
//    response's parts) and `logging` (server errors reach a log).
// 6. The integrations: `axum`, `actix`, `tonic` and `openapi`.
//
// `gate` holds the macros that keep each integration's generated impls
// only with its feature, and `__private` re-exports what the expansion
// names, from every layer.
mod const_str;
mod entry;
#[cfg(feature = "locale")]
mod locales;
#[cfg(any(feature = "locale", feature = "axum", feature = "actix"))]
mod quality;
mod report;
mod traits;

mod message;
#[cfg(error_generic_member_access)]
mod provide;
mod source;

mod category;
mod compose;
mod lookup;
#[cfg(any(feature = "body", feature = "locale"))]
mod scoped;

#[cfg(feature = "body")]
pub mod body;
#[cfg(feature = "body")]
pub mod context;
#[cfg(feature = "locale")]
pub mod locale;

pub mod doc;
#[cfg(feature = "lock")]
pub mod lock;

#[cfg(any(feature = "axum", feature = "actix", feature = "tonic"))]
pub mod logging;
#[cfg(any(feature = "axum", feature = "actix"))]
mod negotiation;
#[cfg(any(feature = "axum", feature = "actix"))]
mod reply;

#[cfg(feature = "actix")]
pub mod actix;
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "openapi")]
pub mod openapi;
#[cfg(feature = "tonic")]
pub mod tonic;

#[doc(hidden)]
pub mod __private;
mod gate;

pub use entry::Entry;
pub use report::Report;
pub use traits::{Catalog, CatalogError};

/// The `http` crate (1.x) this crate's [`Entry::status`] speaks, re-exported
/// so that users need not match its version.
pub use http;

/// Turns an enum into a checked error catalogue.
///
/// ```
/// use error_catalog::{error_catalog, Catalog, CatalogError};
///
/// /// Metrics
/// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
/// #[derive(Debug)]
/// pub enum MetricsError {
///     #[error(code = 1000, http = 404, message = "The requested metric was not found",
///             resolution = "Verify the metric name and entity ID exist for this tenant")]
///     MetricNotFound,
///     #[error(code = 1001, http = BAD_REQUEST, message = "Invalid metric type {kind}")]
///     InvalidMetricType { kind: String },
///     #[error(code = 1002, http = 502, message = "Upstream failed: {0}")]
///     Upstream(#[source] std::io::Error),
///     /// Too many requests; the doc comment is the message.
///     #[error(code = 1003, http = TOO_MANY_REQUESTS, name = "RATE_LIMITED")]
///     Throttled,
/// }
///
/// assert_eq!(MetricsError::Throttled.code_str(), "ANALYTICS_1003");
/// assert_eq!(MetricsError::Throttled.name(), "RATE_LIMITED");
/// assert_eq!(MetricsError::Throttled.to_string(), "Too many requests; the doc comment is the message.");
/// assert_eq!(MetricsError::lookup_str("ANALYTICS_1001").unwrap().name(), "INVALID_METRIC_TYPE");
/// ```
///
/// # Attribute reference
///
#[doc = include_str!("attributes.md")]
///
/// # What is generated
///
/// [`Catalog`] (entries sorted by code, lookups), [`CatalogError`],
/// [`Display`](core::fmt::Display) (the interpolated message),
/// [`std::error::Error`], the `From` impls, `body::Details` (feature `body`)
/// and axum's `IntoResponse` (feature `axum`). A catalogue with
/// `transparent` variants merges the wrapped catalogues' entries with its
/// own at compile time. All other attributes and derives on the enum are
/// kept; derive `Debug` yourself, as `Error` needs it.
///
/// # Compile-time checks
///
/// Each is an error on the offending token, all reported in one pass: a code
/// outside the range (with a hint when `..` excluded it), a duplicate code or
/// name or code string (naming the variant that uses it first; `shares_code` allows
/// one on purpose), a status that is not 4xx or 5xx (unless the variant says
/// `non_error_status`) or an unknown status name, a name in another case
/// than `rename_all`'s, a placeholder naming a missing field,
/// a variant without `#[error(...)]`, a missing `code`, `http` or `message`,
/// unknown or repeated keys, values of the wrong kind, an empty or reversed
/// range, two sources in one variant, `#[from]` beside other fields, and the
/// attribute on anything but an enum.
pub use error_catalog_macros::error_catalog;

/// Fails to compile when two of the catalogues share a code string or
/// overlap in range (every such pair is named, in one error): the one line an organisation's registry crate, which
/// depends on every service's error crate, needs to keep codes unique.
///
/// ```
/// mod billing {
///     use error_catalog::error_catalog;
///
///     #[error_catalog(prefix = "BILLING", range = 3000..=3099)]
///     #[derive(Debug)]
///     pub enum Error {
///         #[error(code = 3000, http = 402, message = "Payment required")]
///         PaymentRequired,
///     }
/// }
///
/// mod analytics {
///     use error_catalog::error_catalog;
///
///     #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
///     #[derive(Debug)]
///     pub enum Error {
///         #[error(code = 1000, http = 404, message = "The requested metric was not found")]
///         MetricNotFound,
///     }
/// }
///
/// error_catalog::assert_disjoint!(billing::Error, analytics::Error);
/// ```
///
/// With overlapping ranges the build stops:
///
/// ```compile_fail
/// # use error_catalog::error_catalog;
/// #[error_catalog(prefix = "A", range = 1..=100)]
/// #[derive(Debug)]
/// pub enum First {
///     #[error(code = 1, http = 400, message = "one")]
///     One,
/// }
///
/// #[error_catalog(prefix = "B", range = 50..=150)]
/// #[derive(Debug)]
/// pub enum Second {
///     #[error(code = 50, http = 400, message = "fifty")]
///     Fifty,
/// }
///
/// error_catalog::assert_disjoint!(First, Second);
/// ```
#[macro_export]
macro_rules! assert_disjoint {
    ($($catalog:ty),+ $(,)?) => {
        const _: () = if let ::core::option::Option::Some(clashes) =
            $crate::__private::disjoint_clashes(&[
                $($crate::__private::Claim::of::<$catalog>(::core::stringify!($catalog))),+
            ])
        {
            ::core::panic!("{}", clashes.as_str())
        };
    };
}

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
