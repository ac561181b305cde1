//! What an error response holds, whatever the web framework: the status,
//! the content type, the code header, `Vary` and the body. The axum and
//! actix integrations build their responses from it, so that both send
//! the same thing for the same error.

use http::header::{HeaderName, HeaderValue};
use http::StatusCode;

use crate::body::{self, Respond, Shape};
use crate::negotiation;
use crate::CatalogError;

/// One error response, before a framework's types.
pub(crate) struct Reply {
    pub status: StatusCode,
    pub content_type: &'static str,
    /// The code header's name and value, when the catalogue sends one and
    /// the code string can be a header value.
    pub code_header: Option<(HeaderName, HeaderValue)>,
    /// The body was negotiated: send `Vary: Accept`.
    pub vary: bool,
    /// `None` when writing it failed, which only a `#[details]` or
    /// `#[public]` type whose `Serialize` fails can make happen: the
    /// status goes alone.
    pub body: Option<Vec<u8>>,
}

impl Reply {
    /// `error` as its catalogue sends it: the shape of its `body = ...`,
    /// the header of its `code_header = ...`; inside a negotiating layer,
    /// `application/problem+json` (or, with the feature `xml`,
    /// `application/problem+xml`) when the request's `Accept` prefers it.
    pub(crate) fn catalogue<E: Respond>(error: &E) -> Reply {
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
        let body = if content_type == own {
            json(|serializer| error.serialize_body(serializer))
        } else if content_type == body::PROBLEM_JSON {
            json(|serializer| body::serialize_problem(error, None, serializer))
        } else {
            alternative_body(error)
        };
        Reply::new(
            error,
            content_type,
            E::CODE_HEADER,
            negotiated.is_some(),
            body,
        )
    }

    /// `error` in shape `S`, with the default code header, whatever its
    /// catalogue chose: what a body view sends.
    pub(crate) fn view<S: Shape, E: CatalogError>(
        error: &E,
        write: impl FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> Result<(), serde_json::Error>,
    ) -> Reply {
        Reply::new(
            error,
            S::CONTENT_TYPE,
            Some(body::ERROR_CODE_HEADER),
            false,
            json(write),
        )
    }

    /// Logs a server error, and gathers the rest.
    pub(crate) fn new<E: CatalogError>(
        error: &E,
        content_type: &'static str,
        code_header: Option<&'static str>,
        vary: bool,
        body: Option<Vec<u8>>,
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
            content_type,
            code_header,
            vary,
            body,
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
    body::Problem::new(error)
        .to_xml()
        .ok()
        .map(String::into_bytes)
}

#[cfg(not(feature = "xml"))]
fn alternative_body<E: Respond>(_error: &E) -> Option<Vec<u8>> {
    None
}

/// The body `write` writes as JSON, or `None` when it fails.
pub(crate) fn json(
    write: impl FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> Result<(), serde_json::Error>,
) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(128);
    write(&mut serde_json::Serializer::new(&mut bytes)).ok()?;
    Some(bytes)
}
