//! The built-in body shapes against the examples of the specifications they
//! follow (`tests/golden/spec/`), byte for byte: each example is rebuilt
//! from a catalogue, and the body it sends, in memory and over real HTTP,
//! is the example with its whitespace taken out. Where a shape always sends
//! a member the example lacks, or the example holds a member no catalogue
//! value stands for, the test says which and takes exactly that out.

use axum::routing::get;
use axum::Router;
use error_catalog::body::{
    Google, GoogleBody, JsonApi, JsonApiBody, Microsoft, MicrosoftBody, Problem, ProblemBody,
    Received,
};
use error_catalog::error_catalog;
use serde::Serialize;

use crate::common::http as http_client;

use http_client::ask;

/// The example, without the whitespace between its tokens.
pub(crate) fn example(file: &str) -> String {
    let text = std::fs::read_to_string(crate::common::root().join("tests/golden/spec").join(file))
        .unwrap();
    let mut compact = String::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            compact.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            compact.push(c);
        } else if !c.is_whitespace() {
            compact.push(c);
        }
    }
    compact
}

/// `json` with `part` taken out, which must be there once.
pub(crate) fn without(json: &str, part: &str) -> String {
    assert_eq!(json.matches(part).count(), 1, "{part} in {json}");
    json.replacen(part, "", 1)
}

/// RFC 9457, section 3.
#[error_catalog(prefix = "BANK", doc_url = "https://example.com/probs/{name:kebab-case}", body = Problem)]
#[derive(Debug)]
pub enum BankError {
    #[error(
        code = 1,
        http = 403,
        title = "You do not have enough credit.",
        message = "Your current balance is {balance}, but that costs {cost}."
    )]
    OutOfCredit {
        #[public]
        balance: u32,
        cost: u32,
        #[public]
        accounts: Vec<String>,
    },
}

fn out_of_credit() -> BankError {
    BankError::OutOfCredit {
        balance: 30,
        cost: 50,
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
    }
}

/// AIP-193. Its `LocalizedMessage` is the message for users, in the
/// default locale's file (`tests/locales/compute/en-US.ftl`), beside the
/// enum's message for developers.
#[error_catalog(
    format = "{name}",
    doc_url = "https://cloud.google.com/compute/docs/resource-error",
    meta(domain = "compute.googleapis.com"),
    body = Google,
    locales = "../locales/compute",
    default_locale = "en-US"
)]
#[derive(Debug)]
pub enum ComputeError {
    #[error(
        http = 429,
        message = "The zone '{zone}' does not have enough resources available to fulfill the request. Try a different zone, or try again later."
    )]
    ResourceAvailability {
        #[public]
        zone: String,
        #[public(name = "vmType")]
        vm_type: String,
        #[public]
        attachment: String,
        #[public(name = "zonesWithCapacity")]
        zones_with_capacity: String,
    },
}

pub(crate) fn resource_availability() -> ComputeError {
    ComputeError::ResourceAvailability {
        zone: "us-east1-a".into(),
        vm_type: "e2-medium".into(),
        attachment: "local-ssd=3,nvidia-t4=2".into(),
        zones_with_capacity: "us-central1-f,us-central1-c".into(),
    }
}

/// A JSON:API source object.
#[derive(Debug, Serialize)]
pub struct Source {
    pub pointer: &'static str,
}

/// JSON:API, "A Basic Error Object".
#[error_catalog(prefix = "PEOPLE", body = JsonApi)]
#[derive(Debug)]
pub enum PeopleError {
    #[error(
        code = 1,
        http = 422,
        title = "Invalid Attribute",
        message = "First name must contain at least two characters."
    )]
    InvalidAttribute(#[details] Source),
}

fn invalid_attribute() -> PeopleError {
    PeopleError::InvalidAttribute(Source {
        pointer: "/data/attributes/firstName",
    })
}

/// An Azure `innererror`.
#[derive(Debug, Serialize)]
pub struct InnerError {
    pub code: &'static str,
    #[serde(rename = "minLength")]
    pub min_length: u32,
}

/// The Azure guidelines' example.
#[error_catalog(
    format = "{name}",
    rename_all = "PascalCase",
    body = Microsoft,
    code_header = "x-ms-error-code"
)]
#[derive(Debug)]
pub enum AccountError {
    #[error(http = 400, message = "Human-readable description")]
    InvalidPasswordFormat {
        #[public]
        target: String,
        #[details]
        inner: InnerError,
    },
}

fn invalid_password_format() -> AccountError {
    AccountError::InvalidPasswordFormat {
        target: "target of error".into(),
        inner: InnerError {
            code: "PasswordTooShort",
            min_length: 6,
        },
    }
}

/// Each expected body: the example, less what the test says.
fn expected_problem() -> String {
    // The example has no `status`, and no code: `Problem` sends both.
    example("rfc9457-out-of-credit.json")
        .replace(
            r#""title":"You do not have enough credit.","#,
            r#""title":"You do not have enough credit.","status":403,"#,
        )
        .replace(
            r#""instance":"/account/12345/msgs/abc","#,
            r#""instance":"/account/12345/msgs/abc","code":"BANK_1","#,
        )
}

/// The whole example, `LocalizedMessage` included.
pub(crate) fn expected_google() -> String {
    example("aip193-resource-exhausted.json")
}

fn expected_json_api() -> String {
    // The example has no code; `JsonApi` always sends the code string.
    example("jsonapi-basic-error.json")
        .replace(r#""status":"422","#, r#""status":"422","code":"PEOPLE_1","#)
}

fn expected_microsoft() -> String {
    // The guidelines' example ends its `innererror` with a comma, which JSON
    // does not allow.
    without(&example("azure-error-response.json"), ",}")
        .replace(r#""minLength":6"#, r#""minLength":6}"#)
}

#[test]
fn the_examples_need_only_what_each_test_says() {
    // What the expected bodies leave out is there in the examples.
    assert!(expected_problem().contains(r#""status":403"#));
    assert!(!example("rfc9457-out-of-credit.json").contains("status"));
    assert!(expected_google().contains(r#""locale":"en-US","message":"An <e2-medium>"#));
    assert!(expected_microsoft().ends_with(r#""minLength":6}}}"#));
    for expected in [
        expected_problem(),
        expected_google(),
        expected_json_api(),
        expected_microsoft(),
    ] {
        serde_json::from_str::<serde_json::Value>(&expected).unwrap();
    }
}

#[test]
fn problem_details_are_the_rfc_9457_example() {
    let problem = Problem::new(out_of_credit()).with_instance("/account/12345/msgs/abc");
    let json = serde_json::to_string(&problem).unwrap();
    assert_eq!(json, expected_problem());
    let read: ProblemBody = serde_json::from_str(&json).unwrap();
    assert_eq!(read.entry::<BankError>().unwrap().name(), "OUT_OF_CREDIT");
}

#[test]
fn problem_details_in_xml_are_the_rfc_9457_example() {
    let error = BankError::OutOfCredit {
        balance: 30,
        cost: 50,
        accounts: vec![
            "https://example.net/account/12345".into(),
            "https://example.net/account/67890".into(),
        ],
    };
    let xml = Problem::new(error)
        .with_instance("https://example.net/account/12345/msgs/abc")
        .to_xml()
        .unwrap();
    // As in JSON, the example has no `status` and no code.
    let expected = std::fs::read_to_string(crate::common::root().join("tests/golden/spec/rfc9457-out-of-credit.xml"))
        .unwrap()
        .replace(
            "  <title>You do not have enough credit.</title>\n",
            "  <title>You do not have enough credit.</title>\n  <status>403</status>\n",
        )
        .replace(
            "  <instance>https://example.net/account/12345/msgs/abc</instance>\n",
            "  <instance>https://example.net/account/12345/msgs/abc</instance>\n  <code>BANK_1</code>\n",
        );
    assert_eq!(xml, expected);
}

#[test]
fn google_errors_are_the_aip_193_example() {
    let json = serde_json::to_string(&Google::new(resource_availability())).unwrap();
    assert_eq!(json, expected_google());
    let read: GoogleBody = serde_json::from_str(&json).unwrap();
    assert_eq!(read.code_str(), Some("RESOURCE_AVAILABILITY"));
    assert_eq!(read.error.details[0].metadata["vmType"], "e2-medium");
    assert!(read.entry::<ComputeError>().is_some());
    // And the example itself reads back to the same entry.
    let spec: GoogleBody =
        serde_json::from_str(&example("aip193-resource-exhausted.json")).unwrap();
    assert_eq!(spec.entry::<ComputeError>(), read.entry::<ComputeError>());
}

#[test]
fn json_api_errors_are_the_spec_example() {
    let json = serde_json::to_string(&JsonApi::new(invalid_attribute())).unwrap();
    assert_eq!(json, expected_json_api());
    let read: JsonApiBody = serde_json::from_str(&json).unwrap();
    assert_eq!(read.entry::<PeopleError>().unwrap().status().as_u16(), 422);
}

#[test]
fn microsoft_errors_are_the_guidelines_example() {
    let json = serde_json::to_string(&Microsoft::new(invalid_password_format())).unwrap();
    assert_eq!(json, expected_microsoft());
    let read: MicrosoftBody = serde_json::from_str(&json).unwrap();
    assert_eq!(read.error.target.as_deref(), Some("target of error"));
    assert!(read.entry::<AccountError>().is_some());
}

#[test]
fn google_metadata_is_strings_and_refuses_lists() {
    // Not `body = Google`, which refuses the list at compile time
    // (`tests/ui/body/google_metadata_list.rs`): the view meets it when the
    // body is written.
    #[error_catalog(format = "{name}")]
    #[derive(Debug)]
    pub enum Quota {
        #[error(http = 429, message = "Over quota")]
        OverQuota {
            #[public]
            limit: u32,
            #[public]
            hard: bool,
            #[public]
            region: Option<&'static str>,
        },
        #[error(http = 400, message = "Bad zones")]
        BadZones {
            #[public]
            zones: Vec<u8>,
        },
    }

    let json = serde_json::to_string(&Google::new(Quota::OverQuota {
        limit: 10,
        hard: true,
        region: None,
    }))
    .unwrap();
    // A `None` is left out.
    assert!(
        json.contains(r#""metadata":{"limit":"10","hard":"true"}}"#),
        "{json}"
    );
    let json = serde_json::to_string(&Google::new(Quota::OverQuota {
        limit: 10,
        hard: true,
        region: Some("eu-west"),
    }))
    .unwrap();
    assert!(
        json.contains(r#""metadata":{"limit":"10","hard":"true","region":"eu-west"}}"#),
        "{json}"
    );
    let error = serde_json::to_string(&Google::new(Quota::BadZones { zones: vec![1] }))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("must be a string, a number or a boolean, not a list"),
        "{error}"
    );
}

#[tokio::test]
async fn each_shape_is_what_its_catalogue_answers_over_http() {
    let app = Router::new()
        .route("/problem", get(|| async { Err::<(), _>(out_of_credit()) }))
        .route(
            "/google",
            get(|| async { Err::<(), _>(resource_availability()) }),
        )
        .route(
            "/json-api",
            get(|| async { Err::<(), _>(invalid_attribute()) }),
        )
        .route(
            "/microsoft",
            get(|| async { Err::<(), _>(invalid_password_format()) }),
        );
    let base = crate::common::http::serve(app).await;

    let cases = [
        // A catalogue's own response has no `instance`: a handler gives one.
        (
            "/problem",
            403,
            "application/problem+json",
            "x-error-code",
            "BANK_1",
            without(
                &expected_problem(),
                r#""instance":"/account/12345/msgs/abc","#,
            ),
        ),
        (
            "/google",
            429,
            "application/json",
            "x-error-code",
            "RESOURCE_AVAILABILITY",
            expected_google(),
        ),
        (
            "/json-api",
            422,
            "application/vnd.api+json",
            "x-error-code",
            "PEOPLE_1",
            expected_json_api(),
        ),
        (
            "/microsoft",
            400,
            "application/json",
            "x-ms-error-code",
            "InvalidPasswordFormat",
            expected_microsoft(),
        ),
    ];
    for (path, status, content_type, header, code, body) in cases {
        let http_client::Answer {
            status: got_status,
            headers,
            body: got_body,
        } = ask(&base, path, None).await;
        assert_eq!(got_status, status, "{path}");
        assert_eq!(headers["content-type"], content_type, "{path}");
        assert_eq!(headers[header], code, "{path}");
        assert_eq!(got_body, body, "{path}");
    }
}

#[test]
fn a_public_none_is_left_out_of_every_shape() {
    /// Stripe leaves `param` out of an error about no parameter.
    #[error_catalog(rename_all = "snake_case")]
    #[derive(Debug)]
    pub enum CardError {
        #[error(http = 402, message = "The card was declined")]
        CardDeclined {
            #[public]
            param: Option<String>,
            #[public]
            decline_code: Option<&'static str>,
        },
    }

    let bare = CardError::CardDeclined {
        param: None,
        decline_code: None,
    };
    assert_eq!(
        serde_json::to_string(&Problem::new(&bare)).unwrap(),
        r#"{"type":"about:blank","title":"Payment Required","status":402,"detail":"The card was declined","code":"card_declined"}"#
    );
    // No `metadata` member at all when every public field is `None`.
    assert_eq!(
        serde_json::to_string(&Google::new(&bare)).unwrap(),
        r#"{"error":{"code":402,"message":"The card was declined","status":"UNKNOWN","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"card_declined"}]}}"#
    );
    let named = CardError::CardDeclined {
        param: None,
        decline_code: Some("insufficient_funds"),
    };
    assert!(serde_json::to_string(&Problem::new(&named))
        .unwrap()
        .ends_with(r#""code":"card_declined","decline_code":"insufficient_funds"}"#));
}
