//! The axum example served for real on a loopback port, and asked over
//! HTTP: statuses, content types, headers and bodies, and what the log gets
//! that the body does not.

use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use error_catalog_examples::axum_service as service;

use crate::common::log::Log;

struct Answer {
    status: u16,
    content_type: Option<String>,
    error_code: Option<String>,
    body: serde_json::Value,
}

async fn get(
    client: &Client<hyper_util::client::legacy::connect::HttpConnector, Empty<bytes::Bytes>>,
    url: String,
) -> Answer {
    let response = client.get(url.parse().unwrap()).await.unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().unwrap().to_owned())
    };
    let (status, content_type, error_code) = (
        response.status().as_u16(),
        header("content-type"),
        header("x-error-code"),
    );
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        content_type,
        error_code,
        body: serde_json::from_slice(&bytes).unwrap(),
    }
}

#[tokio::test]
async fn the_service_answers_with_catalogue_errors() {
    // The test runtime has one thread, so the server's events come here.
    let (log, _guard) = Log::caught();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(service::serve(listener, async {
        let _ = stopped.await;
    }));
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<bytes::Bytes>>();
    let url = |path: &str| format!("http://{address}{path}");

    let ok = get(&client, url("/metrics/latency")).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.error_code, None);
    assert_eq!(ok.body["p99_ms"], 42);

    let missing = get(&client, url("/metrics/throughput")).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.content_type.as_deref(), Some("application/json"));
    assert_eq!(missing.error_code.as_deref(), Some("ANALYTICS_1000"));
    assert_eq!(
        missing.body,
        serde_json::json!({"error": {"code": "ANALYTICS_1000", "message": "The requested metric was not found", "http": 404}})
    );

    let bogus = get(&client, url("/metrics/bogus")).await;
    assert_eq!(
        (bogus.status, bogus.error_code.as_deref()),
        (400, Some("ANALYTICS_1001"))
    );

    let locked = get(&client, url("/dashboards/7")).await;
    assert_eq!(locked.status, 423);
    assert_eq!(
        locked.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(locked.error_code.as_deref(), Some("ANALYTICS_1104"));
    assert_eq!(locked.body["type"], "about:blank");
    assert_eq!(locked.body["title"], "Locked");
    assert_eq!(
        locked.body["detail"],
        "Dashboard is currently locked for editing"
    );

    let store = get(&client, url("/store")).await;
    assert_eq!(store.status, 503);
    assert_eq!(store.error_code.as_deref(), Some("STORE_1"));
    assert_eq!(store.body["error"]["message"], "Metric store unavailable");
    assert!(
        !store.body.to_string().contains("10.0.0.7"),
        "{}",
        store.body
    );

    // A form with three mistakes: all of them at once, each with its field.
    let signup = get(&client, url("/signup?email=ada&age=0")).await;
    assert_eq!(signup.status, 422);
    assert_eq!(
        signup.content_type.as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(signup.error_code.as_deref(), Some("SIGNUP_1"));
    assert_eq!(
        signup.body,
        serde_json::json!({
            "type": "https://docs.example.com/errors/invalid-form",
            "title": "The sign-up form is not valid",
            "status": 422,
            "detail": "The sign-up form is not valid",
            "code": "SIGNUP_1",
            "errors": [
                {"detail": "is required", "pointer": "#/name", "code": "SIGNUP_2"},
                {"detail": "is not an email address", "pointer": "#/email", "code": "SIGNUP_3"},
                {"detail": "must be a positive integer", "pointer": "#/age", "code": "SIGNUP_4"}
            ]
        })
    );
    let welcome = get(
        &client,
        url("/signup?name=Ada&email=ada@example.com&age=36"),
    )
    .await;
    assert_eq!(welcome.status, 200);
    assert_eq!(welcome.body["welcome"], "Ada");

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();

    // The log has the cause the body left out, for the 5xx only.
    let log = log.text();
    assert!(log.contains("code=\"STORE_1\""), "{log}");
    assert!(
        log.contains("Metric store unavailable: connection refused by 10.0.0.7:6379"),
        "{log}"
    );
    assert!(
        !log.contains("ANALYTICS_1000"),
        "client errors are not logged: {log}"
    );
}
