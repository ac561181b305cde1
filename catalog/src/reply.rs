//! What an error response holds, whatever the web framework: the status,
//! the code header, `Vary`, and the content (its type and bytes). The axum
//! and actix integrations build their responses from it, so that both
//! send the same thing for the same error.

use std::fmt::Display;

use http::header::{HeaderName, HeaderValue};
use http::StatusCode;

use crate::body::respond::Bare;
use crate::body::{self, Respond, Shape};
use crate::negotiation;
use crate::CatalogError;

/// One error response, before a framework's types.
pub(crate) struct Reply {
    pub status: StatusCode,
    /// The code header's name and value, when the catalogue sends one and
    /// the code string can be a header value.
    pub code_header: Option<(HeaderName, HeaderValue)>,
    /// The body was negotiated: send `Vary: Accept`.
    pub vary: bool,
    /// `None` for a status that carries no content (see
    /// [`carries_content`]), and when even the minimal body could not be
    /// written, which only a hand-written shape can make happen.
    pub content: Option<Content>,
}

/// A response's body and its media type.
pub(crate) struct Content {
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// A serde_json serializer writing into a buffer: what every body is
/// written with.
type Json<'a> = serde_json::Serializer<&'a mut Vec<u8>>;

impl Reply {
    /// `error` as its catalogue sends it: the shape of its `body = ...`,
    /// the header of its `code_header = ...`; inside a negotiating layer,
    /// `application/problem+json` (or, with the feature `xml`,
    /// `application/problem+xml`) when the request's `Accept` prefers it.
    pub(crate) fn catalogue<E: Respond>(error: &E) -> Reply {
        if !carries_content(error.status()) {
            return Reply::new(error, E::CODE_HEADER, false, None);
        }
        let own = error.content_type();
        let mut offered = [own; 1 + ALTERNATIVES.len()];
        let mut count = 1;
        for &alternative in ALTERNATIVES {
            if alternative != own {
                offered[count] = alternative;
                count += 1;
            }
        }
        let negotiated = negotiation::negotiated(&offered[..count]);
        let content_type = negotiated.unwrap_or(own);
        let bytes = if content_type == own {
            written(
                error,
                || json(|serializer| error.serialize_body(serializer)),
                || json(|serializer| error.serialize_minimal(serializer)),
            )
        } else if content_type == body::PROBLEM_JSON {
            written(
                error,
                || json(|serializer| body::serialize_problem(error, None, serializer)),
                || json(|serializer| body::serialize_problem(&Bare(error), None, serializer)),
            )
        } else {
            alternative_body(error)
        };
        let content = bytes.map(|bytes| Content {
            content_type,
            bytes,
        });
        Reply::new(error, E::CODE_HEADER, negotiated.is_some(), content)
    }

    /// `error` in shape `S`, with the default code header, whatever its
    /// catalogue chose: what a body view sends. `write` writes the view;
    /// should it fail, `S` writes the minimal body.
    pub(crate) fn view<S: Shape, E: CatalogError>(
        error: &E,
        write: impl FnOnce(&mut Json<'_>) -> Result<(), serde_json::Error>,
    ) -> Reply {
        let content = carries_content(error.status())
            .then(|| {
                written(
                    error,
                    || json(write),
                    || json(|serializer| S::serialize_error(&Bare(error), serializer)),
                )
            })
            .flatten()
            .map(|bytes| Content {
                content_type: S::CONTENT_TYPE,
                bytes,
            });
        Reply::new(error, Some(body::ERROR_CODE_HEADER), false, content)
    }

    /// Logs a server error, and gathers the rest.
    fn new<E: CatalogError>(
        error: &E,
        code_header: Option<&'static str>,
        vary: bool,
        content: Option<Content>,
    ) -> Reply {
        crate::logging::log_server_error(error);
        // A hand-written `Respond` may name a header that is not one, and a
        // `format` may put characters in a code string that a header cannot
        // carry: either goes without the header rather than panic.
        let code_header = code_header
            .and_then(|name| HeaderName::from_bytes(name.as_bytes()).ok())
            .zip(HeaderValue::from_str(error.code_str()).ok());
        Reply {
            status: error.status(),
            code_header,
            vary: vary && content.is_some(),
            content,
        }
    }
}

/// Whether a response with this status may carry content: not a 1xx, 204
/// or 205 (RFC 9110, 6.4.1 and 15.3.6), nor a 304 (15.4.5). Such a
/// response goes with its status and code header only.
pub(crate) fn carries_content(status: StatusCode) -> bool {
    !(status.is_informational()
        || matches!(
            status,
            StatusCode::NO_CONTENT | StatusCode::RESET_CONTENT | StatusCode::NOT_MODIFIED
        ))
}

/// The body `write` writes; should it fail, the failure is logged and the
/// `minimal` body goes instead, so that the client still reads the code.
/// `None` only when both fail.
fn written<E: CatalogError, F: Display>(
    error: &E,
    write: impl FnOnce() -> Result<Vec<u8>, F>,
    minimal: impl FnOnce() -> Result<Vec<u8>, F>,
) -> Option<Vec<u8>> {
    match write() {
        Ok(bytes) => Some(bytes),
        Err(failure) => {
            crate::logging::log_unwritten_body(error, &failure);
            minimal()
                .inspect_err(|failure| crate::logging::log_unwritten_body(error, failure))
                .ok()
        }
    }
}

/// What a response may be sent as besides the catalogue's own shape.
const ALTERNATIVES: &[&str] = &[
    body::PROBLEM_JSON,
    #[cfg(feature = "xml")]
    body::PROBLEM_XML,
];

#[cfg(feature = "xml")]
fn alternative_body<E: Respond>(error: &E) -> Option<Vec<u8>> {
    written(
        error,
        || body::Problem::new(error).to_xml().map(String::into_bytes),
        || {
            body::Problem::new(&Bare(error))
                .to_xml()
                .map(String::into_bytes)
        },
    )
}

#[cfg(not(feature = "xml"))]
fn alternative_body<E: Respond>(_error: &E) -> Option<Vec<u8>> {
    None
}

/// The body `write` writes as JSON.
fn json(
    write: impl FnOnce(&mut Json<'_>) -> Result<(), serde_json::Error>,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = Vec::with_capacity(128);
    write(&mut serde_json::Serializer::new(&mut bytes))?;
    Ok(bytes)
}
