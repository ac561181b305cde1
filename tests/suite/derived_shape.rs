//! `#[derive(Shape)]`: a body declared as a struct, sent by a catalogue,
//! read back by a client, in memory and over real HTTP.

use std::borrow::Cow;

use axum::routing::get;
use axum::Router;
use error_catalog::body::{self, Received, Shaped};
use error_catalog::error_catalog;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

/// `{"error":{"type":"card_error","code":"card_declined",...}}`, in the
/// manner of a payments API.
#[derive(Debug, Serialize, Deserialize, body::Shape)]
pub struct PaymentBody<'a, D = IgnoredAny> {
    #[serde(borrow)]
    pub error: PaymentErrorObject<'a, D>,
}

#[derive(Debug, Serialize, Deserialize, body::Shape)]
pub struct PaymentErrorObject<'a, D = IgnoredAny> {
    #[shape(meta = "type")]
    #[serde(rename = "type", borrow)]
    pub kind: Option<Cow<'a, str>>,
    #[shape(code_str)]
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    #[shape(message)]
    #[serde(borrow)]
    pub message: Cow<'a, str>,
    #[shape(doc_url)]
    #[serde(borrow, skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<Cow<'a, str>>,
    #[shape(status)]
    pub status: u16,
    #[shape(details)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<D>,
    #[shape(value = "v1")]
    pub api: String,
}

#[error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.payments.example/codes/{name:kebab-case}",
    meta(type = "invalid_request_error"),
    body = crate::derived_shape::PaymentBody
)]
#[derive(Debug)]
pub enum PaymentError {
    #[error(
        http = 402,
        message = "The card was declined",
        meta(type = "card_error")
    )]
    CardDeclined,
    #[error(http = 400, message = "Missing parameter {0}")]
    ParameterMissing(#[details] String),
}

const DECLINED: &str = r#"{"error":{"type":"card_error","code":"card_declined","message":"The card was declined","doc_url":"https://docs.payments.example/codes/card-declined","status":402,"api":"v1"}}"#;
const MISSING: &str = r#"{"error":{"type":"invalid_request_error","code":"parameter_missing","message":"Missing parameter amount","doc_url":"https://docs.payments.example/codes/parameter-missing","status":400,"param":"amount","api":"v1"}}"#;

#[test]
fn a_derived_shape_writes_what_its_fields_name() {
    let declined =
        serde_json::to_string(&Shaped::<PaymentBody, _>::new(PaymentError::CardDeclined));
    assert_eq!(declined.unwrap(), DECLINED);
    let missing = PaymentError::ParameterMissing("amount".into());
    let json = serde_json::to_string(&Shaped::<PaymentBody, _>::new(&missing)).unwrap();
    assert_eq!(json, MISSING);
}

#[test]
fn a_page_shows_the_body_shaped_writes() {
    let page = error_catalog::doc::Page::new("Payments")
        .catalog::<PaymentError>()
        .shape::<Shaped<PaymentBody, PaymentError>>()
        .markdown();
    let (_, sample) = page
        .split_once("Sent as `application/json`:\n\n```json\n")
        .unwrap();
    let (sample, _) = sample.split_once("\n```").unwrap();
    // The first code's body, with its members in the order the shape writes.
    let compact: serde_json::Value = serde_json::from_str(sample).unwrap();
    assert_eq!(
        compact,
        serde_json::from_str::<serde_json::Value>(DECLINED).unwrap()
    );
    let order = [
        "\"type\"",
        "\"code\"",
        "\"message\"",
        "\"doc_url\"",
        "\"status\"",
        "\"api\"",
    ];
    let at = order.map(|member| sample.find(member).unwrap());
    assert!(at.is_sorted(), "{sample}");
}

#[test]
fn a_client_reads_a_derived_shape_back() {
    let read: PaymentBody<'_, String> = serde_json::from_str(MISSING).unwrap();
    assert_eq!(read.error.param.as_deref(), Some("amount"));
    assert_eq!(read.code_str(), Some("parameter_missing"));
    assert_eq!(read.entry::<PaymentError>().unwrap().status().as_u16(), 400);
    let skipped: PaymentBody = serde_json::from_str(DECLINED).unwrap();
    assert_eq!(
        skipped.entry::<PaymentError>().unwrap().name(),
        "card_declined"
    );
    assert!(serde_json::from_str::<PaymentBody>("{\"error\":7}").is_err());
}

#[tokio::test]
async fn the_catalogue_answers_in_its_derived_shape() {
    let app = Router::new()
        .route(
            "/charge",
            get(|| async { Err::<(), _>(PaymentError::CardDeclined) }),
        )
        .route(
            "/refund",
            get(|| async { Err::<(), _>(PaymentError::ParameterMissing("amount".into())) }),
        );
    let base = crate::common::http::serve(app).await;
    let client: Client<HttpConnector, Empty<bytes::Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    for (path, status, expected) in [("/charge", 402, DECLINED), ("/refund", 400, MISSING)] {
        let response = client
            .get(format!("{base}{path}").parse().unwrap())
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), status);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(
            response.headers()["x-error-code"],
            expected.split('"').nth(9).unwrap()
        );
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(std::str::from_utf8(&bytes).unwrap(), expected);
    }
}
