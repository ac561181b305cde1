//! A shape of one's own sent as XML: Azure Storage's documented error body,
//! byte for byte, in memory and over real HTTP for axum and actix, under
//! `application/xml`; and its minimal body on failure in XML too.

use std::borrow::Cow;

use actix_web::{web, App, HttpServer};
use axum::routing::get;
use axum::Router;
use error_catalog::body::{Shape, Shaped};
use error_catalog::error_catalog;

use crate::common::http::ask;

/// `<?xml ...?><Error><Code>..</Code><Message>..</Message>...</Error>`,
/// the error body of Azure Storage: the `#[public]` fields after the
/// message, each an element of its own.
#[derive(serde::Serialize, serde::Deserialize, Shape)]
#[shape(content_type = "application/xml", root = "Error")]
pub struct StorageError<'a, P = serde::de::IgnoredAny> {
    #[shape(code_str)]
    #[serde(rename = "Code", borrow)]
    pub code: Cow<'a, str>,
    #[shape(message)]
    #[serde(rename = "Message", borrow)]
    pub message: Cow<'a, str>,
    #[shape(public)]
    #[serde(flatten)]
    pub public: P,
}

#[error_catalog(format = "{name}", rename_all = "PascalCase", code_header = "x-ms-error-code", body = StorageError)]
#[derive(Debug)]
pub enum QueueError {
    #[error(
        http = 400,
        message = "Value for one of the query parameters specified in the request URI is invalid."
    )]
    InvalidQueryParameterValue {
        #[public(name = "QueryParameterName")]
        name: &'static str,
        #[public(name = "QueryParameterValue")]
        value: &'static str,
        #[public(name = "Reason")]
        reason: &'static str,
    },
}

fn invalid_receipt() -> QueueError {
    QueueError::InvalidQueryParameterValue {
        name: "popreceipt",
        value: "33537277-6a52-4a2b-b4eb-0f905051827b",
        reason: "invalid receipt format",
    }
}

/// The documented body, without the two spaces that end each of its
/// lines in the documentation's Markdown.
fn documented() -> String {
    let text = std::fs::read_to_string(
        crate::common::root().join("tests/golden/spec/azure-storage-error.xml"),
    )
    .unwrap();
    text.lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

#[test]
fn the_shape_writes_azures_documented_body() {
    let xml = Shaped::<StorageError, _>::new(invalid_receipt())
        .to_xml()
        .unwrap();
    assert_eq!(xml, documented());
}

async fn check(base: &str) {
    let answer = ask(base, "/queue", None).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.headers["content-type"], "application/xml");
    assert_eq!(
        answer.headers["x-ms-error-code"],
        "InvalidQueryParameterValue"
    );
    assert_eq!(answer.body, documented());
}

#[tokio::test]
async fn axum_sends_it_as_xml() {
    let app = Router::new().route("/queue", get(|| async { Err::<(), _>(invalid_receipt()) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    check(&base).await;
}

#[actix_web::test]
async fn actix_sends_it_as_xml() {
    let server = HttpServer::new(|| {
        App::new().route(
            "/queue",
            web::get().to(|| async { Err::<String, _>(invalid_receipt()) }),
        )
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let base = format!("http://{}", server.addrs()[0]);
    let running = server.run();
    let handle = running.handle();
    actix_web::rt::spawn(running);
    check(&base).await;
    handle.stop(true).await;
}
