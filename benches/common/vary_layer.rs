//! The least a negotiating layer around a router does, for `layer_count.rs`
//! (counted and timed) and `runtime.rs` (criterion): it wraps the inner
//! future and adds `Vary: accept` to the response, reading no header and
//! choosing nothing. Against it, what `negotiate()` costs beyond the
//! header a negotiated response is to carry (RFC 9110, 12.5.5: a server
//! should send it).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::response::Response;

/// A service that sends what the service inside it sends, with `Vary`.
#[derive(Clone)]
pub struct VaryOnly<S>(pub S);

impl<S, R> tower_service::Service<R> for VaryOnly<S>
where
    S: tower_service::Service<R, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = VaryFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: R) -> Self::Future {
        VaryFuture {
            inner: self.0.call(request),
        }
    }
}

pin_project_lite::pin_project! {
    pub struct VaryFuture<F> {
        #[pin]
        inner: F,
    }
}

impl<F, E> Future for VaryFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        const ACCEPT: http::HeaderValue = http::HeaderValue::from_static("accept");
        self.project().inner.poll(cx).map_ok(|mut response| {
            response.headers_mut().append(http::header::VARY, ACCEPT);
            response
        })
    }
}
