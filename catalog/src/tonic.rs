//! gRPC through tonic 0.14 (feature `tonic`): a catalogue error becomes a
//! `tonic::Status` with a `google.rpc.ErrorInfo`, and a client finds the
//! entry a received status names.
//!
//! The status carries:
//!
//! - the canonical gRPC code of the entry: its `status` metadata
//!   (`meta(status = "ALREADY_EXISTS")`, the name Google's shape sends too),
//!   else the code Google's published mapping gives its HTTP status
//!   ([`canonical_status`]);
//! - the public message (never a source error's text);
//! - an `ErrorInfo` whose reason is the code string, whose domain is the
//!   entry's `domain` metadata, and whose metadata are the variant's
//!   `#[public]` fields, as strings;
//! - with the feature `locale`, for a catalogue with locales, a
//!   `LocalizedMessage` in the locale chosen (see `locale::scope`);
//! - a `Help` link to the entry's page, when it has a `doc_url`.
//!
//! A status for a 5xx entry is logged with its source chain, as a response
//! of the web integrations is.
//!
//! ```
//! use error_catalog::error_catalog;
//!
//! #[error_catalog(format = "{name}", meta(domain = "shop.example.com"))]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(http = 404, message = "No order {id}")]
//!     NoSuchOrder { #[public] id: u32 },
//! }
//!
//! let status = tonic::Status::from(ShopError::NoSuchOrder { id: 7 });
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(status.message(), "No order 7");
//! let entry = error_catalog::tonic::entry::<ShopError>(&status).unwrap();
//! assert_eq!(entry.code_str(), "NO_SUCH_ORDER");
//! ```

use std::collections::HashMap;

use ::tonic::{Code, Status};
use tonic_types::{ErrorDetails, HelpLink, StatusExt};

use crate::body::{canonical_status, Details, HELP_DESCRIPTION};
use crate::{Catalog, CatalogError, Entry};

/// The status for `error`: what the generated `From<E> for tonic::Status`
/// returns.
///
/// ```
/// use tonic_types::StatusExt;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(format = "{name}", meta(domain = "shop.example.com"))]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(http = 404, message = "No order {id}")]
///     NoSuchOrder { #[public] id: u32 },
///     #[error(http = 409, message = "Already paid", meta(status = "FAILED_PRECONDITION"))]
///     AlreadyPaid,
/// }
///
/// let status = error_catalog::tonic::status(&ShopError::NoSuchOrder { id: 7 });
/// assert_eq!(status.code(), tonic::Code::NotFound);
/// let info = status.get_details_error_info().unwrap();
/// assert_eq!(info.reason, "NO_SUCH_ORDER");
/// assert_eq!(info.domain, "shop.example.com");
/// assert_eq!(info.metadata["id"], "7");
/// ```
pub fn status<E: CatalogError + Details>(error: &E) -> Status {
    crate::logging::log_server_error(error);
    let entry = error.entry();
    let mut details = ErrorDetails::with_error_info(
        error.code_str(),
        entry.meta("domain").unwrap_or_default(),
        metadata(error),
    );
    // The message for users, in the locale chosen (`locale::scope` around
    // the call), and the entry's page: as the Google shape's HTTP body.
    #[cfg(feature = "locale")]
    if let Some(locale) = crate::locale::chosen(error) {
        details.set_localized_message(locale, crate::locale::client_message(error));
    }
    if let Some(url) = entry.doc_url() {
        details.set_help(vec![HelpLink::new(HELP_DESCRIPTION, url)]);
    }
    Status::with_error_details(code(entry), error.public_message(), details)
}

/// The gRPC code of `entry`: its `status` metadata when that names a code,
/// else the published mapping of its HTTP status.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog(format = "{name}", meta(domain = "shop.example.com"))]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(http = 404, message = "No order {id}")]
///     NoSuchOrder { #[public] id: u32 },
///     #[error(http = 409, message = "Already paid", meta(status = "FAILED_PRECONDITION"))]
///     AlreadyPaid,
/// }
///
/// use error_catalog::{tonic::code, CatalogError};
///
/// assert_eq!(code(ShopError::NoSuchOrder { id: 7 }.entry()), tonic::Code::NotFound);
/// // 409 maps to `ABORTED`; the entry's `status` metadata says otherwise.
/// assert_eq!(code(ShopError::AlreadyPaid.entry()), tonic::Code::FailedPrecondition);
/// ```
pub fn code(entry: &Entry) -> Code {
    let named = entry.meta("status").and_then(code_named);
    named.unwrap_or_else(|| Code::from(canonical_status(entry.status()).1))
}

/// The `google.rpc.Code` of this name (`NOT_FOUND`), if it is one.
fn code_named(name: &str) -> Option<Code> {
    const NAMES: [&str; 17] = [
        "OK",
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];
    let number = NAMES.iter().position(|known| *known == name)?;
    i32::try_from(number).ok().map(Code::from)
}

/// The `#[public]` fields, each value as a string (`ErrorInfo.metadata` is
/// a `map<string, string>`), as the Google body writes them. A value with
/// no string form (a list, a map) fails the whole map, as it fails the
/// body: both transports then send no metadata, and the failure is logged.
fn metadata<E: CatalogError + Details>(error: &E) -> HashMap<String, String> {
    if !error.has_public() {
        return HashMap::new();
    }
    let strings =
        serde_json::to_value(crate::body::Metadata(error)).and_then(serde_json::from_value);
    strings.unwrap_or_else(|failure| {
        crate::logging::log_unwritten_body(error, &failure);
        HashMap::new()
    })
}

/// The entry of catalogue `C` that a received status names by its
/// `ErrorInfo` reason; `None` for a status without one, or with a reason
/// `C` does not have.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog(format = "{name}", meta(domain = "shop.example.com"))]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(http = 404, message = "No order {id}")]
///     NoSuchOrder { #[public] id: u32 },
///     #[error(http = 409, message = "Already paid", meta(status = "FAILED_PRECONDITION"))]
///     AlreadyPaid,
/// }
///
/// use error_catalog::tonic::entry;
///
/// let received = tonic::Status::from(ShopError::AlreadyPaid);
/// assert_eq!(entry::<ShopError>(&received).unwrap().code_str(), "ALREADY_PAID");
/// assert!(entry::<ShopError>(&tonic::Status::not_found("no details")).is_none());
/// ```
pub fn entry<C: Catalog>(status: &Status) -> Option<&'static Entry> {
    let details = status.get_error_details();
    C::lookup_str(details.error_info()?.reason.as_str())
}
