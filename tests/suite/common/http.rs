//! A real HTTP client for the tests that ask a server on a loopback port.
#![allow(dead_code)]

use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// What the server answered.
pub struct Answer {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl Answer {
    /// The header's value, if it was sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|value| value.to_str().unwrap())
    }
}

/// `GET base + path`, with `accept` as the `Accept` header if given.
pub async fn ask(base: &str, path: &str, accept: Option<&str>) -> Answer {
    send(http::Method::GET, base, path, accept).await
}

/// `method base + path` with an empty body, with `accept` as the `Accept`
/// header if given.
pub async fn send(method: http::Method, base: &str, path: &str, accept: Option<&str>) -> Answer {
    let lines: Vec<&[u8]> = accept.map(str::as_bytes).into_iter().collect();
    send_lines(method, base, path, &lines).await
}

/// `GET base + path` with one `Accept` line for each of `lines`, sent as
/// given, bytes outside ASCII included.
pub async fn ask_lines(base: &str, path: &str, lines: &[&[u8]]) -> Answer {
    send_lines(http::Method::GET, base, path, lines).await
}

/// `GET base + path` with each of `headers`, `(name, value)`, as a line.
pub async fn ask_with(base: &str, path: &str, headers: &[(&str, &str)]) -> Answer {
    let headers: Vec<(&str, &[u8])> = headers
        .iter()
        .map(|(name, value)| (*name, value.as_bytes()))
        .collect();
    ask_bytes(base, path, &headers).await
}

/// `GET base + path` with each of `headers` as a line, its value sent as
/// given, bytes outside ASCII included.
pub async fn ask_bytes(base: &str, path: &str, headers: &[(&str, &[u8])]) -> Answer {
    send_headers(http::Method::GET, base, path, headers).await
}

async fn send_lines(method: http::Method, base: &str, path: &str, lines: &[&[u8]]) -> Answer {
    let headers: Vec<(&str, &[u8])> = lines.iter().map(|line| ("accept", *line)).collect();
    send_headers(method, base, path, &headers).await
}

async fn send_headers(
    method: http::Method,
    base: &str,
    path: &str,
    headers: &[(&str, &[u8])],
) -> Answer {
    let client: Client<HttpConnector, Empty<bytes::Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let mut request = http::Request::builder()
        .method(method)
        .uri(format!("{base}{path}"));
    for (name, value) in headers {
        request = request.header(*name, http::HeaderValue::from_bytes(value).unwrap());
    }
    let response = client
        .request(request.body(Empty::new()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    Answer {
        status: parts.status.as_u16(),
        headers: parts.headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

/// Serves `app` on a free loopback port, in a task of the current runtime,
/// and gives its base URL, `http://127.0.0.1:PORT`.
pub async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

/// Serves the actix app the factory makes on a free loopback port, with one
/// worker, in a task of the current actix system: gives its base URL,
/// `http://127.0.0.1:PORT`, and the handle that stops it.
macro_rules! serve_actix {
    ($factory:expr) => {{
        let server = actix_web::HttpServer::new($factory)
            .workers(1)
            .bind(("127.0.0.1", 0))
            .unwrap();
        let base = format!("http://{}", server.addrs()[0]);
        let running = server.run();
        let handle = running.handle();
        actix_web::rt::spawn(running);
        (base, handle)
    }};
}

pub(crate) use serve_actix;
