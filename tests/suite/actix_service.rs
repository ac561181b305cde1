//! The actix-web integration: a real actix-web server on a loopback port,
//! asked over HTTP. Each answer is the one the axum integration gives for
//! the same error (`tests/suite/negotiation.rs`): the same status, content type,
//! headers and bytes, built by the same code.

use actix_web::{web, App};
use error_catalog::body::{Plain, Problem};
use error_catalog::error_catalog;

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
