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
//!
//! ```
//! use axum::{routing::get, Router};
//! use error_catalog::{body::Problem, error_catalog};
//!
//! #[error_catalog(prefix = "SHOP")]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(code = 1, http = 404, message = "No such order")]
//!     NoSuchOrder,
//! }
//!
//! // The catalogue's shape...
//! async fn order() -> Result<String, ShopError> {
//!     Err(ShopError::NoSuchOrder)
//! }
//!
//! // ...or one shape for this route.
//! async fn problem() -> Result<String, Problem<ShopError>> {
//!     Err(Problem::new(ShopError::NoSuchOrder))
//! }
//!
//! let app: Router = Router::new()
//!     .route("/orders/1", get(order))
//!     .route("/problems/1", get(problem))
//!     .layer(error_catalog::axum::negotiate());
//! ```

use std::task::{Context, Poll};

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderValue, CONTENT_TYPE, VARY};
use http::Request;

use crate::body::{
    Batch, Details, Flat, Google, JsonApi, Microsoft, Nested, Plain, Problem, Respond, Shape,
    Shaped, Text,
};
use crate::negotiation::{joined_lines, request_context, Scope};
pub use crate::negotiation::{NegotiateFuture, Negotiation};
use crate::reply::Reply;
use crate::CatalogError;

pub use crate::body::ERROR_CODE_HEADER;

/// The response for `error` in the [`Nested`] shape, with an
/// `x-error-code` header, whatever the catalogue chose: what the generated
/// `IntoResponse` sent before catalogues chose their shapes. Deprecated:
/// [`error_response`] answers as the catalogue chose, and
/// `Nested::new(&error).into_response()` in the nested shape whatever it
/// chose.
///
/// ```
/// # #![allow(deprecated)]
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP", body = Problem)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let response = error_catalog::axum::response(&ShopError::NoSuchOrder);
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert_eq!(response.headers()["x-error-code"], "SHOP_1");
/// ```
#[deprecated(
    since = "0.2.0",
    note = "use `error_response` for the catalogue's shape, or `Nested::new(&error).into_response()`"
)]
pub fn response<E: CatalogError>(error: &E) -> Response {
    into_response(Reply::view::<Nested<E>, E>(error, &Nested::new(error)))
}

/// The response for `error` as its catalogue sends it: the shape of its
/// `body = ...`, the header of its `code_header = ...`; under a
/// [`negotiate`] layer, `application/problem+json` (or, with the feature
/// `xml`, `application/problem+xml`) when the request's `Accept` prefers
/// it, with `Vary: Accept`. What the generated `IntoResponse` returns.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP", body = Problem, code_header = "x-ms-error-code")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let response = error_catalog::axum::error_response(&ShopError::NoSuchOrder);
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert_eq!(response.headers()["x-ms-error-code"], "SHOP_1");
/// ```
pub fn error_response<E: Respond>(error: &E) -> Response {
    into_response(Reply::catalogue(error))
}

fn into_response(reply: Reply) -> Response {
    let mut response = match reply.content {
        Some(content) => {
            let mut response = Response::new(Body::from(content.bytes));
            let content_type = HeaderValue::from_static(content.content_type);
            response.headers_mut().insert(CONTENT_TYPE, content_type);
            response
        }
        None => Response::new(Body::empty()),
    };
    *response.status_mut() = reply.status;
    let headers = response.headers_mut();
    if let Some((name, value)) = reply.code_header {
        headers.insert(name, value);
    }
    for (name, value) in reply.headers {
        headers.append(name, value);
    }
    if reply.vary {
        // A constant: the value is checked when the crate compiles.
        const ACCEPT: HeaderValue = HeaderValue::from_static("accept");
        headers.append(VARY, ACCEPT);
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
    Negotiate {
        request_id_header: None,
    }
}

/// The layer [`negotiate`] returns.
///
/// ```
/// use error_catalog::axum::{negotiate, Negotiate};
///
/// let layer: Negotiate = negotiate();
/// let app: axum::Router = axum::Router::new().layer(layer);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Negotiate {
    request_id_header: Option<&'static str>,
}

impl Negotiate {
    /// Makes the context of each request known to its error bodies
    /// ([`RequestContext`](crate::context::RequestContext)): its id, taken
    /// from the header `id_header` (`"x-request-id"`, say) when the client
    /// sent a safe one, else generated, a refused one logged; the time;
    /// and the path. The shapes that have a place for them send them (a
    /// problem's `instance`, `request_id` and `timestamp`, a Google
    /// `RequestInfo`, a JSON:API document's `meta`, a derived shape's
    /// `request_id`, `timestamp` and `path` parts). The path is the one the
    /// layer sees: on a router nested in another with `Router::nest`, the
    /// path within it, so put the layer on the outer router.
    ///
    /// ```
    /// use axum::{routing::get, Router};
    ///
    /// let app: Router = Router::new()
    ///     .route("/", get(|| async { "ok" }))
    ///     .layer(error_catalog::axum::negotiate().request_context("x-request-id"));
    /// ```
    #[must_use]
    pub const fn request_context(self, id_header: &'static str) -> Self {
        Negotiate {
            request_id_header: Some(id_header),
        }
    }
}

impl<S> tower_layer::Layer<S> for Negotiate {
    type Service = NegotiateService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        NegotiateService {
            inner,
            request_id_header: self.request_id_header,
        }
    }
}

/// The service of a [`Negotiate`] layer around `S`; its future is a
/// [`NegotiateFuture`].
///
/// ```
/// use error_catalog::axum::{negotiate, NegotiateFuture, NegotiateService};
/// use tower_layer::Layer;
/// use tower_service::Service;
///
/// let mut service: NegotiateService<axum::Router> = negotiate().layer(axum::Router::new());
/// let request = http::Request::new(axum::body::Body::empty());
/// let future: NegotiateFuture<_> = service.call(request);
/// # drop(future);
/// ```
#[derive(Debug, Clone)]
pub struct NegotiateService<S> {
    inner: S,
    request_id_header: Option<&'static str>,
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

    #[inline]
    fn call(&mut self, request: Request<B>) -> Self::Future {
        let accept = field(&request, &http::header::ACCEPT);
        let context = self.request_id_header.map(|name| {
            let sent = request.headers().get(name).map(HeaderValue::as_bytes);
            request_context(name, sent, request.uri().path())
        });
        let scope = Scope::new(accept, context);
        #[cfg(feature = "locale")]
        let scope = scope.with_language(field(&request, &http::header::ACCEPT_LANGUAGE));
        // A service may build its response in `call` itself.
        let inner = scope.enter(|| self.inner.call(request));
        NegotiateFuture::new(inner, scope)
    }
}

/// The request's field `name`, its lines joined into one list.
fn field<B>(request: &Request<B>, name: &http::header::HeaderName) -> Option<HeaderValue> {
    let mut lines = request.headers().get_all(name).iter();
    lines
        .next()
        .map(|first| joined_lines(first.clone(), lines.map(HeaderValue::as_bytes)))
}

/// A view answers in its own shape, with the default code header, whatever
/// its catalogue chose.
macro_rules! view_response {
    ($view:ident, $($bound:tt)*) => {
        impl<E: $($bound)*> IntoResponse for $view<E> {
            fn into_response(self) -> Response {
                into_response(Reply::view::<$view<E>, E>(self.error(), &self))
            }
        }
    };
}

crate::body::for_each_view!(view_response);

/// A batch answers as its lead: its status, its catalogue's shape and code
/// header; under a [`negotiate`] layer, a problem when the request's
/// `Accept` prefers one.
impl<E: Respond> IntoResponse for Batch<E> {
    fn into_response(self) -> Response {
        into_response(Reply::batch(&self))
    }
}

impl<S: Shape, E: CatalogError + Details> IntoResponse for Shaped<S, E> {
    fn into_response(self) -> Response {
        into_response(Reply::view::<S, E>(self.error(), &self))
    }
}
