//! Responses at their edges, over real HTTP for axum and actix: a status
//! that carries no content goes without any, and a body that cannot be
//! written goes out as the minimal body of the catalogue's shape, the same
//! on every transport, with the failure logged.

use std::fmt;

use actix_web::{web, App};
use axum::routing::get;
use axum::Router;
use error_catalog::body::{Google, Problem};
use error_catalog::error_catalog;

use crate::common::http::{ask, Answer};
use crate::common::log::Log;

/// A zone, which Google's `metadata` (strings only) has no place for.
#[derive(Debug, serde::Serialize)]
pub struct Zone {
    name: &'static str,
}

impl fmt::Display for Zone {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name)
    }
}

/// A value whose `Serialize` fails in every format.
#[derive(Debug)]
pub struct Sealed;

impl serde::Serialize for Sealed {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("the seal holds"))
    }
}

#[error_catalog(format = "{name}", meta(domain = "shop.example.com"), body = Google)]
#[derive(Debug)]
pub enum StockError {
    #[error(http = 304, message = "The stock has not changed", non_error_status)]
    Unchanged,
    #[error(http = 204, message = "Nothing in stock", non_error_status)]
    Empty,
    #[error(http = 429, message = "Out of stock in {zone}")]
    OutOfStock {
        #[public]
        zone: Zone,
    },
    #[error(http = 423, message = "The stock is sealed")]
    Sealed {
        #[public]
        seal: Sealed,
    },
}

fn out_of_stock() -> StockError {
    StockError::OutOfStock {
        zone: Zone { name: "eu-west" },
    }
}

/// What the minimal body of `OUT_OF_STOCK` is: the Google body without its
/// `metadata`.
const MINIMAL: &str = r#"{"error":{"code":429,"message":"Out of stock in eu-west","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"OUT_OF_STOCK","domain":"shop.example.com"}]}}"#;

/// The minimal problem of `SEALED`, as every format writes it.
const SEALED_PROBLEM: &str = r#"{"type":"about:blank","title":"Locked","status":423,"detail":"The stock is sealed","code":"SEALED"}"#;

/// A route's path and the error it answers with.
type Route = (&'static str, fn() -> StockError);

fn routes() -> [Route; 4] {
    [
        ("/unchanged", || StockError::Unchanged),
        ("/empty", || StockError::Empty),
        ("/out-of-stock", out_of_stock),
        ("/sealed", || StockError::Sealed { seal: Sealed }),
    ]
}

/// What every server must answer, axum's and actix's alike.
async fn check(base: &str) {
    for (path, status) in [("/unchanged", 304), ("/empty", 204)] {
        for accept in [None, Some("application/problem+json")] {
            for prefix in ["", "/negotiated"] {
                let answer = ask(base, &format!("{prefix}{path}"), accept).await;
                let case = format!("{prefix}{path} {accept:?}");
                assert_eq!(answer.status, status, "{case}");
                assert_eq!(answer.body, "", "{case}");
                assert_eq!(answer.header("content-type"), None, "{case}");
                assert_eq!(answer.header("vary"), None, "{case}");
                assert!(answer.header("x-error-code").is_some(), "{case}");
            }
        }
    }
    let Answer {
        status,
        headers,
        body,
    } = ask(base, "/out-of-stock", None).await;
    assert_eq!(status, 429);
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["x-error-code"], "OUT_OF_STOCK");
    assert_eq!(body, MINIMAL);
    // A problem has room for the zone.
    let problem = ask(
        base,
        "/negotiated/out-of-stock",
        Some("application/problem+json"),
    )
    .await;
    assert_eq!(problem.headers["content-type"], "application/problem+json");
    assert_eq!(
        problem.body,
        r#"{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Out of stock in eu-west","code":"OUT_OF_STOCK","zone":{"name":"eu-west"}}"#
    );
    // A member no format can write: the minimal body of each shape.
    let sealed = ask(base, "/sealed", None).await;
    assert_eq!(sealed.status, 423);
    assert_eq!(
        sealed.body,
        r#"{"error":{"code":423,"message":"The stock is sealed","status":"UNKNOWN","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SEALED","domain":"shop.example.com"}]}}"#
    );
    let problem = ask(base, "/negotiated/sealed", Some("application/problem+json")).await;
    assert_eq!(problem.headers["content-type"], "application/problem+json");
    assert_eq!(problem.body, SEALED_PROBLEM);
    let view = ask(base, "/view", None).await;
    assert_eq!(view.status, 423);
    assert_eq!(view.headers["content-type"], "application/problem+json");
    assert_eq!(view.body, SEALED_PROBLEM);
    let xml = ask(base, "/negotiated/sealed", Some("application/problem+xml")).await;
    assert_eq!(xml.headers["content-type"], "application/problem+xml");
    assert!(xml.body.contains("<code>SEALED</code>"), "{}", xml.body);
    assert!(!xml.body.contains("seal<"), "{}", xml.body);
}

#[tokio::test]
async fn axum_sends_no_content_where_none_is_allowed_and_a_minimal_body_on_failure() {
    // The test runtime has one thread, so the server's events come here.
    let (log, _guard) = Log::caught();

    let mut negotiated = Router::new();
    let mut plain = Router::new();
    for (path, error) in routes() {
        negotiated = negotiated.route(path, get(move || async move { Err::<(), _>(error()) }));
        plain = plain.route(path, get(move || async move { Err::<(), _>(error()) }));
    }
    let app = plain
        .route(
            "/view",
            get(|| async { Err::<(), _>(Problem::new(StockError::Sealed { seal: Sealed })) }),
        )
        .nest(
            "/negotiated",
            negotiated.layer(error_catalog::axum::negotiate()),
        );
    let base = crate::common::http::serve(app).await;

    check(&base).await;

    let log = log.text();
    let failures = log
        .lines()
        .filter(|line| line.contains("error body could not be written"))
        .collect::<Vec<_>>();
    // Each failure once, with its cause: the Google body, the negotiated
    // problem, its XML, and the view.
    let count = |needle: &str| failures.iter().filter(|line| line.contains(needle)).count();
    assert_eq!(failures.len(), 5, "{log}");
    assert_eq!(count("code=\"OUT_OF_STOCK\" status=429"), 1, "{log}");
    assert_eq!(count("not a struct"), 1, "{log}");
    assert_eq!(count("code=\"SEALED\" status=423"), 4, "{log}");
    assert_eq!(count("the seal holds"), 4, "{log}");
}

#[actix_web::test]
async fn actix_answers_the_edges_as_axum_does() {
    let (base, handle) = crate::common::http::serve_actix!(|| {
        let mut negotiated = web::scope("/negotiated").wrap(error_catalog::actix::negotiate());
        let mut app = App::new().route(
            "/view",
            web::get().to(|| async {
                Err::<String, _>(Problem::new(StockError::Sealed { seal: Sealed }))
            }),
        );
        for (path, error) in routes() {
            negotiated = negotiated.route(
                path,
                web::get().to(move || async move { Err::<String, _>(error()) }),
            );
            app = app.route(
                path,
                web::get().to(move || async move { Err::<String, _>(error()) }),
            );
        }
        app.service(negotiated)
    });

    check(&base).await;

    handle.stop(true).await;
}

#[test]
fn grpc_sends_what_the_http_body_sends() {
    let (log, _guard) = Log::caught();

    let status = tonic::Status::from(out_of_stock());
    let info = tonic_types::StatusExt::get_details_error_info(&status).unwrap();
    assert_eq!(info.reason, "OUT_OF_STOCK");
    // No metadata, as in the minimal HTTP body: not a map without the zone.
    assert!(info.metadata.is_empty(), "{:?}", info.metadata);
    let log = log.text();
    assert!(log.contains("error body could not be written"), "{log}");
    // Metadata that can be written go on both transports.
    let fine = serde_json::to_string(&Google::new(StockError::Unchanged)).unwrap();
    assert!(!fine.contains("metadata"), "{fine}");
}
