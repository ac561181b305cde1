//! Several errors in one response: each built-in shape's form for a batch,
//! byte for byte against the specifications' own examples (RFC 9457's
//! validation example, JSON:API's "Multiple Errors") and a Twitter-style
//! two-error body, in memory and over real HTTP for axum and actix, with
//! the lead's status. Where a shape always sends a member an example
//! lacks, the test says which and takes exactly that out.

use actix_web::{web, App};
use axum::routing::get;
use axum::Router;
use error_catalog::body::{Batch, Flat, Google, Microsoft, Nested, Respond, Shape, Text};
use std::borrow::Cow;

use error_catalog::body::Received;
use error_catalog::error_catalog;

use crate::common::http::ask;
use crate::shapes::{example, without};

/// RFC 9457, section 3: one problem type, its occurrences listed.
#[error_catalog(prefix = "FORM", doc_url = "https://example.net/{name:kebab-case}", body = Problem)]
#[derive(Debug)]
pub enum FormError {
    #[error(
        code = 1,
        http = 422,
        title = "Your request is not valid.",
        message = "Your request is not valid."
    )]
    ValidationError,
    #[error(code = 2, http = 422, message = "must be a positive integer")]
    NotPositive,
    #[error(code = 3, http = 422, message = "must be 'green', 'red' or 'blue'")]
    NotAColour,
}

fn invalid_form() -> Batch<FormError> {
    let mut batch = Batch::new(FormError::ValidationError);
    batch
        .push_at("#/age", FormError::NotPositive)
        .push_at("#/profile/color", FormError::NotAColour);
    batch
}

/// `json` with each of `parts` taken out, which must be there once each.
fn without_all(json: &str, parts: &[&str]) -> String {
    parts
        .iter()
        .fold(json.to_owned(), |json, part| without(&json, part))
}

/// What a problem of ours sends beyond the RFC's example.
const PROBLEM_EXTRAS: [&str; 3] = [
    r#""status":422,"detail":"Your request is not valid.","code":"FORM_1","#,
    r#","code":"FORM_2""#,
    r#","code":"FORM_3""#,
];

/// JSON:API's "Multiple Errors": every object says its code and title.
#[error_catalog(prefix = "HERO", body = JsonApi)]
#[derive(Debug)]
pub enum HeroError {
    #[error(code = 1, http = 400, message = "The request has errors")]
    Invalid,
    #[error(
        code = 2,
        http = 403,
        message = "Editing secret powers is not authorized on Sundays."
    )]
    SundayPowers,
    #[error(code = 3, http = 422, message = "Volume does not, in fact, go to 11.")]
    VolumeTooHigh,
    #[error(
        code = 4,
        http = 500,
        title = "The backend responded with an error",
        message = "Reputation service not responding after three requests."
    )]
    ReputationDown,
}

fn hero_errors() -> Batch<HeroError> {
    let mut batch = Batch::new(HeroError::Invalid);
    batch
        .push_at("/data/attributes/secretPowers", HeroError::SundayPowers)
        .push_at("/data/attributes/volume", HeroError::VolumeTooHigh)
        .push_at("/data/attributes/reputation", HeroError::ReputationDown);
    batch
}

/// What a JSON:API error object of ours sends beyond the example: its
/// code, and a title where the example gives none.
const JSON_API_EXTRAS: [&str; 5] = [
    r#""code":"HERO_2","#,
    r#""code":"HERO_3","#,
    r#""code":"HERO_4","#,
    r#""title":"Editing secret powers is not authorized on Sundays.","#,
    r#""title":"Volume does not, in fact, go to 11.","#,
];

/// A Twitter-style body, `{"errors":[{"code":32,"message":"..."}]}`: a
/// derived shape whose `errors` list holds an object per error.
#[derive(serde::Serialize, serde::Deserialize, Shape)]
pub struct Twitter<'a> {
    #[shape(errors)]
    #[serde(borrow)]
    pub errors: Vec<TwitterObject<'a>>,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
pub struct TwitterObject<'a> {
    #[shape(number)]
    pub code: Option<u32>,
    #[shape(message)]
    #[serde(borrow)]
    pub message: Cow<'a, str>,
}

#[error_catalog(range = 1..=999, format = "{code}", body = Twitter)]
#[derive(Debug)]
pub enum TwitterError {
    #[error(code = 32, http = 401, message = "Could not authenticate you.")]
    CouldNotAuthenticate,
    #[error(code = 215, http = 400, message = "Bad Authentication data.")]
    BadAuthentication,
}

fn twitter_errors() -> Batch<TwitterError> {
    let mut batch = Batch::new(TwitterError::CouldNotAuthenticate);
    batch
        .push(TwitterError::CouldNotAuthenticate)
        .push(TwitterError::BadAuthentication);
    batch
}

const TWITTER: &str = r#"{"errors":[{"code":32,"message":"Could not authenticate you."},{"code":215,"message":"Bad Authentication data."}]}"#;

/// `batch` in the catalogue's shape, as bytes.
fn written<E: Respond>(batch: &Batch<E>) -> String {
    let mut bytes = Vec::new();
    E::serialize_batch(batch, &mut serde_json::Serializer::new(&mut bytes)).unwrap();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn each_form_is_its_specifications_example() {
    assert_eq!(
        without_all(&written(&invalid_form()), &PROBLEM_EXTRAS),
        example("rfc9457-validation.json")
    );
    assert_eq!(
        without_all(&written(&hero_errors()), &JSON_API_EXTRAS),
        example("jsonapi-multiple-errors.json")
    );
    assert_eq!(written(&twitter_errors()), TWITTER);
}

#[test]
fn a_derived_list_holds_one_error_alone_and_reads_back() {
    let alone = serde_json::to_string(&error_catalog::body::Shaped::<Twitter, _>::new(
        TwitterError::BadAuthentication,
    ))
    .unwrap();
    assert_eq!(
        alone,
        r#"{"errors":[{"code":215,"message":"Bad Authentication data."}]}"#
    );
    let read: Twitter = serde_json::from_str(TWITTER).unwrap();
    assert_eq!(read.errors.len(), 2);
    assert_eq!(read.entry::<TwitterError>().unwrap().code(), 32);
}

#[test]
fn every_built_in_shape_lists_the_items() {
    let batch = invalid_form();
    let in_shape = |write: fn(&Batch<FormError>, &mut serde_json::Serializer<&mut Vec<u8>>)| {
        let mut bytes = Vec::new();
        write(&batch, &mut serde_json::Serializer::new(&mut bytes));
        String::from_utf8(bytes).unwrap()
    };
    assert_eq!(
        in_shape(|batch, out| Nested::<()>::serialize_batch(batch, out).unwrap()),
        r##"{"error":{"code":"FORM_1","message":"Your request is not valid.","http":422,"errors":[{"code":"FORM_2","message":"must be a positive integer","http":422,"pointer":"#/age"},{"code":"FORM_3","message":"must be 'green', 'red' or 'blue'","http":422,"pointer":"#/profile/color"}]}}"##
    );
    assert_eq!(
        in_shape(|batch, out| Flat::<()>::serialize_batch(batch, out).unwrap()),
        r##"{"error_code":1,"error_message":"Your request is not valid.","details":[{"error_code":2,"error_message":"must be a positive integer","pointer":"#/age"},{"error_code":3,"error_message":"must be 'green', 'red' or 'blue'","pointer":"#/profile/color"}]}"##
    );
    assert_eq!(
        in_shape(|batch, out| Microsoft::<()>::serialize_batch(batch, out).unwrap()),
        r##"{"error":{"code":"FORM_1","message":"Your request is not valid.","details":[{"code":"FORM_2","message":"must be a positive integer","target":"#/age"},{"code":"FORM_3","message":"must be 'green', 'red' or 'blue'","target":"#/profile/color"}]}}"##
    );
    assert_eq!(
        in_shape(|batch, out| Google::<()>::serialize_batch(batch, out).unwrap()),
        r##"{"error":{"code":422,"message":"Your request is not valid.","status":"UNKNOWN","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"FORM_1"},{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"#/age","description":"must be a positive integer","reason":"FORM_2"},{"field":"#/profile/color","description":"must be 'green', 'red' or 'blue'","reason":"FORM_3"}]},{"@type":"type.googleapis.com/google.rpc.Help","links":[{"description":"Additional information on this error","url":"https://example.net/validation-error"}]}]}}"##
    );
    assert_eq!(
        in_shape(|batch, out| Text::<()>::serialize_batch(batch, out).unwrap()),
        r##""Your request is not valid.\n#/age: must be a positive integer\n#/profile/color: must be 'green', 'red' or 'blue'""##
    );
}

/// Each batch on its route, and what it must answer: status, content
/// type, code header, body.
async fn check(base: &str) {
    let cases = [
        (
            "/form",
            422,
            "application/problem+json",
            "FORM_1",
            written(&invalid_form()),
        ),
        (
            "/heroes",
            400,
            "application/vnd.api+json",
            "HERO_1",
            written(&hero_errors()),
        ),
        (
            "/twitter",
            401,
            "application/json",
            "32",
            TWITTER.to_owned(),
        ),
    ];
    for (path, status, content_type, code, body) in cases {
        let answer = ask(base, path, None).await;
        assert_eq!(answer.status, status, "{path}");
        assert_eq!(answer.headers["content-type"], content_type, "{path}");
        assert_eq!(answer.headers["x-error-code"], code, "{path}");
        assert_eq!(answer.body, body, "{path}");
    }
    // Under a negotiating layer, a problem when one is preferred.
    let problem = ask(base, "/negotiated/heroes", Some("application/problem+json")).await;
    assert_eq!(problem.status, 400);
    assert_eq!(problem.headers["content-type"], "application/problem+json");
    assert_eq!(problem.headers["vary"], "accept");
    assert!(
        problem
            .body
            .starts_with(r#"{"type":"about:blank","title":"Bad Request","status":400"#),
        "{}",
        problem.body
    );
    assert!(
        problem.body.contains(r#"{"detail":"Volume does not, in fact, go to 11.","pointer":"/data/attributes/volume","code":"HERO_3"}"#),
        "{}",
        problem.body
    );
}

#[tokio::test]
async fn axum_answers_each_batch_as_its_lead() {
    let app = Router::new()
        .route("/form", get(|| async { Err::<(), _>(invalid_form()) }))
        .route("/heroes", get(|| async { Err::<(), _>(hero_errors()) }))
        .route("/twitter", get(|| async { Err::<(), _>(twitter_errors()) }))
        .nest(
            "/negotiated",
            Router::new()
                .route("/heroes", get(|| async { Err::<(), _>(hero_errors()) }))
                .layer(error_catalog::axum::negotiate()),
        );
    let base = crate::common::http::serve(app).await;
    check(&base).await;
}

#[actix_web::test]
async fn actix_answers_each_batch_as_axum_does() {
    let (base, handle) = crate::common::http::serve_actix!(|| {
        App::new()
            .route(
                "/form",
                web::get().to(|| async { Err::<String, _>(invalid_form()) }),
            )
            .route(
                "/heroes",
                web::get().to(|| async { Err::<String, _>(hero_errors()) }),
            )
            .route(
                "/twitter",
                web::get().to(|| async { Err::<String, _>(twitter_errors()) }),
            )
            .service(
                web::scope("/negotiated")
                    .wrap(error_catalog::actix::negotiate())
                    .route(
                        "/heroes",
                        web::get().to(|| async { Err::<String, _>(hero_errors()) }),
                    ),
            )
    });
    check(&base).await;
    handle.stop(true).await;
}

#[test]
fn a_batch_logs_as_text_and_ends_a_handler() {
    let batch = invalid_form();
    assert_eq!(
        batch.to_string(),
        "Your request is not valid.: #/age: must be a positive integer; #/profile/color: must be 'green', 'red' or 'blue'"
    );
    assert_eq!(batch.status(), 422);
    assert!(Batch::new(FormError::ValidationError).or_ok(7).is_ok());
}
