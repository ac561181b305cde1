//! The request's context in error bodies, over real HTTP for axum and
//! actix: under `negotiate().request_context("x-request-id")` each shape
//! with a place for it names the request (its id, time and path); a
//! client's id is sent back only when it is safe, else replaced by a
//! generated one and logged; outside the layer the parts are absent.

use std::borrow::Cow;

use actix_web::{web, App};
use axum::routing::get;
use axum::Router;
use error_catalog::body::{Google, JsonApi, Problem, Shape, Shaped};
use error_catalog::context::RequestContext;
use error_catalog::error_catalog;
use serde_json::Value;

use crate::common::http::Answer;
use crate::common::log::Log;

#[error_catalog(prefix = "SHOP", meta(domain = "shop.example.com"), body = Problem)]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

/// A shape of one's own that names the request.
#[derive(serde::Serialize, serde::Deserialize, Shape)]
pub struct Traced<'a> {
    #[shape(code_str)]
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    #[shape(request_id)]
    #[serde(borrow)]
    pub trace: Option<Cow<'a, str>>,
    #[shape(path)]
    #[serde(borrow)]
    pub path: Option<Cow<'a, str>>,
    #[shape(timestamp)]
    #[serde(borrow)]
    pub at: Option<Cow<'a, str>>,
}

/// `GET base + path` with the `x-request-id` and `accept` given.
async fn ask(base: &str, path: &str, id: Option<&[u8]>, accept: Option<&str>) -> Answer {
    let mut headers: Vec<(&str, &[u8])> = Vec::new();
    if let Some(id) = id {
        headers.push(("x-request-id", id));
    }
    if let Some(accept) = accept {
        headers.push(("accept", accept.as_bytes()));
    }
    crate::common::http::ask_bytes(base, path, &headers).await
}

fn json(answer: &Answer) -> Value {
    serde_json::from_str(&answer.body).unwrap()
}

fn is_timestamp(text: &str) -> bool {
    // `2026-12-05T06:45:12.123Z`
    text.len() == 24
        && text.ends_with('Z')
        && text.as_bytes()[10] == b'T'
        && text[..4].bytes().all(|byte| byte.is_ascii_digit())
}

fn is_generated(id: &str) -> bool {
    id.len() == 36 && id.as_bytes()[14] == b'4' && id.matches('-').count() == 4
}

/// What every server answers, axum's and actix's alike: `base` serves the
/// routes under `/ctx` with the layer, `plain` under `/plain` without.
async fn check(base: &str, plain: &str) {
    let problem = ask(base, "/ctx/orders/7", Some(b"req-42"), None).await;
    assert_eq!(problem.status, 404);
    let body = json(&problem);
    assert_eq!(body["instance"], "/ctx/orders/7");
    assert_eq!(body["request_id"], "req-42");
    assert!(is_timestamp(body["timestamp"].as_str().unwrap()), "{body}");
    assert!(
        problem.body.starts_with(r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No such order","instance":"/ctx/orders/7","code":"SHOP_1","request_id":"req-42","timestamp":""#),
        "{}",
        problem.body
    );

    // No id, or one that is not safe: a generated one.
    let none = json(&ask(base, "/ctx/orders/7", None, None).await);
    assert!(is_generated(none["request_id"].as_str().unwrap()), "{none}");
    for refused in [&b"<script>\"x"[..], &[b'a'; 200], b"caf\xc3\xa9"] {
        let answer = ask(base, "/ctx/orders/7", Some(refused), None).await;
        let body = json(&answer);
        let id = body["request_id"].as_str().unwrap();
        assert!(is_generated(id), "{body}");
        assert!(!answer.body.contains("script"), "{}", answer.body);
    }

    // Each shape with a place for it.
    let google = json(&ask(base, "/ctx/google", Some(b"g-1"), None).await);
    assert_eq!(
        google["error"]["details"][1],
        serde_json::json!({"@type": "type.googleapis.com/google.rpc.RequestInfo", "requestId": "g-1"})
    );
    let json_api = json(&ask(base, "/ctx/json-api", Some(b"j-1"), None).await);
    assert_eq!(json_api["meta"]["request_id"], "j-1");
    assert!(is_timestamp(
        json_api["meta"]["timestamp"].as_str().unwrap()
    ));
    let traced = json(&ask(base, "/ctx/traced", Some(b"t-1"), None).await);
    assert_eq!(traced["trace"], "t-1");
    assert_eq!(traced["path"], "/ctx/traced");
    assert!(is_timestamp(traced["at"].as_str().unwrap()));

    // In XML, the path is escaped.
    let xml = ask(
        base,
        "/ctx/a&b",
        Some(b"x-1"),
        Some("application/problem+xml"),
    )
    .await;
    assert_eq!(xml.headers["content-type"], "application/problem+xml");
    assert!(
        xml.body.contains("<instance>/ctx/a&amp;b</instance>"),
        "{}",
        xml.body
    );
    assert!(
        xml.body.contains("<request_id>x-1</request_id>"),
        "{}",
        xml.body
    );

    // Outside the layer, nothing of the request.
    let plain = ask(plain, "/plain/orders/7", Some(b"req-42"), None).await;
    assert_eq!(
        plain.body,
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No such order","code":"SHOP_1"}"#
    );
}

fn routes() -> Router {
    Router::new()
        .route(
            "/orders/7",
            get(|| async { Err::<(), _>(ShopError::NoSuchOrder) }),
        )
        .route(
            "/a&b",
            get(|| async { Err::<(), _>(ShopError::NoSuchOrder) }),
        )
        .route(
            "/google",
            get(|| async { Err::<(), _>(Google::new(ShopError::NoSuchOrder)) }),
        )
        .route(
            "/json-api",
            get(|| async { Err::<(), _>(JsonApi::new(ShopError::NoSuchOrder)) }),
        )
        .route(
            "/traced",
            get(|| async { Err::<(), _>(Shaped::<Traced, _>::new(ShopError::NoSuchOrder)) }),
        )
}

#[tokio::test]
async fn axum_names_the_request_under_the_layer() {
    // The test runtime has one thread, so the server's events come here.
    let (log, _guard) = Log::caught();

    // On the outer router, where the path is the whole of it: a layer on a
    // router nested in another sees the path within that router.
    let app = Router::new()
        .nest("/ctx", routes())
        .layer(error_catalog::axum::negotiate().request_context("x-request-id"));
    let plain = Router::new().nest("/plain", routes());
    let mut bases = Vec::new();
    for app in [app, plain] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        bases.push(format!("http://{}", listener.local_addr().unwrap()));
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    }
    check(&bases[0], &bases[1]).await;

    // Each refused id is logged, escaped and cut short.
    let log = log.text();
    let refused: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("request id in x-request-id refused"))
        .collect();
    assert_eq!(refused.len(), 3, "{log}");
    assert!(
        refused[0].contains(r#"starting "<script>\"x""#),
        "{}",
        refused[0]
    );
    assert!(refused[1].contains("(200 bytes"), "{}", refused[1]);
}

#[actix_web::test]
async fn actix_names_the_request_as_axum_does() {
    fn routes(scope: actix_web::Scope) -> actix_web::Scope {
        scope
            .route(
                "/orders/7",
                web::get().to(|| async { Err::<String, _>(ShopError::NoSuchOrder) }),
            )
            .route(
                "/a&b",
                web::get().to(|| async { Err::<String, _>(ShopError::NoSuchOrder) }),
            )
            .route(
                "/google",
                web::get().to(|| async { Err::<String, _>(Google::new(ShopError::NoSuchOrder)) }),
            )
            .route(
                "/json-api",
                web::get().to(|| async { Err::<String, _>(JsonApi::new(ShopError::NoSuchOrder)) }),
            )
            .route(
                "/traced",
                web::get().to(|| async {
                    Err::<String, _>(Shaped::<Traced, _>::new(ShopError::NoSuchOrder))
                }),
            )
    }
    let (base, handle) = crate::common::http::serve_actix!(|| {
        App::new()
            .service(
                routes(web::scope("/ctx"))
                    .wrap(error_catalog::actix::negotiate().request_context("x-request-id")),
            )
            .service(routes(web::scope("/plain")))
    });
    check(&base, &base).await;
    handle.stop(true).await;
}

#[test]
fn a_scope_carries_the_context_where_no_layer_is() {
    let context = RequestContext::new("task-9", "/jobs/9");
    let body =
        context.scope(|| serde_json::to_string(&Problem::new(ShopError::NoSuchOrder)).unwrap());
    assert!(
        body.contains(r#""instance":"/jobs/9","code":"SHOP_1","request_id":"task-9""#),
        "{body}"
    );
    let outside = serde_json::to_string(&Problem::new(ShopError::NoSuchOrder)).unwrap();
    assert!(!outside.contains("request_id"), "{outside}");
}
