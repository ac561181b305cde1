//! Catalogues without numbers: entries keyed by code string alone.

#![allow(dead_code)]

use error_catalog::doc::Page;
use error_catalog::lock::Lock;
use error_catalog::{error_catalog, Catalog, CatalogError};

/// Payment-style codes: lowercase, a type per code, a page per code.
#[error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.example.com/error-codes/{name:kebab-case}",
    meta(type = "invalid_request_error"),
    retired = ["card_expired_legacy"]
)]
#[derive(Debug)]
enum PaymentError {
    #[error(
        http = 402,
        message = "The card was declined",
        meta(type = "card_error")
    )]
    CardDeclined,
    #[error(http = 404, message = "No such resource: {0}")]
    ResourceMissing(String),
    #[error(http = 401, message = "The API key expired")]
    ApiKeyExpired,
}

#[test]
fn code_strings_are_the_keys() {
    let codes: Vec<&str> = PaymentError::ENTRIES
        .iter()
        .map(|entry| entry.code_str())
        .collect();
    assert_eq!(
        codes,
        ["api_key_expired", "card_declined", "resource_missing"]
    );
    for entry in PaymentError::ENTRIES {
        assert_eq!(entry.number(), None);
        assert_eq!(PaymentError::lookup_str(entry.code_str()), Some(entry));
    }
    assert_eq!(PaymentError::lookup_str("card_declinedx"), None);
    assert_eq!(PaymentError::lookup_str("CARD_DECLINED"), None);
    // Through the trait, as generic code reaches it, no number finds an
    // entry (`PaymentError::lookup(0)` does not compile).
    assert_eq!(<PaymentError as Catalog>::lookup(0), None);
    assert_eq!(CatalogError::code(&PaymentError::CardDeclined), 0);
    let missing = PaymentError::ResourceMissing("ch_1".into());
    assert_eq!(missing.code_str(), "resource_missing");
    assert_eq!(missing.to_string(), "No such resource: ch_1");
    assert_eq!(missing.entry().meta("type"), Some("invalid_request_error"));
    assert_eq!(
        missing.entry().doc_url(),
        Some("https://docs.example.com/error-codes/resource-missing")
    );
    assert_eq!(PaymentError::RETIRED_CODE_STRS, ["card_expired_legacy"]);
}

#[test]
fn documentation_and_lock_file_key_by_code_string() {
    let page = Page::new("Payments").catalog::<PaymentError>();
    let json: serde_json::Value = serde_json::from_str(&page.json()).unwrap();
    assert!(json[0]["code"].is_null());
    assert_eq!(json[0]["code_str"], "api_key_expired");
    let lock = Lock::of::<PaymentError>(None);
    assert!(lock.codes.is_empty());
    assert_eq!(lock.unnumbered.len(), 3);
    let text = lock.to_json();
    let read: Lock = serde_json::from_str(&text).unwrap();
    assert_eq!(read, lock, "{text}");
    assert!(read.violations::<PaymentError>().is_empty());
    assert_eq!(read.retired_code_strs, ["card_expired_legacy"]);
}

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
enum PaymentErrorLater {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
    #[error(http = 500, message = "The API key expired", name = "api_key_expired")]
    KeyExpired,
}

#[test]
fn the_lock_file_catches_changes_to_code_strings() {
    let lock = Lock::of::<PaymentError>(None);
    let violations: Vec<String> = lock
        .violations::<PaymentErrorLater>()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        violations,
        [
            "api_key_expired was sent with status 401 and now with 500: a published code keeps its status",
            "resource_missing (resource_missing) was removed without being retired: put the variant back, or add \"resource_missing\" to `retired = [...]`",
        ]
    );
}

/// Composed with a numbered catalogue, codes stay apart. One catalogue
/// has one case, so the numbered one names its codes in snake_case too.
#[error_catalog(prefix = "PAY", range = 1..=99, rename_all = "snake_case")]
#[derive(Debug)]
enum NumberedError {
    #[error(code = 1, http = 500, message = "Internal error")]
    Internal,
}

#[error_catalog]
#[derive(Debug)]
enum ServiceError {
    #[error(transparent)]
    Numbered(NumberedError),
    #[error(transparent)]
    Payments(PaymentError),
}

#[test]
fn composition_keeps_numbered_and_unnumbered_codes_apart() {
    assert_eq!(ServiceError::ENTRIES.len(), 4);
    assert_eq!(
        ServiceError::lookup(1).map(|entry| entry.code_str()),
        Some("PAY_1")
    );
    assert_eq!(ServiceError::lookup(0), None);
    assert_eq!(
        ServiceError::lookup_str("card_declined").map(|entry| entry.number()),
        Some(None)
    );
    let service = ServiceError::from(PaymentError::ApiKeyExpired);
    assert_eq!(service.code_str(), "api_key_expired");
    assert_eq!(service.status().as_u16(), 401);
}

/// Two catalogues without numbers, with distinct code strings, checked
/// disjoint at compile time (a shared one stops the build, as
/// `tests/ui/compose/assert_disjoint_shared_code.rs` shows for numbered ones).
#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
enum RefundError {
    #[error(http = 409, message = "The charge was already refunded")]
    ChargeAlreadyRefunded,
}

error_catalog::assert_disjoint!(PaymentError, RefundError, PaymentErrorLater2);

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
enum PaymentErrorLater2 {
    #[error(
        http = 402,
        message = "The card was declined",
        name = "card_declined_again"
    )]
    CardDeclined,
}

#[test]
fn disjoint_catalogues_without_numbers_compile() {
    assert_eq!(
        RefundError::ENTRIES[0].code_str(),
        "charge_already_refunded"
    );
}
