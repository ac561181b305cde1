//! A shape of one's own sent as XML: Azure Storage's documented error body,
//! byte for byte, in memory and over real HTTP for axum and actix, under
//! `application/xml`; and its minimal body on failure in XML too.

use std::borrow::Cow;

use actix_web::{web, App};
use axum::routing::get;
use axum::Router;
use error_catalog::body::{Shape, Shaped};
use error_catalog::context::RequestContext;
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
fn the_web_page_shows_the_example_in_xml() {
    let html = error_catalog::doc::Page::new("Queue errors")
        .catalog::<QueueError>()
        .examples::<QueueError>()
        .html();
    assert!(
        html.contains("<p>Sent as <code>application/xml</code></p>"),
        "{html}"
    );
    // The document, as the shape sends it, its markup shown as text.
    assert!(html.contains("&lt;?xml version=\"1.0\" encoding=\"utf-8\"?&gt;\n&lt;Error&gt;\n  &lt;Code&gt;InvalidQueryParameterValue&lt;/Code&gt;"), "{html}");
}

#[test]
fn the_shape_writes_azures_documented_body() {
    let xml = Shaped::<StorageError, _>::new(invalid_receipt())
        .to_xml()
        .unwrap();
    assert_eq!(xml, documented());
}

async fn check(base: &str) {
    for path in ["/queue", "/batch"] {
        let answer = ask(base, path, None).await;
        assert_eq!(answer.status, 400, "{path}");
        assert_eq!(answer.headers["content-type"], "application/xml", "{path}");
        assert_eq!(
            answer.headers["x-ms-error-code"], "InvalidQueryParameterValue",
            "{path}"
        );
        // A shape with no list writes a batch's lead alone.
        assert_eq!(answer.body, documented(), "{path}");
    }
}

fn batch() -> error_catalog::body::Batch<QueueError> {
    let mut batch = error_catalog::body::Batch::new(invalid_receipt());
    batch.push(invalid_receipt());
    batch
}

#[tokio::test]
async fn axum_sends_it_as_xml() {
    let app = Router::new()
        .route("/queue", get(|| async { Err::<(), _>(invalid_receipt()) }))
        .route("/batch", get(|| async { Err::<(), _>(batch()) }));
    let base = crate::common::http::serve(app).await;
    check(&base).await;
}

#[actix_web::test]
async fn actix_sends_it_as_xml() {
    let (base, handle) = crate::common::http::serve_actix!(|| {
        App::new()
            .route(
                "/queue",
                web::get().to(|| async { Err::<String, _>(invalid_receipt()) }),
            )
            .route(
                "/batch",
                web::get().to(|| async { Err::<String, _>(batch()) }),
            )
    });
    check(&base).await;
    handle.stop(true).await;
}

/// The Atom error body of Azure Table Storage: a message in a language,
/// ending in the request's id and time, which the layer makes known.
#[derive(serde::Serialize, serde::Deserialize, Shape)]
#[shape(
    content_type = "application/xml",
    root = "error",
    namespace = "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"
)]
pub struct TableError<'a> {
    #[shape(code_str)]
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    #[serde(borrow)]
    pub message: TableMessage<'a>,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
pub struct TableMessage<'a> {
    #[shape(value = "en-US")]
    #[serde(rename = "@xml:lang", borrow)]
    pub lang: Cow<'a, str>,
    #[shape(template = "{message}\nRequestId:{request_id}\nTime:{timestamp:7}")]
    #[serde(rename = "$text", borrow)]
    pub text: Cow<'a, str>,
}

#[error_catalog(format = "{name}", rename_all = "PascalCase", code_header = "x-ms-error-code", body = TableError)]
#[derive(Debug)]
pub enum TableStorageError {
    #[error(http = 404, message = "The specified resource does not exist.")]
    ResourceNotFound,
}

/// The documented body, without the two spaces that end each line and the
/// empty line after it.
fn documented_table() -> String {
    let text = std::fs::read_to_string(
        crate::common::root().join("tests/golden/spec/azure-table-error.xml"),
    )
    .unwrap();
    text.lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty())
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn the_message_ends_in_the_request_id_and_time_as_azure_documents() {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(1_401_898_700_708_801_300);
    let context = RequestContext::new("e288ba1e-f5dd-4014-9e09-f1263d223dec", "/Tables('missing')")
        .with_time(time);
    let xml = context
        .scope(|| Shaped::<TableError, _>::new(TableStorageError::ResourceNotFound).to_xml())
        .unwrap();
    assert_eq!(xml, documented_table());
}

#[tokio::test]
async fn axum_sends_the_request_id_the_client_sent() {
    let app = Router::new()
        .route(
            "/Tables",
            get(|| async { Err::<(), _>(TableStorageError::ResourceNotFound) }),
        )
        .layer(error_catalog::axum::negotiate().request_context("x-ms-client-request-id"));
    let base = crate::common::http::serve(app).await;

    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<bytes::Bytes>>();
    let request = http::Request::builder()
        .uri(format!("{base}/Tables"))
        .header(
            "x-ms-client-request-id",
            "e288ba1e-f5dd-4014-9e09-f1263d223dec",
        )
        .body(Empty::new())
        .unwrap();
    let response = client.request(request).await.unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["content-type"], "application/xml");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let body = String::from_utf8(body.to_vec()).unwrap();
    // The time is now's: all but it is the documented body's.
    let expected = documented_table();
    let (before, after) = expected.split_once("Time:").unwrap();
    assert!(body.starts_with(&format!("{before}Time:")), "{body}");
    let time = &body[before.len() + 5..body.len() - (after.len() - 28)];
    assert_eq!(time.len(), 28, "{body}");
    assert!(body.ends_with(&after[28..]), "{body}");
}
