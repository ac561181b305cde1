//! A payment API's catalogue, in the shape such APIs publish: lowercase
//! symbolic codes with no number, a `type` per code, a documentation page
//! per code, and a long description beside the short message. Its own
//! data, written for this example.
//!
//! ```sh
//! cargo run --example payments
//! ```

use error_catalog::{body::Flat, doc, Catalog, CatalogError};

/// Payments
#[error_catalog::error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.payments.example/error-codes/{name:kebab-case}",
    meta(type = "invalid_request_error"),
    retired = ["card_expired_legacy"]
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
    ResourceMissing { kind: &'static str, id: String },
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
    let body = serde_json::to_string(&Flat::new(&error)).expect("a body always serializes");
    println!("{body}");
    assert_eq!(
        PaymentError::lookup_str("card_declined").map(|e| e.status().as_u16()),
        Some(402)
    );
}
