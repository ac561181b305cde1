//! The actix-web integration: a real actix-web server on a loopback port,
//! asked over HTTP. Each answer is the one the axum integration gives for
//! the same error (`tests/suite/negotiation.rs`): the same status, content type,
//! headers and bytes, built by the same code.

use std::sync::atomic::{AtomicUsize, Ordering};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{from_fn, Next};
use actix_web::{web, App};
use error_catalog::body::{Plain, Problem};
use error_catalog::error_catalog;
use error_catalog::logging::ServerErrorLog;

use crate::common::http as http_client;

use http_client::ask;

/// Orders
#[error_catalog(prefix = "SHOP", range = 100..=199)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 100, http = 404, message = "No such order")]
    NoSuchOrder,
    #[error(code = 101, http = 503, message = "Order storage failed: {0}")]
    Storage(#[source] std::io::Error),
}

/// Payments
#[error_catalog(
    prefix = "SHOP",
    range = 200..=299,
    body = Problem,
    code_header = "x-ms-error-code"
)]
#[derive(Debug)]
pub enum PaymentError {
    #[error(
        code = 200,
        http = 402,
        message = "The card was declined",
        resolution = "Use another card"
    )]
    CardDeclined,
}

async fn order() -> Result<String, OrderError> {
    Err(OrderError::NoSuchOrder)
}

async fn storage() -> Result<String, OrderError> {
    Err(OrderError::Storage(std::io::Error::other("disk 7 is full")))
}

async fn payment() -> Result<String, PaymentError> {
    Err(PaymentError::CardDeclined)
}

async fn plain() -> Plain<OrderError> {
    Plain::new(OrderError::NoSuchOrder)
}

async fn problem() -> Result<String, Problem<OrderError>> {
    Err(OrderError::NoSuchOrder)?
}

/// The response built in a task the handler spawns, which the middleware's
/// scope does not reach: `Negotiation` carries the request's `Accept`.
async fn carried() -> actix_web::HttpResponse {
    let negotiation = error_catalog::actix::Negotiation::current();
    actix_web::rt::spawn(async move {
        negotiation.scope(|| actix_web::ResponseError::error_response(&OrderError::NoSuchOrder))
    })
    .await
    .unwrap()
}

const ORDER_NESTED: &str = r#"{"error":{"code":"SHOP_100","message":"No such order","http":404}}"#;
const ORDER_PROBLEM: &str = r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No such order","code":"SHOP_100"}"#;
const PAYMENT_PROBLEM: &str = r#"{"type":"about:blank","title":"Payment Required","status":402,"detail":"The card was declined","code":"SHOP_200","resolution":"Use another card"}"#;

#[actix_web::test]
async fn actix_answers_as_axum_does() {
    let (base, handle) = crate::common::http::serve_actix!(|| {
        App::new()
            .service(
                web::scope("/negotiated")
                    .wrap(error_catalog::actix::negotiate())
                    .route("/order", web::get().to(order))
                    .route("/payment", web::get().to(payment))
                    .route("/carried", web::get().to(carried)),
            )
            .route("/order", web::get().to(order))
            .route("/storage", web::get().to(storage))
            .route("/plain", web::get().to(plain))
            .route("/problem", web::get().to(problem))
    });

    // Without the middleware: the catalogue's shape, whatever the `Accept`.
    let plain = ask(&base, "/order", Some("application/problem+json")).await;
    assert_eq!(plain.status, 404);
    assert_eq!(plain.headers["content-type"], "application/json");
    assert_eq!(plain.headers["x-error-code"], "SHOP_100");
    assert!(plain.headers.get("vary").is_none());
    assert_eq!(plain.body, ORDER_NESTED);

    // Under it: each `Accept`, as under axum's layer.
    let cases = [
        (None, "application/json", ORDER_NESTED),
        (Some("*/*"), "application/json", ORDER_NESTED),
        (
            Some("application/problem+json"),
            "application/problem+json",
            ORDER_PROBLEM,
        ),
        (
            Some("application/json;q=0.5, application/problem+json"),
            "application/problem+json",
            ORDER_PROBLEM,
        ),
        (Some("text/html"), "application/json", ORDER_NESTED),
    ];
    for (accept, content_type, body) in cases {
        let answer = ask(&base, "/negotiated/order", accept).await;
        assert_eq!(answer.status, 404, "{accept:?}");
        assert_eq!(answer.headers["content-type"], content_type, "{accept:?}");
        assert_eq!(answer.headers["vary"], "accept", "{accept:?}");
        assert_eq!(answer.headers["x-error-code"], "SHOP_100", "{accept:?}");
        assert_eq!(answer.body, body, "{accept:?}");
    }
    let xml = ask(&base, "/negotiated/order", Some("application/problem+xml")).await;
    assert_eq!(xml.headers["content-type"], "application/problem+xml");
    assert!(xml.body.contains("<code>SHOP_100</code>"), "{}", xml.body);
    // Two `Accept` lines are one list, and a byte outside ASCII costs its
    // own range only.
    for lines in [
        &[&b"text/html"[..], b"application/problem+json"][..],
        &[b"text/h\xe9ml;q=1, application/problem+json;q=0.9"],
    ] {
        let answer = http_client::ask_lines(&base, "/negotiated/order", lines).await;
        assert_eq!(
            answer.headers["content-type"], "application/problem+json",
            "{lines:?}"
        );
        assert_eq!(answer.body, ORDER_PROBLEM, "{lines:?}");
    }

    // The catalogue's own choices.
    let payment = ask(&base, "/negotiated/payment", Some("application/json")).await;
    assert_eq!(payment.status, 402);
    assert_eq!(payment.headers["content-type"], "application/problem+json");
    assert_eq!(payment.headers["x-ms-error-code"], "SHOP_200");
    assert!(payment.headers.get("x-error-code").is_none());
    assert_eq!(payment.body, PAYMENT_PROBLEM);

    // A server error: the body says nothing of the source.
    let storage = ask(&base, "/storage", None).await;
    assert_eq!(storage.status, 503);
    assert_eq!(
        storage.body,
        r#"{"error":{"code":"SHOP_101","message":"Order storage failed","http":503}}"#
    );

    // Body views, as a response and as an error.
    let view = ask(&base, "/plain", None).await;
    assert_eq!(view.status, 404);
    assert_eq!(view.body, r#"{"error":"No such order"}"#);
    let view = ask(&base, "/problem", None).await;
    assert_eq!(view.headers["content-type"], "application/problem+json");
    assert_eq!(view.body, ORDER_PROBLEM);

    let carried = ask(
        &base,
        "/negotiated/carried",
        Some("application/problem+json"),
    )
    .await;
    assert_eq!(carried.status, 404);
    assert_eq!(carried.headers["content-type"], "application/problem+json");
    assert_eq!(carried.headers["vary"], "accept");
    assert_eq!(carried.body, ORDER_PROBLEM);

    handle.stop(true).await;
}

/// A guard inside the negotiating middleware, in front of the routes: it
/// refuses with `Err`, as actix-web's own guards and timeouts do, so that
/// actix-web builds the response after the middleware has finished.
async fn guard(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let refusal = request
        .headers()
        .get("x-refuse")
        .map(|value| value.as_bytes().to_vec());
    match refusal.as_deref() {
        Some(b"client") => Err(OrderError::NoSuchOrder.into()),
        Some(b"server") => {
            Err(OrderError::Storage(std::io::Error::other("the guard's disk is full")).into())
        }
        Some(b"foreign") => Err(Teapot.into()),
        _ => next.call(request).await,
    }
}

/// A middleware outside the negotiating one, which finds the catalogue
/// error under the `actix_web::Error` it gets (a guard's `Err`, or the
/// error kept beside a handler's response), and says so in a header.
async fn finder(
    request: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    match next.call(request).await {
        Err(mut error) => {
            let found = error
                .as_error::<OrderError>()
                .map(error_catalog::CatalogError::code_str);
            error.add_response_mapper(move |mut response| {
                if let Some(code) = found {
                    response.headers_mut().insert(
                        HeaderName::from_static("x-found"),
                        HeaderValue::from_static(code),
                    );
                }
                response
            });
            Err(error)
        }
        Ok(mut response) => {
            // A handler's error: actix-web has built its response already,
            // and keeps the error beside it.
            let found = response
                .response()
                .error()
                .and_then(actix_web::Error::as_error::<OrderError>)
                .map(error_catalog::CatalogError::code_str);
            if let Some(code) = found {
                response.headers_mut().insert(
                    HeaderName::from_static("x-found"),
                    HeaderValue::from_static(code),
                );
            }
            Ok(response)
        }
    }
}

/// An error of no catalogue, which counts the responses built of it.
#[derive(Debug)]
struct Teapot;

impl std::fmt::Display for Teapot {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("short and stout")
    }
}

static TEAPOT_RESPONSES: AtomicUsize = AtomicUsize::new(0);

impl actix_web::ResponseError for Teapot {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::IM_A_TEAPOT
    }

    fn error_response(&self) -> actix_web::HttpResponse {
        TEAPOT_RESPONSES.fetch_add(1, Ordering::SeqCst);
        actix_web::HttpResponse::build(self.status_code()).body("short and stout")
    }
}

/// How many times the guard's server error was logged.
static GUARD_LOGS: AtomicUsize = AtomicUsize::new(0);

fn count_guard_logs(error: &dyn error_catalog::CatalogError) {
    let source = std::error::Error::source(error).map(ToString::to_string);
    if source.as_deref() == Some("the guard's disk is full") {
        GUARD_LOGS.fetch_add(1, Ordering::SeqCst);
    }
}

#[actix_web::test]
async fn an_error_a_middleware_returns_inside_the_middleware_is_negotiated() {
    let (base, handle) = crate::common::http::serve_actix!(|| {
        App::new().service(
            web::scope("/guarded")
                .wrap(from_fn(guard))
                .wrap(error_catalog::actix::negotiate())
                .wrap(from_fn(finder))
                .route("/order", web::get().to(order)),
        )
    });
    error_catalog::logging::set_server_error_log(ServerErrorLog::To(count_guard_logs));

    let cases = [
        (None, "application/json", ORDER_NESTED),
        (
            Some("application/problem+json"),
            "application/problem+json",
            ORDER_PROBLEM,
        ),
    ];
    for (accept, content_type, body) in cases {
        for refusal in [None, Some("client")] {
            let mut headers = vec![];
            headers.extend(accept.map(|accept| ("accept", accept)));
            headers.extend(refusal.map(|refusal| ("x-refuse", refusal)));
            let answer = http_client::ask_with(&base, "/guarded/order", &headers).await;
            let case = format!("{accept:?} {refusal:?}");
            assert_eq!(answer.status, 404, "{case}");
            assert_eq!(answer.headers["content-type"], content_type, "{case}");
            assert_eq!(answer.headers["vary"], "accept", "{case}");
            assert_eq!(answer.headers["x-error-code"], "SHOP_100", "{case}");
            assert_eq!(answer.body, body, "{case}");
            // The middleware further out still finds the catalogue error.
            assert_eq!(answer.headers["x-found"], "SHOP_100", "{case}");
        }
    }

    // A server error: negotiated, its source kept out of the body, and
    // logged once, though its response was built twice.
    let answer = http_client::ask_with(
        &base,
        "/guarded/order",
        &[
            ("accept", "application/problem+json"),
            ("x-refuse", "server"),
        ],
    )
    .await;
    assert_eq!(answer.status, 503);
    assert_eq!(answer.headers["content-type"], "application/problem+json");
    assert_eq!(answer.headers["x-found"], "SHOP_101");
    assert_eq!(
        answer.body,
        r#"{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Order storage failed","code":"SHOP_101"}"#
    );
    assert_eq!(GUARD_LOGS.load(Ordering::SeqCst), 1);
    error_catalog::logging::set_server_error_log(ServerErrorLog::Default);

    // An error of no catalogue is left to actix-web: its response built
    // once, as without the middleware.
    let answer = http_client::ask_with(
        &base,
        "/guarded/order",
        &[
            ("accept", "application/problem+json"),
            ("x-refuse", "foreign"),
        ],
    )
    .await;
    assert_eq!(answer.status, 418);
    assert_eq!(answer.body, "short and stout");
    assert!(answer.headers.get("vary").is_none());
    assert_eq!(TEAPOT_RESPONSES.load(Ordering::SeqCst), 1);

    handle.stop(true).await;
}
