//! axum integration (feature `axum`): catalogue errors and body views are
//! responses.
//!
//! With the feature on, every `#[error_catalog]` enum implements
//! [`IntoResponse`]: its status, the [`Nested`](crate::body::Nested) body as
//! `application/json`, and the code string in an `x-error-code` header. A
//! handler returns `Result<Json<T>, MyError>`; or, for another shape,
//! `Result<Json<T>, Problem<MyError>>` and the like.
//!
//! A 5xx response logs its error with the whole source chain: a `tracing`
//! event with the feature `tracing`, else a line on standard error, so that
//! a server error never goes unseen. The body carries none of it.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderValue, CONTENT_TYPE};
use serde::Serialize;

use crate::body::{self, Details, Flat, Nested, Plain, Problem};
use crate::CatalogError;

/// The header that carries the code string of every error response, so
/// that proxies and logs can count errors without parsing bodies.
pub const ERROR_CODE_HEADER: &str = "x-error-code";

/// The response for `error`: what the generated `IntoResponse` returns.
pub fn response<E: CatalogError>(error: &E) -> Response {
    respond(error, &Nested::new(error), body::JSON)
}

fn respond<E: CatalogError, B: Serialize>(
    error: &E,
    body: &B,
    content_type: &'static str,
) -> Response {
    log_server_error(error);
    let mut response = match serde_json::to_vec(body) {
        Ok(bytes) => Response::new(Body::from(bytes)),
        // Our bodies only hold strings and numbers; a `#[details]` type
        // whose `Serialize` fails is the one way here. Send the status alone.
        Err(_) => Response::new(Body::empty()),
    };
    *response.status_mut() = error.status();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    // A `format` may put characters in a code string that a header cannot
    // carry; such a code goes without the header rather than panic.
    if let Ok(code) = HeaderValue::from_str(error.code_str()) {
        headers.insert(ERROR_CODE_HEADER, code);
    }
    response
}

/// Server errors are ours to fix: log them whole, always. With the feature
/// `tracing` as a `tracing` event at level ERROR; without it, as one line on
/// standard error, which every process has and every service manager and
/// container runtime keeps. Client errors are not logged.
fn log_server_error<E: CatalogError>(error: &E) {
    if !error.status().is_server_error() {
        return;
    }
    #[cfg(feature = "tracing")]
    tracing::error!(
        code = error.code_str(),
        status = error.status().as_u16(),
        error = %crate::Report(error),
        "request failed"
    );
    #[cfg(not(feature = "tracing"))]
    {
        use std::io::Write as _;
        // One write of one line, so that lines of concurrent requests do not
        // interleave; a failed write to stderr has nowhere else to go.
        let line = format!(
            "error_catalog: request failed: code={} status={}: {}\n",
            error.code_str(),
            error.status().as_u16(),
            crate::Report(error)
        );
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}

impl<E: CatalogError> IntoResponse for Nested<E> {
    fn into_response(self) -> Response {
        respond(self.error(), &self, body::JSON)
    }
}

impl<E: CatalogError> IntoResponse for Plain<E> {
    fn into_response(self) -> Response {
        respond(self.error(), &self, body::JSON)
    }
}

impl<E: CatalogError + Details> IntoResponse for Flat<E> {
    fn into_response(self) -> Response {
        respond(self.error(), &self, body::JSON)
    }
}

impl<E: CatalogError> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        respond(self.error(), &self, body::PROBLEM_JSON)
    }
}
