//! A payment API's catalogue, in the shape such APIs publish: lowercase
//! symbolic codes with no number, a `type` per code, a documentation page
//! per code, and a long description beside the short message; and the body
//! such APIs send, declared as a struct that derives `Shape`. Its own data,
//! written for this example.
//!
//! ```sh
//! cargo run --example payments
//! ```

use std::borrow::Cow;

use error_catalog::body::{Received, Respond, Shape};
use error_catalog::{doc, Catalog, CatalogError};
use serde::de::IgnoredAny;

/// The body: `{"error":{"type":"card_error","code":"card_declined",...}}`.
#[derive(Debug, serde::Serialize, serde::Deserialize, Shape)]
pub struct PaymentBody<'a, P = IgnoredAny> {
    #[serde(borrow)]
    pub error: PaymentErrorObject<'a, P>,
}

/// The `error` object: what each field takes from the error is its
/// `#[shape(...)]`; serde's attributes say how it is written.
#[derive(Debug, serde::Serialize, serde::Deserialize, Shape)]
pub struct PaymentErrorObject<'a, P = IgnoredAny> {
    #[shape(meta = "type")]
    #[serde(rename = "type", borrow)]
    pub kind: Option<Cow<'a, str>>,
    #[shape(code_str)]
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    #[shape(message)]
    #[serde(borrow)]
    pub message: Cow<'a, str>,
    /// The `#[public]` fields of the variant, such as the parameter at fault.
    #[shape(public)]
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub members: Option<P>,
    #[shape(doc_url)]
    #[serde(borrow, skip_serializing_if = "Option::is_none")]
    pub doc_url: Option<Cow<'a, str>>,
}

/// Payments
#[error_catalog::error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.payments.example/error-codes/{name:kebab-case}",
    meta(type = "invalid_request_error"),
    retired = ["card_expired_legacy"],
    body = PaymentBody
)]
#[derive(Debug)]
pub enum PaymentError {
    /// The card was declined
    ///
    /// The issuer refused the charge without saying why. Ask the customer
    /// for another payment method; retrying the same card rarely helps.
    #[error(http = 402, meta(type = "card_error"))]
    CardDeclined,
    /// The card has insufficient funds
    #[error(http = 402, meta(type = "card_error"), resolution = "Use another card")]
    InsufficientFunds,
    #[error(http = 404, message = "No such {kind}: {id}")]
    ResourceMissing {
        kind: &'static str,
        #[public(name = "param")]
        id: String,
    },
    #[error(
        http = 401,
        message = "The API key has expired",
        resolution = "Roll the key in the dashboard",
        meta(type = "authentication_error")
    )]
    ApiKeyExpired,
    #[error(
        http = 429,
        message = "Too many requests",
        meta(type = "rate_limit_error")
    )]
    RateLimit,
    #[error(http = 500, transparent, meta(type = "api_error"))]
    Internal(Box<dyn std::error::Error + Send + Sync>),
}

pub fn main() {
    print!("{}", doc::markdown::<PaymentError>());
    let error = PaymentError::ResourceMissing {
        kind: "customer",
        id: "cus_8Hk2".into(),
    };
    let entry = error.entry();
    println!(
        "\n`{}` ({}, type {}), documented at {}",
        error.code_str(),
        error.status(),
        entry.meta("type").unwrap_or("-"),
        entry.doc_url().unwrap_or("-")
    );
    // What a response sends: the catalogue's own shape.
    let mut body = Vec::new();
    error
        .serialize_body(&mut serde_json::Serializer::new(&mut body))
        .expect("a body always serializes");
    let body = String::from_utf8(body).expect("JSON is UTF-8");
    println!("{body}");
    assert_eq!(
        body,
        r#"{"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such customer: cus_8Hk2","param":"cus_8Hk2","doc_url":"https://docs.payments.example/error-codes/resource-missing"}}"#
    );
    // What a client reads back.
    let read: PaymentBody<'_, serde_json::Value> =
        serde_json::from_str(&body).expect("the body reads back");
    assert_eq!(read.entry::<PaymentError>(), Some(entry));
    assert_eq!(
        read.error
            .members
            .as_ref()
            .and_then(|m| m["param"].as_str()),
        Some("cus_8Hk2")
    );
    assert_eq!(
        PaymentError::lookup_str("card_declined").map(|e| e.status().as_u16()),
        Some(402)
    );
}
