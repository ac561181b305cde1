//! What a migration from a hand-written `IntoResponse` needs, over real
//! HTTP for axum and actix: the error module of the RealWorld ("Conduit")
//! backend by the sqlx authors, whose errors are plain-text messages, a 401
//! with `WWW-Authenticate`, and a 422 as `{"errors":{"field":["message"]}}`;
//! plus a 429 whose `Retry-After` comes from a field. Each answer is the
//! hand-written module's, byte for byte.

use std::collections::BTreeMap;

use actix_web::{web, App};
use axum::routing::get;
use axum::Router;
use error_catalog::body::{Details, Respond, Shape, TEXT};
use error_catalog::{error_catalog, Catalog, CatalogError};
use serde::ser::{SerializeMap, Serializer};

use crate::common::http::ask;

/// `{"errors":{"email":["email taken"]}}`: the variant's `#[details]`
/// under `errors`.
pub struct Validation;

impl Shape for Validation {
    fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
    where
        E: CatalogError + Details + ?Sized,
        S: Serializer,
    {
        struct Errors<'a, E: ?Sized>(&'a E);

        impl<E: Details + ?Sized> serde::Serialize for Errors<'_, E> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.0.serialize_details(serializer)
            }
        }

        let mut body = serializer.serialize_map(Some(1))?;
        body.serialize_entry("errors", &Errors(error))?;
        body.end()
    }
}

#[error_catalog(format = "{name}", body = Text)]
#[derive(Debug)]
pub enum ConduitError {
    #[error(
        http = 401,
        message = "authentication required",
        headers(www_authenticate = "Token")
    )]
    Unauthorized,
    #[error(http = 403, message = "user may not perform that action")]
    Forbidden,
    #[error(http = 404, message = "request path not found")]
    NotFound,
    #[error(http = 422, message = "validation failed", body = Validation)]
    UnprocessableEntity {
        #[details]
        errors: BTreeMap<&'static str, Vec<&'static str>>,
    },
    #[error(
        http = 429,
        message = "too many requests: retry in {seconds} s",
        headers(retry_after = "{seconds}", x_rate_limit_reset = "{reset}")
    )]
    TooManyRequests { seconds: u32, reset: u64 },
    #[error(http = 500, message = "an error occurred with the database")]
    Database {
        #[source]
        cause: std::io::Error,
    },
}

fn email_taken() -> ConduitError {
    ConduitError::UnprocessableEntity {
        errors: BTreeMap::from([("email", vec!["email taken"])]),
    }
}

/// Path, error, then what the hand-written module answers: status,
/// content type, the headers it adds, body.
type Case = (
    &'static str,
    fn() -> ConduitError,
    u16,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

const CASES: [Case; 6] = [
    (
        "/user",
        || ConduitError::Unauthorized,
        401,
        "text/plain; charset=utf-8",
        &[("www-authenticate", "Token")],
        "authentication required",
    ),
    (
        "/articles/1",
        || ConduitError::Forbidden,
        403,
        "text/plain; charset=utf-8",
        &[],
        "user may not perform that action",
    ),
    (
        "/nowhere",
        || ConduitError::NotFound,
        404,
        "text/plain; charset=utf-8",
        &[],
        "request path not found",
    ),
    (
        "/users",
        email_taken,
        422,
        "application/json",
        &[],
        r#"{"errors":{"email":["email taken"]}}"#,
    ),
    (
        "/busy",
        || ConduitError::TooManyRequests {
            seconds: 30,
            reset: 1_700_000_000,
        },
        429,
        "text/plain; charset=utf-8",
        &[("retry-after", "30"), ("x-rate-limit-reset", "1700000000")],
        "too many requests: retry in 30 s",
    ),
    (
        "/db",
        || ConduitError::Database {
            cause: std::io::Error::other("pool timed out"),
        },
        500,
        "text/plain; charset=utf-8",
        &[],
        "an error occurred with the database",
    ),
];

async fn check(base: &str) {
    for (path, _, status, content_type, headers, body) in CASES {
        let answer = ask(base, path, None).await;
        assert_eq!(answer.status, status, "{path}");
        assert_eq!(answer.headers["content-type"], content_type, "{path}");
        for (name, value) in headers {
            assert_eq!(answer.headers[*name], *value, "{path} {name}");
        }
        assert_eq!(answer.body, body, "{path}");
        assert!(!answer.body.contains("pool timed out"), "{path}");
    }
}

#[tokio::test]
async fn axum_answers_as_the_hand_written_module_did() {
    let mut app = Router::new();
    for (path, error, ..) in CASES {
        app = app.route(path, get(move || async move { Err::<(), _>(error()) }));
    }
    let base = crate::common::http::serve(app).await;
    check(&base).await;
}

#[actix_web::test]
async fn actix_answers_as_the_hand_written_module_did() {
    let (base, handle) = crate::common::http::serve_actix!(|| {
        let mut app = App::new();
        for (path, error, ..) in CASES {
            app = app.route(
                path,
                web::get().to(move || async move { Err::<String, _>(error()) }),
            );
        }
        app
    });
    check(&base).await;
    handle.stop(true).await;
}

#[test]
fn entries_document_their_headers_and_shapes() {
    let busy = ConduitError::lookup_str("TOO_MANY_REQUESTS").unwrap();
    assert_eq!(
        busy.headers(),
        [
            ("retry-after", "{seconds}"),
            ("x-rate-limit-reset", "{reset}")
        ]
    );
    let invalid = ConduitError::lookup_str("UNPROCESSABLE_ENTITY").unwrap();
    assert_eq!(
        ConduitError::entry_content_type(invalid),
        "application/json"
    );
    assert_eq!(ConduitError::entry_content_type(busy), TEXT);
}

/// A category whose one variant chose its shape, composed into a service
/// that answers in problems: that variant keeps its shape, the others
/// take the service's.
mod composed {
    use error_catalog::body::{Respond, PROBLEM_JSON, TEXT};
    use error_catalog::{error_catalog, Catalog};

    #[error_catalog(prefix = "AUTH", range = 1..=99)]
    #[derive(Debug)]
    pub enum AuthError {
        #[error(code = 1, http = 401, message = "authentication required", body = Text)]
        Unauthorized,
        #[error(code = 2, http = 403, message = "not yours")]
        Forbidden,
    }

    #[error_catalog(prefix = "AUTH", body = Problem)]
    #[derive(Debug)]
    pub enum ServiceError {
        #[error(transparent)]
        Auth(AuthError),
    }

    #[test]
    fn a_variant_keeps_its_shape_in_a_composed_catalogue() {
        let text = ServiceError::Auth(AuthError::Unauthorized);
        let problem = ServiceError::Auth(AuthError::Forbidden);
        assert_eq!(text.content_type(), TEXT);
        assert_eq!(problem.content_type(), PROBLEM_JSON);
        let entry = ServiceError::lookup_str("AUTH_1").unwrap();
        assert_eq!(ServiceError::entry_content_type(entry), TEXT);
        let entry = ServiceError::lookup_str("AUTH_2").unwrap();
        assert_eq!(ServiceError::entry_content_type(entry), PROBLEM_JSON);
        let mut body = Vec::new();
        text.serialize_body(&mut serde_json::Serializer::new(&mut body))
            .unwrap();
        assert_eq!(body, br#""authentication required""#);
    }
}
