//! axum integration (feature `axum`): catalogue errors and body views are
//! responses.
//!
//! With the feature on, every `#[error_catalog]` enum implements
//! [`IntoResponse`]: its status, its body in the shape the catalogue chose
//! (`body = ...`, by default [`Nested`]), and the code string in the header
//! it chose (`code_header = ...`, by default `x-error-code`). A handler
//! returns `Result<Json<T>, MyError>`; or, for one shape whatever the
//! catalogue chose, `Result<Json<T>, Problem<MyError>>` and the like.
//!
//! Under the [`negotiate`] layer, responses honour the request's `Accept`
//! between the catalogue's shape and `application/problem+json`, and send
//! `Vary: Accept`.
//!
//! A 5xx response logs its error with the whole source chain: a `tracing`
//! event with the feature `tracing`, else a line on standard error, so that
//! a server error never goes unseen. The body carries none of it.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderName, HeaderValue, CONTENT_TYPE, VARY};
use http::Request;

use crate::body::{
    self, Details, Flat, Google, JsonApi, Microsoft, Nested, Plain, Problem, Respond, Shape, Shaped,
};
use crate::negotiation::{self, Scope};
use crate::CatalogError;

pub use crate::body::ERROR_CODE_HEADER;

/// The response for `error` in the [`Nested`] shape, with an
/// `x-error-code` header, whatever the catalogue chose: what the generated
/// `IntoResponse` sent before catalogues chose their shapes. See
/// [`error_response`] for the catalogue's choice.
pub fn response<E: CatalogError>(error: &E) -> Response {
    let body = json(|serializer| body::serialize_nested(error, serializer));
    respond(error, body::JSON, Some(ERROR_CODE_HEADER), false, body)
}

/// The response for `error` as its catalogue sends it: the shape of its
/// `body = ...`, the header of its `code_header = ...`; under a
/// [`negotiate`] layer, `application/problem+json` (or, with the feature
/// `xml`, `application/problem+xml`) when the request's `Accept` prefers
/// it, with `Vary: Accept`. What the generated `IntoResponse` returns.
pub fn error_response<E: Respond>(error: &E) -> Response {
    let own = error.content_type();
    let mut offered = vec![own];
    for alternative in ALTERNATIVES {
        if *alternative != own {
            offered.push(alternative);
        }
    }
    let negotiated = negotiation::negotiated(&offered);
    let content_type = negotiated.unwrap_or(own);
    let body = if content_type == own {
        json(|serializer| error.serialize_body(serializer))
    } else if content_type == body::PROBLEM_JSON {
        json(|serializer| body::serialize_problem(error, None, serializer))
    } else {
        alternative_body(error, content_type)
    };
    respond(
        error,
        content_type,
        E::CODE_HEADER,
        negotiated.is_some(),
        body,
    )
}

/// What a response may be sent as besides the catalogue's own shape.
const ALTERNATIVES: &[&str] = &[
    body::PROBLEM_JSON,
    #[cfg(feature = "xml")]
    body::PROBLEM_XML,
];

#[cfg(feature = "xml")]
fn alternative_body<E: Respond>(error: &E, _content_type: &str) -> Option<Vec<u8>> {
    Problem::new(error).to_xml().ok().map(String::into_bytes)
}

#[cfg(not(feature = "xml"))]
fn alternative_body<E: Respond>(_error: &E, _content_type: &str) -> Option<Vec<u8>> {
    None
}

/// The body `write` writes as JSON; `None` when it fails, which only a
/// `#[details]` or `#[public]` type whose `Serialize` fails can make it do.
fn json(
    write: impl FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> Result<(), serde_json::Error>,
) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(128);
    write(&mut serde_json::Serializer::new(&mut bytes)).ok()?;
    Some(bytes)
}

/// The status, the content type, the code header and `body` (the status
/// alone when there is none); `Vary: Accept` when the body was negotiated.
fn respond<E: CatalogError>(
    error: &E,
    content_type: &'static str,
    code_header: Option<&'static str>,
    negotiated: bool,
    body: Option<Vec<u8>>,
) -> Response {
    log_server_error(error);
    let mut response = match body {
        Some(bytes) => Response::new(Body::from(bytes)),
        None => Response::new(Body::empty()),
    };
    *response.status_mut() = error.status();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    // A hand-written `Respond` may name a header that is not one, and a
    // `format` may put characters in a code string that a header cannot
    // carry: either goes without the header rather than panic.
    let code_header = code_header.and_then(|name| HeaderName::from_bytes(name.as_bytes()).ok());
    if let (Some(name), Ok(code)) = (code_header, HeaderValue::from_str(error.code_str())) {
        headers.insert(name, code);
    }
    if negotiated {
        headers.append(VARY, HeaderValue::from_static("accept"));
    }
    response
}

/// A layer under which every catalogue error negotiates its body with the
/// request's `Accept`: the catalogue's shape, or
/// `application/problem+json`, with `Vary: Accept`. Routes outside it
/// answer in the catalogue's shape alone.
///
/// An `Accept` that allows neither (`text/html`) gets the catalogue's
/// shape: a `406` would hide the error the client needs to see.
///
/// ```
/// use axum::{routing::get, Router};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// async fn order() -> Result<String, ShopError> {
///     Err(ShopError::NoSuchOrder)
/// }
///
/// let app: Router = Router::new()
///     .route("/orders/1", get(order))
///     .layer(error_catalog::axum::negotiate());
/// ```
pub fn negotiate() -> Negotiate {
    Negotiate { _private: () }
}

/// The layer [`negotiate`] returns.
#[derive(Debug, Clone, Copy)]
pub struct Negotiate {
    _private: (),
}

impl<S> tower_layer::Layer<S> for Negotiate {
    type Service = NegotiateService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        NegotiateService { inner }
    }
}

/// The service of a [`Negotiate`] layer around `S`.
#[derive(Debug, Clone)]
pub struct NegotiateService<S> {
    inner: S,
}

impl<S, B> tower_service::Service<Request<B>> for NegotiateService<S>
where
    S: tower_service::Service<Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = NegotiateFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let accept = request.headers().get(http::header::ACCEPT).cloned();
        let mut scope = Scope::new(accept);
        // A service may build its response in `call` itself.
        let inner = scope.enter(|| self.inner.call(request));
        NegotiateFuture { inner, scope }
    }
}

pin_project_lite::pin_project! {
    /// The future of a [`NegotiateService`]: the inner one, polled with the
    /// request's `Accept` known to the responses it builds.
    pub struct NegotiateFuture<F> {
        #[pin]
        inner: F,
        scope: Scope,
    }
}

impl<F: Future> Future for NegotiateFuture<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let inner = this.inner;
        this.scope.enter(|| inner.poll(cx))
    }
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

/// A view answers in its own shape, with the default code header, whatever
/// its catalogue chose.
macro_rules! view_response {
    ($view:ident, $($bound:tt)*) => {
        impl<E: $($bound)*> IntoResponse for $view<E> {
            fn into_response(self) -> Response {
                let error = self.error();
                let body = json(|serializer| serde::Serialize::serialize(&self, serializer));
                respond(
                    error,
                    <$view<E> as Shape>::CONTENT_TYPE,
                    Some(ERROR_CODE_HEADER),
                    false,
                    body,
                )
            }
        }
    };
}

view_response!(Nested, CatalogError);
view_response!(Plain, CatalogError);
view_response!(Flat, CatalogError + Details);
view_response!(Problem, CatalogError + Details);
view_response!(JsonApi, CatalogError + Details);
view_response!(Google, CatalogError + Details);
view_response!(Microsoft, CatalogError + Details);

impl<S: Shape, E: CatalogError + Details> IntoResponse for Shaped<S, E> {
    fn into_response(self) -> Response {
        let error = self.error();
        let body = json(|serializer| S::serialize_error(error, serializer));
        respond(error, S::CONTENT_TYPE, Some(ERROR_CODE_HEADER), false, body)
    }
}
