//! actix-web 4 integration (feature `actix`): catalogue errors are
//! `ResponseError`s, and body views are `ResponseError`s and `Responder`s.
//!
//! A response holds what the axum integration's does, built by the same
//! code: the status, the body in the shape the catalogue chose (`body =
//! ...`, by default `Nested`), the code string in the header it chose
//! (`code_header = ...`, by default `x-error-code`), and, under the
//! [`negotiate`] middleware, the body the request's `Accept` prefers, with
//! `Vary: Accept`. A 5xx response logs its error with the whole source
//! chain; the body carries none of it.
//!
//! ```
//! use actix_web::{web, App};
//! use error_catalog::error_catalog;
//!
//! #[error_catalog(prefix = "SHOP")]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(code = 1, http = 404, message = "No such order")]
//!     NoSuchOrder,
//! }
//!
//! async fn order() -> Result<String, ShopError> {
//!     Err(ShopError::NoSuchOrder)
//! }
//!
//! let app = App::new()
//!     .wrap(error_catalog::actix::negotiate())
//!     .route("/orders/1", web::get().to(order));
//! # let _ = app;
//! ```

use std::future::{ready, Future, Ready};
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BodySize, BoxBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use crate::body::{
    Batch, Details, Flat, Google, JsonApi, Microsoft, Nested, Plain, Problem, Respond, Shape,
    Shaped, Text,
};
use crate::negotiation::{joined_lines, request_context, Scope};
pub use crate::negotiation::{NegotiateFuture, Negotiation};
use crate::reply::Reply;
use crate::CatalogError;

/// The response for `error` as its catalogue sends it: what the generated
/// `ResponseError::error_response` returns.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP", body = Problem)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let response = error_catalog::actix::error_response(&ShopError::NoSuchOrder);
/// assert_eq!(response.status(), actix_web::http::StatusCode::NOT_FOUND);
/// assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
/// assert_eq!(response.headers().get("x-error-code").unwrap(), "SHOP_1");
/// ```
pub fn error_response<E: Respond>(error: &E) -> HttpResponse {
    into_response(Reply::catalogue(error))
}

/// The error's status as actix-web's `http` 0.2 type: what the generated
/// `ResponseError::status_code` returns.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP", body = Problem)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// assert_eq!(
///     error_catalog::actix::status_code(&ShopError::NoSuchOrder),
///     actix_web::http::StatusCode::NOT_FOUND,
/// );
/// ```
pub fn status_code<E: CatalogError + ?Sized>(error: &E) -> StatusCode {
    let _ = ASKED.try_with(|asked| {
        if asked.get().is_some() {
            asked.set(Some(true));
        }
    });
    status(error.status())
}

thread_local! {
    /// `Some` while [`is_catalogued`] asks an error for its status: set to
    /// `Some(true)` when a catalogue's answers.
    static ASKED: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Whether `error` is a catalogue's (or a view's, or a batch's): its
/// status is asked, which only a catalogue's answers through
/// [`status_code`]. Asking a status has no side effects, where building a
/// foreign error's response twice might (a metric counted twice).
fn is_catalogued(error: &actix_web::Error) -> bool {
    let _ = ASKED.try_with(|asked| asked.set(Some(false)));
    let _ = error.as_response_error().status_code();
    ASKED
        .try_with(|asked| asked.replace(None))
        .ok()
        .flatten()
        .unwrap_or(false)
}

fn status(status: http::StatusCode) -> StatusCode {
    // Both are a `u16` in 100..=999; the fallback is never taken.
    StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// actix-web 4 speaks `http` 0.2: the reply's headers cross by their bytes.
fn into_response(reply: Reply) -> HttpResponse {
    let mut response = match reply.content {
        Some(content) => HttpResponse::build(status(reply.status))
            .insert_header((header::CONTENT_TYPE, content.content_type))
            .body(content.bytes),
        None => HttpResponse::new(status(reply.status)),
    };
    let headers = response.headers_mut();
    if let Some((name, value)) = reply.code_header {
        if let Some((name, value)) = crossed(&name, &value) {
            headers.insert(name, value);
        }
    }
    for (name, value) in &reply.headers {
        if let Some((name, value)) = crossed(name, value) {
            headers.append(name, value);
        }
    }
    if reply.vary {
        headers.append(header::VARY, HeaderValue::from_static("accept"));
    }
    response
}

/// The request's field `name`, its lines joined into one list, as a value
/// of `http` 1: `http` 0.2's crosses to it by its bytes.
fn field(request: &ServiceRequest, name: HeaderName) -> Option<http::HeaderValue> {
    let mut lines = request.headers().get_all(name);
    lines
        .next()
        .and_then(|first| http::HeaderValue::from_bytes(first.as_bytes()).ok())
        .map(|first| joined_lines(first, lines.map(|line| line.as_bytes())))
}

/// A header of `http` 1 as one of `http` 0.2; both check the same bytes, so
/// the conversion never fails.
fn crossed(
    name: &http::HeaderName,
    value: &http::HeaderValue,
) -> Option<(HeaderName, HeaderValue)> {
    Some((
        HeaderName::from_bytes(name.as_str().as_bytes()).ok()?,
        HeaderValue::from_bytes(value.as_bytes()).ok()?,
    ))
}

/// A view answers in its own shape, with the default code header, whatever
/// its catalogue chose: as a handler's error or as its response.
macro_rules! view_response {
    ($view:ident, $($bound:tt)*) => {
        impl<E: $($bound)* + std::fmt::Debug> ResponseError for $view<E> {
            fn status_code(&self) -> StatusCode {
                status_code(self.error())
            }

            fn error_response(&self) -> HttpResponse {
                into_response(Reply::view::<$view<E>, E>(self.error(), self))
            }
        }

        impl<E: $($bound)* + std::fmt::Debug> Responder for $view<E> {
            type Body = actix_web::body::BoxBody;

            fn respond_to(self, _: &HttpRequest) -> HttpResponse {
                ResponseError::error_response(&self)
            }
        }
    };
}

crate::body::for_each_view!(view_response);

/// A batch answers as its lead: its status, its catalogue's shape and code
/// header; under the [`negotiate`] middleware, a problem when the
/// request's `Accept` prefers one.
impl<E: Respond + std::fmt::Debug> ResponseError for Batch<E> {
    fn status_code(&self) -> StatusCode {
        status_code(self.lead())
    }

    fn error_response(&self) -> HttpResponse {
        into_response(Reply::batch(self))
    }
}

impl<E: Respond + std::fmt::Debug> Responder for Batch<E> {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        ResponseError::error_response(&self)
    }
}

impl<S: Shape, E: CatalogError + Details + std::fmt::Debug> ResponseError for Shaped<S, E> {
    fn status_code(&self) -> StatusCode {
        status_code(self.error())
    }

    fn error_response(&self) -> HttpResponse {
        into_response(Reply::view::<S, E>(self.error(), self))
    }
}

impl<S: Shape, E: CatalogError + Details + std::fmt::Debug> Responder for Shaped<S, E> {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        ResponseError::error_response(&self)
    }
}

/// A middleware under which every catalogue error negotiates its body with
/// the request's `Accept`, as under the axum layer of the same name: the
/// catalogue's shape, or `application/problem+json` (and
/// `application/problem+xml` with the feature `xml`), with `Vary: Accept`.
/// An `Accept` that allows none of them gets the catalogue's shape. So
/// does the `Err` of a middleware inside it, a guard's or a timeout's
/// (see [`ResponseInScope`]).
///
/// ```
/// use actix_web::{web, App};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP", body = Problem)]
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
/// let app = App::new()
///     .wrap(error_catalog::actix::negotiate())
///     .route("/orders/1", web::get().to(order));
/// # let _ = app;
/// ```
pub fn negotiate() -> Negotiate {
    Negotiate {
        request_id_header: None,
    }
}

/// The middleware [`negotiate`] returns.
///
/// ```
/// use error_catalog::actix::{negotiate, Negotiate};
///
/// let middleware: Negotiate = negotiate();
/// let app = actix_web::App::new().wrap(middleware);
/// # let _ = app;
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Negotiate {
    request_id_header: Option<&'static str>,
}

impl Negotiate {
    /// Makes the context of each request known to its error bodies, as the
    /// axum layer's method of the same name does: the id from the header
    /// `id_header` when the client sent a safe one, else generated; the
    /// time; and the path.
    ///
    /// ```
    /// let app = actix_web::App::new()
    ///     .wrap(error_catalog::actix::negotiate().request_context("x-request-id"));
    /// # let _ = app;
    /// ```
    #[must_use]
    pub const fn request_context(self, id_header: &'static str) -> Self {
        Negotiate {
            request_id_header: Some(id_header),
        }
    }
}

impl<S, B> Transform<S, ServiceRequest> for Negotiate
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
{
    type Response = ServiceResponse<B>;
    type Error = actix_web::Error;
    type Transform = NegotiateService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(NegotiateService {
            service,
            request_id_header: self.request_id_header,
        }))
    }
}

/// The service of a [`Negotiate`] middleware around `S`.
///
/// ```
/// use actix_web::dev::Transform;
/// use error_catalog::actix::{negotiate, NegotiateService};
///
/// actix_web::rt::System::new().block_on(async {
///     let service: NegotiateService<_> = negotiate()
///         .new_transform(actix_web::test::ok_service())
///         .await
///         .unwrap();
///     # drop(service);
/// });
/// ```
#[derive(Debug)]
pub struct NegotiateService<S> {
    service: S,
    request_id_header: Option<&'static str>,
}

impl<S, B> Service<ServiceRequest> for NegotiateService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
{
    type Response = ServiceResponse<B>;
    type Error = actix_web::Error;
    type Future = NegotiateFuture<ResponseInScope<S::Future>>;

    forward_ready!(service);

    #[inline]
    fn call(&self, request: ServiceRequest) -> Self::Future {
        let accept = field(&request, header::ACCEPT);
        let context = self.request_id_header.map(|name| {
            let sent = request.headers().get(name).map(|value| value.as_bytes());
            request_context(name, sent, request.path())
        });
        let scope = Scope::new(accept, context);
        #[cfg(feature = "locale")]
        let scope = scope.with_language(field(&request, header::ACCEPT_LANGUAGE));
        let inner = scope.enter(|| self.service.call(request));
        NegotiateFuture::new(ResponseInScope { inner }, scope)
    }
}

pin_project_lite::pin_project! {
    /// The future of the service inside a [`negotiate`] middleware, which
    /// the middleware polls in the request's scope. actix-web builds the
    /// response of an `Err` the service returns (a middleware's guard, a
    /// timeout) only after the middleware's future has finished, outside
    /// that scope: so the response is built here, where the `Err` arrives,
    /// and given to the error as a response mapper
    /// (`actix_web::Error::add_response_mapper`). The error itself passes
    /// on unchanged, for the middleware further out to downcast.
    ///
    /// ```
    /// use actix_web::dev::{Service, Transform};
    /// use error_catalog::actix::{negotiate, NegotiateFuture, ResponseInScope};
    ///
    /// actix_web::rt::System::new().block_on(async {
    ///     let service = negotiate()
    ///         .new_transform(actix_web::test::ok_service())
    ///         .await
    ///         .unwrap();
    ///     let future: NegotiateFuture<ResponseInScope<_>> =
    ///         service.call(actix_web::test::TestRequest::default().to_srv_request());
    ///     assert!(future.await.is_ok());
    /// });
    /// ```
    pub struct ResponseInScope<F> {
        #[pin]
        inner: F,
    }
}

impl<F, B> Future for ResponseInScope<F>
where
    F: Future<Output = Result<ServiceResponse<B>, actix_web::Error>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project().inner.poll(cx) {
            Poll::Ready(Err(mut error)) => {
                respond_in_scope(&mut error);
                Poll::Ready(Err(error))
            }
            other => other,
        }
    }
}

/// Builds `error`'s response now, in the request's scope, and has
/// actix-web send it in place of the one it builds later, outside. Built
/// quietly: actix-web's own build, which the mapper replaces, logs the
/// error. A foreign error is left to actix-web, and so is a response that
/// was not negotiated (no `Vary: Accept`, a view's) or whose body is a
/// stream.
fn respond_in_scope(error: &mut actix_web::Error) {
    if !is_catalogued(error) {
        return;
    }
    let response = crate::logging::quietly(|| error.error_response());
    let negotiated = response
        .headers()
        .get_all(header::VARY)
        .any(|value| value == "accept");
    if !negotiated {
        return;
    }
    let (head, body) = response.into_parts();
    let sent = match body.size() {
        BodySize::None => None,
        _ => match body.try_into_bytes() {
            Ok(bytes) => Some(bytes),
            Err(_) => return,
        },
    };
    let (status, headers): (StatusCode, HeaderMap) = (head.status(), head.headers().clone());
    error.add_response_mapper(move |_| {
        let body = match &sent {
            Some(bytes) => BoxBody::new(bytes.clone()),
            None => BoxBody::new(actix_web::body::None::new()),
        };
        let mut response = HttpResponse::with_body(status, body);
        *response.headers_mut() = headers.clone();
        response
    });
}
