//! Names in any case (`rename_all`), case conversions in templates, a
//! variant's own documentation page, and descriptions.

use error_catalog::doc::Page;
use error_catalog::{error_catalog, Catalog, CatalogError};

#[error_catalog(
    prefix = "PAY",
    rename_all = "snake_case",
    doc_url = "https://docs.example.com/error-codes/{name:kebab-case}"
)]
#[derive(Debug)]
enum PaymentError {
    /// The card was declined
    ///
    /// The issuer refused the charge. Ask the customer for another card.
    #[error(code = 1, http = 402)]
    CardDeclined,
    #[error(
        code = 2,
        http = 401,
        message = "The API key expired",
        name = "api_key_expired",
        description = "Keys expire after a year; roll the key in the dashboard."
    )]
    KeyExpired,
    #[error(
        code = 3,
        http = 404,
        message = "No such resource",
        doc_url = "https://docs.example.com/resources#{name}"
    )]
    ResourceMissing,
    /// The charge is larger than the account allows.
    ///
    /// Ask support to raise the limit.
    #[error(code = 4, http = 402, message = "Over the limit")]
    OverLimit,
    /// Written once, in the doc comment and in the key: the key wins.
    #[error(
        code = 5,
        http = 409,
        message = "Charged twice",
        description = "The same idempotency key was sent twice."
    )]
    ChargedTwice,
}

#[error_catalog(prefix = "STORE", rename_all = "PascalCase", format = "{name}")]
#[derive(Debug)]
enum StorageError {
    #[error(code = 1, http = 409, message = "The account already exists")]
    AccountAlreadyExists,
    #[error(code = 2, http = 412, message = "A condition was not met")]
    ConditionNotMet,
}

#[test]
fn names_follow_the_catalogue_case() {
    let names: Vec<&str> = PaymentError::ENTRIES
        .iter()
        .map(|entry| entry.name())
        .collect();
    assert_eq!(
        names,
        [
            "card_declined",
            "api_key_expired",
            "resource_missing",
            "over_limit",
            "charged_twice"
        ]
    );
    assert_eq!(
        StorageError::AccountAlreadyExists.code_str(),
        "AccountAlreadyExists"
    );
    assert_eq!(StorageError::ConditionNotMet.name(), "ConditionNotMet");
    assert_eq!(
        StorageError::lookup_str("ConditionNotMet").map(|entry| entry.code()),
        Some(2)
    );
    // Titles read the same whatever the case.
    assert_eq!(PaymentError::lookup(3).unwrap().title(), "No such resource");
}

#[test]
fn doc_urls_convert_case_and_variants_override_them() {
    assert_eq!(
        PaymentError::CardDeclined.entry().doc_url(),
        Some("https://docs.example.com/error-codes/card-declined")
    );
    assert_eq!(
        PaymentError::KeyExpired.entry().doc_url(),
        Some("https://docs.example.com/error-codes/api-key-expired")
    );
    assert_eq!(
        PaymentError::ResourceMissing.entry().doc_url(),
        Some("https://docs.example.com/resources#resource_missing")
    );
}

#[test]
fn descriptions_come_from_the_key_or_the_doc_comment() {
    let declined = PaymentError::CardDeclined.entry();
    assert_eq!(declined.message(), "The card was declined");
    assert_eq!(
        declined.description(),
        Some("The issuer refused the charge. Ask the customer for another card.")
    );
    assert_eq!(
        PaymentError::KeyExpired.entry().description(),
        Some("Keys expire after a year; roll the key in the dashboard.")
    );
    assert_eq!(PaymentError::ResourceMissing.entry().description(), None);
    // Beside a `message`, the whole doc comment is the description.
    assert_eq!(
        PaymentError::OverLimit.entry().description(),
        Some("The charge is larger than the account allows.\n\nAsk support to raise the limit.")
    );
    assert_eq!(
        PaymentError::ChargedTwice.entry().description(),
        Some("The same idempotency key was sent twice.")
    );
    // Bodies carry the message, never the description.
    assert_eq!(
        PaymentError::CardDeclined.public_message(),
        "The card was declined"
    );
}

#[test]
fn documentation_shows_descriptions() {
    let page = Page::new("Payments").catalog::<PaymentError>();
    let markdown = page.markdown();
    assert!(
        markdown.contains(
            "\n### `PAY_1`\n\nThe issuer refused the charge. Ask the customer for another card.\n"
        ),
        "{markdown}"
    );
    let json: serde_json::Value = serde_json::from_str(&page.json()).unwrap();
    assert_eq!(
        json[1]["description"],
        "Keys expire after a year; roll the key in the dashboard."
    );
    assert!(json[2]["description"].is_null());
}

/// AIP-193 style: a domain for the whole catalogue, a canonical status name
/// per reason.
#[error_catalog(
    format = "{name}",
    meta(domain = "pets.example.com", status = "FAILED_PRECONDITION")
)]
#[derive(Debug)]
enum PetError {
    #[error(
        code = 1,
        http = 403,
        message = "The caller may not read this pet",
        meta(status = "PERMISSION_DENIED")
    )]
    PetAccessDenied,
    #[error(code = 2, http = 400, message = "The pet is not ready for adoption")]
    PetNotReady,
}

#[test]
fn metadata_merges_enum_defaults_and_is_documented() {
    let denied = PetError::PetAccessDenied.entry();
    assert_eq!(
        denied.metadata(),
        [
            ("domain", "pets.example.com"),
            ("status", "PERMISSION_DENIED")
        ]
    );
    assert_eq!(
        PetError::PetNotReady.entry().meta("status"),
        Some("FAILED_PRECONDITION")
    );
    assert_eq!(denied.meta("missing"), None);

    const DOMAIN: Option<&str> = PetError::ENTRIES[1].meta("domain");
    assert_eq!(DOMAIN, Some("pets.example.com"));

    let page = Page::new("Pets").catalog::<PetError>();
    let json: serde_json::Value = serde_json::from_str(&page.json()).unwrap();
    assert_eq!(json[0]["metadata"]["status"], "PERMISSION_DENIED");
    assert_eq!(json[1]["metadata"]["domain"], "pets.example.com");
    let markdown = page.markdown();
    let header = markdown
        .lines()
        .find(|line| line.starts_with("| Code"))
        .unwrap();
    assert!(
        header.ends_with("| domain           | status              |"),
        "{header}"
    );
    assert!(
        markdown.contains("| pets.example.com | PERMISSION_DENIED   |"),
        "{markdown}"
    );
}

/// Storage style: PascalCase codes, one code with two statuses, and a 304
/// declared on purpose.
#[error_catalog(prefix = "BLOB", rename_all = "PascalCase", format = "{name}")]
#[derive(Debug)]
enum BlobError {
    #[error(code = 1, http = 412, message = "The condition specified was not met")]
    ConditionNotMet,
    #[error(
        code = 2,
        http = 304,
        message = "The condition specified was not met",
        name = "ConditionNotMet",
        shares_code,
        non_error_status
    )]
    ConditionNotMetOnRead,
    #[error(code = 3, http = 404, message = "The specified blob does not exist")]
    BlobNotFound,
}

#[test]
fn opt_ins_allow_a_shared_code_and_a_non_error_status() {
    assert_eq!(
        BlobError::ConditionNotMetOnRead.code_str(),
        "ConditionNotMet"
    );
    assert_eq!(BlobError::ConditionNotMetOnRead.status().as_u16(), 304);
    assert_eq!(BlobError::ENTRIES.len(), 3);
    // Both rows are documented; a lookup by the shared string finds the first.
    let found = BlobError::lookup_str("ConditionNotMet").unwrap();
    assert_eq!((found.code(), found.status().as_u16()), (1, 412));
    assert_eq!(BlobError::lookup(2).unwrap().status().as_u16(), 304);
    assert_eq!(
        BlobError::lookup_str("BlobNotFound").map(|entry| entry.code()),
        Some(3)
    );
    let markdown = Page::new("Blobs").catalog::<BlobError>().markdown();
    let rows: Vec<&str> = markdown
        .lines()
        .filter(|line| line.starts_with("| ConditionNotMet "))
        .collect();
    assert_eq!(rows.len(), 2, "{markdown}");
    assert!(
        rows[0].contains("| 412 ") && rows[1].contains("| 304 "),
        "{markdown}"
    );
    assert!(BlobError::BlobNotFound
        .to_string()
        .starts_with("The specified"));
    assert_eq!(BlobError::ConditionNotMet.name(), "ConditionNotMet");
}

/// The two entries of a shared code are both locked, and the lock holds.
#[test]
fn a_shared_code_string_locks_both_entries() {
    #[error_catalog(prefix = "BLOB")]
    #[derive(Debug)]
    enum SharedNumber {
        #[error(code = 7, http = 412, message = "The condition specified was not met")]
        ConditionNotMet,
        #[error(
            code = 7,
            http = 304,
            message = "Not modified",
            name = "CONDITION_NOT_MET",
            shares_code,
            non_error_status
        )]
        NotModified,
    }

    let lock = error_catalog::lock::Lock::of::<BlobError>(None);
    assert!(lock.violations::<BlobError>().is_empty());
    let lock = error_catalog::lock::Lock::of::<SharedNumber>(None);
    assert_eq!(
        lock.to_json().matches("\"BLOB_7\"").count(),
        2,
        "{}",
        lock.to_json()
    );
    assert!(lock.violations::<SharedNumber>().is_empty());
    assert_eq!(SharedNumber::lookup(7).unwrap().status().as_u16(), 412);
    assert_eq!(SharedNumber::NotModified.status().as_u16(), 304);
    assert_eq!(SharedNumber::ConditionNotMet.code(), 7);
}
