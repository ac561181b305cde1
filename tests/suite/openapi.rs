//! The OpenAPI responses of every kind of catalogue (feature `openapi`):
//! numbered and symbolic codes, chosen shapes and headers, composed
//! catalogues whose categories chose their own shape, generic catalogues,
//! body views, `responses!` sets and `Negotiated`; and that building them
//! never panics, whatever a hand-written catalogue holds.

use std::cell::Cell;
use std::collections::BTreeMap;

use error_catalog::body::{Problem, Respond, Shaped};
use error_catalog::http::StatusCode;
use error_catalog::openapi::{self, ErrorResponses, Negotiated};
use error_catalog::{error_catalog, Catalog, CatalogError, Entry};
use proptest::prelude::*;
use serde_json::{json, Value};
use utoipa::IntoResponses;

fn document<T: IntoResponses>() -> BTreeMap<String, Value> {
    T::responses()
        .into_iter()
        .map(|(status, response)| (status, serde_json::to_value(response).unwrap()))
        .collect()
}

/// Payments
#[error_catalog(prefix = "SHOP", range = 200..=299, body = Problem, code_header = "x-ms-error-code")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(code = 200, http = 402, message = "The card was declined")]
    CardDeclined,
    #[error(code = 201, http = 402, message = "Insufficient funds")]
    InsufficientFunds,
}

/// Orders, composed with payments: both send 402s, each in its own shape.
#[error_catalog(prefix = "SHOP", body = Flat)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 1, http = 402, message = "Pay the last order first")]
    Unpaid,
    #[error(code = 2, http = 404, message = "No order {id}")]
    NoSuchOrder { id: u64 },
    #[error(transparent)]
    Payment(PaymentError),
}

#[test]
fn a_status_lists_each_content_type_its_codes_are_sent_in() {
    let responses = document::<OrderError>();
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["402", "404"]);
    let payment = &responses["402"];
    let flat = &payment["content"]["application/json"];
    assert_eq!(
        flat["schema"]["properties"]["error_code"],
        json!({"type": "integer", "enum": [1]})
    );
    assert_eq!(
        flat["examples"]["SHOP_1"]["value"],
        json!({"error_code": 1, "error_message": "Pay the last order first", "details": null})
    );
    let problem = &payment["content"]["application/problem+json"];
    assert_eq!(
        problem["schema"]["properties"]["code"],
        json!({"type": "string", "enum": ["SHOP_200", "SHOP_201"]})
    );
    assert_eq!(
        problem["examples"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["SHOP_200", "SHOP_201"]
    );
    // Members every body of the status has are required; one body's value
    // in every body is shown as an example.
    assert_eq!(
        problem["schema"]["required"],
        json!(["code", "detail", "status", "title", "type"])
    );
    assert_eq!(
        problem["schema"]["properties"]["title"],
        json!({"type": "string", "examples": ["Payment Required"]})
    );
    // The composed catalogue's header, for its codes and its categories'.
    assert_eq!(
        payment["headers"]["x-error-code"]["schema"]["enum"],
        json!(["SHOP_1", "SHOP_200", "SHOP_201"])
    );
    // A placeholder stays in the example: the value is the client's.
    assert_eq!(
        responses["404"]["content"]["application/json"]["examples"]["SHOP_2"]["value"]
            ["error_message"],
        "No order {id}"
    );
}

#[test]
fn a_category_alone_sends_its_own_shape_and_header() {
    let responses = document::<PaymentError>();
    let payment = &responses["402"];
    assert_eq!(
        payment["content"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["application/problem+json"]
    );
    assert_eq!(
        payment["headers"]["x-ms-error-code"]["schema"]["enum"],
        json!(["SHOP_200", "SHOP_201"])
    );
    // Negotiated adds nothing to a catalogue that already sends problems.
    assert_eq!(document::<Negotiated<PaymentError>>(), responses);
}

/// A payment API without numbers.
#[error_catalog(rename_all = "snake_case", code_header = false)]
#[derive(Debug)]
pub enum CardError {
    #[error(http = 402, message = "Your card was declined.")]
    CardDeclined,
    #[error(http = 402, message = "Your card has expired.")]
    ExpiredCard,
    #[error(http = 400, message = "Missing parameter {param}")]
    ParameterMissing { param: &'static str },
}

#[test]
fn codes_without_numbers_are_an_enum_of_strings_and_no_header_when_none_is_sent() {
    let responses = document::<CardError>();
    let declined = &responses["402"];
    assert!(declined.get("headers").is_none(), "{declined}");
    let schema = &declined["content"]["application/json"]["schema"]["properties"]["error"];
    assert_eq!(
        schema["properties"]["code"],
        json!({"type": "string", "enum": ["card_declined", "expired_card"]})
    );
    assert_eq!(schema["properties"]["message"], json!({"type": "string"}));
}

/// Generic over the error it wraps.
#[error_catalog(prefix = "GEN")]
#[derive(Debug)]
pub enum Generic<T: std::error::Error + 'static> {
    #[error(code = 1, http = 500, message = "Inner failure")]
    Inner(#[source] T),
}

/// Storage, whose message names its source.
#[error_catalog(prefix = "STORE")]
#[derive(Debug)]
pub enum StoreError {
    #[error(
        code = 1,
        http = 503,
        message = "Storage of order {id} failed: {source}"
    )]
    Failed {
        id: u64,
        #[source]
        source: std::io::Error,
    },
}

#[test]
fn an_example_carries_the_message_clients_get_never_a_source() {
    let responses = document::<StoreError>();
    let example = &responses["503"]["content"]["application/json"]["examples"]["STORE_1"]["value"];
    assert_eq!(example["error"]["message"], "Storage of order {id} failed");
    let sent = StoreError::Failed {
        id: 7,
        source: std::io::Error::other("disk full"),
    };
    let body: Value = serde_json::to_value(error_catalog::body::Nested::new(&sent)).unwrap();
    assert_eq!(body["error"]["message"], "Storage of order 7 failed");
}

#[test]
fn generic_catalogues_have_responses() {
    let responses = document::<Generic<std::io::Error>>();
    assert_eq!(
        responses["500"]["content"]["application/json"]["examples"]["GEN_1"]["summary"],
        "INNER"
    );
    assert_eq!(responses["500"]["description"], "Internal Server Error");
}

#[test]
fn a_body_view_documents_its_own_shape() {
    let responses = document::<Problem<OrderError>>();
    for (status, response) in &responses {
        assert_eq!(
            response["content"]
                .as_object()
                .unwrap()
                .keys()
                .collect::<Vec<_>>(),
            ["application/problem+json"],
            "{status}"
        );
        // A view sends the default header, whatever the catalogue chose.
        assert!(response["headers"]["x-error-code"].is_object());
    }
    assert_eq!(
        document::<Shaped<Problem<()>, OrderError>>(),
        responses,
        "Shaped in a shape is that shape's view"
    );
}

error_catalog::responses! {
    /// Orders' 404 and every payment code, with a variant named twice.
    pub struct Lookup = OrderError { NoSuchOrder, Payment, NoSuchOrder };
}

#[test]
fn a_set_has_the_codes_of_its_variants_each_once() {
    let codes: Vec<_> = Lookup::entries().map(Entry::code_str).collect();
    assert_eq!(codes, ["SHOP_2", "SHOP_200", "SHOP_201", "SHOP_2"]);
    let responses = document::<Lookup>();
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["402", "404"]);
    assert_eq!(
        responses["404"]["headers"]["x-error-code"]["schema"]["enum"],
        json!(["SHOP_2"])
    );
    assert_eq!(
        responses["402"]["headers"]["x-error-code"]["schema"]["enum"],
        json!(["SHOP_200", "SHOP_201"]),
        "the set leaves out SHOP_1, also a 402"
    );
    let negotiated = document::<Negotiated<Lookup>>();
    assert_eq!(
        negotiated["404"]["content"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["application/json", "application/problem+json"]
    );
}

/// A hand-written catalogue whose entries each proptest case chooses.
struct Handwritten;

thread_local! {
    static ENTRIES: Cell<&'static [Entry]> = const { Cell::new(&[]) };
}

impl Catalog for Handwritten {
    const ENTRIES: &'static [Entry] = &[];
}

impl std::fmt::Display for Handwritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("handwritten")
    }
}

impl std::fmt::Debug for Handwritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Handwritten")
    }
}

impl std::error::Error for Handwritten {}

impl CatalogError for Handwritten {
    fn entry(&self) -> &'static Entry {
        &ENTRIES.get()[0]
    }

    fn message(&self) -> std::borrow::Cow<'static, str> {
        self.entry().message().into()
    }
}

impl error_catalog::body::Details for Handwritten {}
impl Respond for Handwritten {}

/// The entries of the current case, as a set.
struct CaseEntries;

impl ErrorResponses for CaseEntries {
    type Catalog = Handwritten;

    fn entries() -> impl Iterator<Item = &'static Entry> {
        ENTRIES.get().iter()
    }
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

proptest! {
    #[test]
    fn responses_never_panic_on_any_entries(
        rows in proptest::collection::vec(
            (any::<u32>(), any::<String>(), any::<String>(), 100u16..1000, any::<String>()),
            0..8,
        )
    ) {
        let entries: Vec<Entry> = rows
            .into_iter()
            .map(|(code, code_str, name, status, message)| {
                Entry::new(
                    code,
                    leak(code_str),
                    leak(name),
                    StatusCode::from_u16(status).unwrap(),
                    leak(message),
                )
            })
            .collect();
        ENTRIES.set(Box::leak(entries.into_boxed_slice()));
        let responses = openapi::responses::<CaseEntries>();
        let negotiated = Negotiated::<CaseEntries>::responses();
        // A code string written twice is documented once, at its first entry.
        let mut seen = std::collections::BTreeSet::new();
        let statuses: std::collections::BTreeSet<String> = ENTRIES
            .get()
            .iter()
            .filter(|entry| seen.insert(entry.code_str()))
            .map(|entry| entry.status().as_u16().to_string())
            .collect();
        prop_assert_eq!(responses.keys().cloned().collect::<std::collections::BTreeSet<_>>(), statuses);
        prop_assert_eq!(negotiated.len(), responses.len());
        for response in responses.values().chain(negotiated.values()) {
            prop_assert!(serde_json::to_string(response).is_ok());
        }
    }
}

#[test]
fn declared_headers_are_documented_and_a_304_has_no_content() {
    #[error_catalog(format = "{name}", body = Text)]
    #[derive(Debug)]
    pub enum ConduitError {
        #[error(
            http = 401,
            message = "authentication required",
            headers(www_authenticate = "Token")
        )]
        Unauthorized,
        #[error(
            http = 429,
            message = "too many requests",
            headers(retry_after = "{seconds}")
        )]
        TooManyRequests { seconds: u32 },
        #[error(http = 429, message = "quota used up", headers(retry_after = "3600"))]
        QuotaUsedUp,
        #[error(http = 304, message = "not modified", non_error_status)]
        NotModified,
    }

    let responses = document::<ConduitError>();
    assert_eq!(
        responses["401"]["headers"]["www-authenticate"],
        json!({"schema": {"type": "string"}, "description": "Sent with these codes: UNAUTHORIZED `Token`"})
    );
    assert_eq!(
        responses["429"]["headers"]["retry-after"]["description"],
        "Sent with these codes: QUOTA_USED_UP `3600`, TOO_MANY_REQUESTS `{seconds}` (`{field}` is the value of the error's field)"
    );
    // A plain-text body is documented as a string.
    assert_eq!(
        responses["401"]["content"]["text/plain; charset=utf-8"]["examples"]["UNAUTHORIZED"]
            ["value"],
        "authentication required"
    );
    // A 304 carries no content; it still has its code header.
    assert!(
        responses["304"].get("content").is_none(),
        "{}",
        responses["304"]
    );
    assert_eq!(
        responses["304"]["headers"]["x-error-code"]["schema"]["enum"],
        json!(["NOT_MODIFIED"])
    );
}

#[test]
fn a_batch_documents_each_code_as_a_lead_with_the_others_listed() {
    #[error_catalog(prefix = "FORM", body = JsonApi)]
    #[derive(Debug)]
    pub enum FormError {
        #[error(code = 1, http = 400, message = "The form has errors")]
        Invalid,
        #[error(code = 2, http = 422, message = "Required")]
        Required,
    }

    let responses = document::<error_catalog::body::Batch<FormError>>();
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["400", "422"]);
    let content = &responses["400"]["content"]["application/vnd.api+json"];
    assert_eq!(
        content["examples"]["FORM_1"]["value"],
        json!({"errors": [{"status": "422", "code": "FORM_2", "title": "Required", "detail": "Required"}]})
    );
    assert_eq!(content["schema"]["properties"]["errors"]["type"], "array");
    assert_eq!(
        responses["400"]["headers"]["x-error-code"]["schema"]["enum"],
        json!(["FORM_1"])
    );
}

mod sets_of_categories {
    use super::*;

    /// A category that chose no shape: its errors go in the service's.
    #[error_catalog(prefix = "SHOP", range = 100..=199)]
    #[derive(Debug)]
    pub enum StockError {
        #[error(code = 100, http = 409, message = "Out of stock")]
        OutOfStock,
        #[error(code = 101, http = 409, message = "Discontinued")]
        Discontinued,
        #[error(code = 102, http = 410, message = "Withdrawn")]
        Withdrawn,
    }

    #[error_catalog(prefix = "SHOP", body = Flat)]
    #[derive(Debug)]
    pub enum ServiceError {
        #[error(code = 1, http = 404, message = "No such order")]
        NoSuchOrder,
        #[error(transparent)]
        Stock(StockError),
    }

    error_catalog::responses! {
        /// Some codes of a category, as the service sends them.
        pub struct ReserveErrors = ServiceError { ServiceError::NoSuchOrder, Stock(OutOfStock, Withdrawn) };
    }

    #[test]
    fn a_set_names_some_codes_of_a_category_in_the_services_shape() {
        let codes: Vec<&str> = ReserveErrors::entries().map(Entry::code_str).collect();
        assert_eq!(codes, ["SHOP_1", "SHOP_100", "SHOP_102"]);
        let responses = document::<ReserveErrors>();
        let conflict = &responses["409"]["content"]["application/json"];
        assert_eq!(
            conflict["examples"]["SHOP_100"]["value"],
            json!({"error_code": 100, "error_message": "Out of stock", "details": null})
        );
        assert!(conflict["examples"].get("SHOP_101").is_none());
    }
}
