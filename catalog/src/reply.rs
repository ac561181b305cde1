//! What an error response holds, whatever the web framework: the status,
//! the code header, `Vary`, and the content (its type and bytes). The axum
//! and actix integrations build their responses from it, so that both
//! send the same thing for the same error.

use http::header::{HeaderName, HeaderValue};
use http::StatusCode;
use serde::{Serialize, Serializer};

use crate::body::respond::Bare;
use crate::body::{self, Batch, Respond, Shape, Shaped, XmlDocument};
use crate::entry::carries_content;
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
    /// The headers the variant declares, with their values; empty (and
    /// allocating nothing) for most.
    pub headers: Vec<(HeaderName, HeaderValue)>,
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

impl Reply {
    /// `error` as its catalogue sends it: the shape of its `body = ...`,
    /// the header of its `code_header = ...`; inside a negotiating layer,
    /// `application/problem+json` (or, with the feature `xml`,
    /// `application/problem+xml`) when the request's `Accept` prefers it.
    pub(crate) fn catalogue<E: Respond>(error: &E) -> Reply {
        if !carries_content(error.status()) {
            return Reply::new(error, const { header_name(E::CODE_HEADER) }, false, None);
        }
        let own = error.content_type();
        let negotiated = negotiation::negotiated(own, ALTERNATIVES);
        let content_type = negotiated.unwrap_or(own);
        let bytes = if content_type == own {
            let encoding = Encoding::of(own, error.xml_document());
            written(error, encoding, &BodyOf(error), &MinimalOf(error))
        } else if content_type == body::PROBLEM_JSON {
            written(
                error,
                Encoding::Json,
                &body::Problem::new(error),
                &body::Problem::new(Bare(error)),
            )
        } else {
            alternative_body(error)
        };
        let content = bytes.map(|bytes| Content {
            content_type,
            bytes,
        });
        Reply::new(
            error,
            const { header_name(E::CODE_HEADER) },
            negotiated.is_some(),
            content,
        )
    }

    /// `batch` as its catalogue sends it: in the catalogue's shape (its
    /// `body = ...`), or as a problem where a negotiating layer prefers
    /// one; with its lead's status, code header and headers.
    pub(crate) fn batch<E: Respond>(batch: &Batch<E>) -> Reply {
        let lead = batch.lead();
        for item in batch.items() {
            crate::logging::log_server_error(item.error());
        }
        if !carries_content(lead.status()) {
            return Reply::new(lead, const { header_name(E::CODE_HEADER) }, false, None);
        }
        let own = E::batch_content_type();
        let negotiated = negotiation::negotiated(own, &[body::PROBLEM_JSON]);
        let content_type = negotiated.unwrap_or(own);
        let bytes = if content_type == own {
            let encoding = Encoding::of(own, E::batch_xml_document());
            written(lead, encoding, &BatchOf(batch), &MinimalOf(lead))
        } else {
            let problem = Shaped::<body::Problem, _>::new(Bare(lead));
            written(lead, Encoding::Json, &ProblemBatch(batch), &problem)
        };
        let content = bytes.map(|bytes| Content {
            content_type,
            bytes,
        });
        Reply::new(
            lead,
            const { header_name(E::CODE_HEADER) },
            negotiated.is_some(),
            content,
        )
    }

    /// `error` in shape `S`, with the default code header, whatever its
    /// catalogue chose: what a body view sends. `view` writes the body;
    /// should it fail, `S` writes the minimal body.
    pub(crate) fn view<S: Shape, E: CatalogError>(error: &E, view: &impl Serialize) -> Reply {
        let content = carries_content(error.status())
            .then(|| {
                written(
                    error,
                    Encoding::of(S::CONTENT_TYPE, S::XML),
                    view,
                    &body::Shaped::<S, _>::new(Bare(error)),
                )
            })
            .flatten()
            .map(|bytes| Content {
                content_type: S::CONTENT_TYPE,
                bytes,
            });
        Reply::new(
            error,
            const { header_name(Some(body::ERROR_CODE_HEADER)) },
            false,
            content,
        )
    }

    /// Logs a server error, and gathers the rest.
    fn new<E: CatalogError>(
        error: &E,
        code_header: Option<HeaderName>,
        vary: bool,
        content: Option<Content>,
    ) -> Reply {
        crate::logging::log_server_error(error);
        let code_header =
            code_header.and_then(|name| Some((name, static_value(error.code_str())?)));
        let mut headers = Vec::new();
        error.for_each_header(&mut |name, value| match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(name), Ok(value)) => headers.push((name, value)),
            _ => crate::logging::log_unsent_header(error, name),
        });
        #[cfg(feature = "locale")]
        if content.is_some() {
            language_headers(error, &mut headers);
        }
        Reply {
            status: error.status(),
            code_header,
            headers,
            vary: vary && content.is_some(),
            content,
        }
    }
}

/// `Content-Language` for a catalogue with locales, and `Vary:
/// Accept-Language` when the request's languages chose it.
#[cfg(feature = "locale")]
fn language_headers<E: CatalogError>(error: &E, headers: &mut Vec<(HeaderName, HeaderValue)>) {
    let Some(tag) = crate::locale::chosen(error) else {
        return;
    };
    if let Some(tag) = static_value(tag) {
        headers.push((http::header::CONTENT_LANGUAGE, tag));
    }
    if crate::locale::languages_known() {
        const ACCEPT_LANGUAGE: HeaderValue = HeaderValue::from_static("accept-language");
        headers.push((http::header::VARY, ACCEPT_LANGUAGE));
    }
}

/// The header name `name`, made when the crate compiles (this is a `const
/// fn`, called in `const` blocks); `None` when it is not one. A
/// hand-written `Respond` may name a header that is not one: its
/// responses go without the header rather than fail to compile or panic.
const fn header_name(name: Option<&'static str>) -> Option<HeaderName> {
    let Some(name) = name else {
        return None;
    };
    let bytes = name.as_bytes();
    if bytes.is_empty() {
        return None;
    }
    // What `from_static` accepts: lowercase token characters.
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let token = byte.is_ascii_lowercase()
            || byte.is_ascii_digit()
            || matches!(
                byte,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            );
        if !token {
            return None;
        }
        at += 1;
    }
    Some(HeaderName::from_static(name))
}

/// The header value `value`, without copying it; `None` when it is not
/// one. A `format` may put characters in a code string that a header
/// cannot carry: the response goes without the header rather than panic.
fn static_value(value: &'static str) -> Option<HeaderValue> {
    // What `from_static` accepts, checked first, so that it never panics:
    // visible ASCII, spaces and tabs.
    value
        .bytes()
        .all(|byte| byte == b'\t' || (b' '..=b'~').contains(&byte))
        .then(|| HeaderValue::from_static(value))
}

/// How a body's value becomes its bytes.
#[derive(Clone, Copy)]
enum Encoding {
    Json,
    /// A `text/*` body: the one string the shape writes, as it is.
    Text,
    /// A shape sent as XML, in its document.
    Xml(XmlDocument),
}

impl Encoding {
    fn of(content_type: &str, xml: Option<XmlDocument>) -> Encoding {
        match xml {
            Some(document) => Encoding::Xml(document),
            None if content_type.starts_with("text/") => Encoding::Text,
            None => Encoding::Json,
        }
    }
}

/// The body `full` writes, encoded; should it fail, the failure is logged
/// and the `minimal` body goes instead, so that the client still reads the
/// code. `None` only when both fail.
fn written<E: CatalogError>(
    error: &E,
    encoding: Encoding,
    full: &impl Serialize,
    minimal: &impl Serialize,
) -> Option<Vec<u8>> {
    match encoded(encoding, full) {
        Ok(bytes) => Some(bytes),
        Err(failure) => {
            crate::logging::log_unwritten_body(error, &failure);
            encoded(encoding, minimal)
                .inspect_err(|failure| crate::logging::log_unwritten_body(error, failure))
                .ok()
        }
    }
}

/// `value` as the bytes of a body.
fn encoded(encoding: Encoding, value: &impl Serialize) -> Result<Vec<u8>, String> {
    match encoding {
        Encoding::Json => {
            let mut bytes = Vec::with_capacity(128);
            serde_json::to_writer(&mut bytes, value).map_err(|failure| failure.to_string())?;
            Ok(bytes)
        }
        Encoding::Text => {
            match serde_json::to_value(value).map_err(|failure| failure.to_string())? {
                serde_json::Value::String(text) => Ok(text.into_bytes()),
                _ => Err("a text body is one string".to_owned()),
            }
        }
        Encoding::Xml(document) => xml(&document, value),
    }
}

#[cfg(feature = "xml")]
fn xml(document: &XmlDocument, value: &impl Serialize) -> Result<Vec<u8>, String> {
    body::xml_written(document, value)
        .map(String::into_bytes)
        .map_err(|failure| failure.to_string())
}

/// Without the feature, only a hand-written shape can ask for XML (the
/// derive refuses to): it is a failure, logged.
#[cfg(not(feature = "xml"))]
fn xml(_: &XmlDocument, _: &impl Serialize) -> Result<Vec<u8>, String> {
    Err("an XML body needs error-catalog's `xml` feature".to_owned())
}

/// An error's body as its catalogue writes it.
struct BodyOf<'a, E>(&'a E);

impl<E: Respond> Serialize for BodyOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_body(serializer)
    }
}

/// An error's minimal body as its catalogue writes it.
struct MinimalOf<'a, E>(&'a E);

impl<E: Respond> Serialize for MinimalOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_minimal(serializer)
    }
}

/// A batch as its catalogue writes it.
struct BatchOf<'a, E>(&'a Batch<E>);

impl<E: Respond> Serialize for BatchOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::serialize_batch(self.0, serializer)
    }
}

/// A batch as a problem.
struct ProblemBatch<'a, E>(&'a Batch<E>);

impl<E: Respond> Serialize for ProblemBatch<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        <body::Problem as Shape>::serialize_batch(self.0, serializer)
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
    let written = body::Problem::new(error).to_xml().or_else(|failure| {
        crate::logging::log_unwritten_body(error, &failure);
        body::Problem::new(Bare(error)).to_xml()
    });
    written
        .inspect_err(|failure| crate::logging::log_unwritten_body(error, failure))
        .ok()
        .map(String::into_bytes)
}

#[cfg(not(feature = "xml"))]
fn alternative_body<E: Respond>(_error: &E) -> Option<Vec<u8>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_name_is_made_when_it_is_one() {
        const CODE: Option<HeaderName> = header_name(Some("x-ms-error-code"));
        assert_eq!(CODE.unwrap().as_str(), "x-ms-error-code");
        assert_eq!(header_name(Some("vary")), Some(http::header::VARY));
        for not_one in [
            None,
            Some(""),
            Some("X-Error-Code"),
            Some("x error"),
            Some("x:y"),
            Some("é"),
        ] {
            assert_eq!(header_name(not_one), None, "{not_one:?}");
        }
    }

    #[test]
    fn a_header_value_is_made_when_it_is_one() {
        assert_eq!(static_value("SHOP_1").unwrap(), "SHOP_1");
        assert_eq!(static_value("a b\tc").unwrap(), "a b\tc");
        for not_one in ["caf\u{e9}", "a\nb", "\u{7f}"] {
            assert!(static_value(not_one).is_none(), "{not_one:?}");
        }
    }
}
