//! The OpenAPI example service, for real: its document is checked by
//! openapi-spec-validator (installed by this test into a virtual
//! environment under `target/`), every example in it is what the service
//! sends when asked over HTTP on a loopback port, every body it sends
//! validates against its response's schema, and the error page links each
//! code to its example in the document.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use error_catalog::Catalog;
use serde_json::{json, Value};
use utoipa::OpenApi;

use error_catalog_examples::openapi_service as service;

use crate::common::http as http_client;

use service::{ApiDoc, ShopError};

/// The service's own shape and problem details, which the negotiating
/// layer sends to a client that asks for them.
const BOTH: &[&str] = &["application/json", "application/problem+json"];
/// The payment codes' own shape is `Problem`.
const PROBLEM: &[&str] = &["application/problem+json"];

/// For each operation and code: a request that makes the service answer
/// with that code, the values the message's placeholders take in it, and
/// the content types the document shows it in.
type Request = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

const REQUESTS: &[Request] = &[
    ("get /orders/{id}", "SHOP_1", "/orders/0", &[], BOTH),
    (
        "get /orders/{id}",
        "SHOP_2",
        "/orders/7",
        &[("{id}", "7")],
        BOTH,
    ),
    ("get /orders/{id}", "SHOP_10", "/orders/13", &[], BOTH),
    (
        "post /orders/{id}/pay",
        "SHOP_1",
        "/orders/0/pay?card=ok",
        &[],
        BOTH,
    ),
    (
        "post /orders/{id}/pay",
        "SHOP_2",
        "/orders/7/pay?card=ok",
        &[("{id}", "7")],
        BOTH,
    ),
    (
        "post /orders/{id}/pay",
        "SHOP_3",
        "/orders/2/pay?card=ok",
        &[("{id}", "2")],
        BOTH,
    ),
    (
        "post /orders/{id}/pay",
        "SHOP_100",
        "/orders/1/pay?card=declined",
        &[],
        PROBLEM,
    ),
    (
        "post /orders/{id}/pay",
        "SHOP_101",
        "/orders/1/pay?card=empty",
        &[],
        PROBLEM,
    ),
    (
        "post /orders/{id}/pay",
        "SHOP_10",
        "/orders/13/pay?card=ok",
        &[],
        BOTH,
    ),
];

/// `value` with each placeholder in its strings replaced.
fn fill(value: &Value, fills: &[(&str, &str)]) -> Value {
    match value {
        Value::String(text) => Value::String(
            fills
                .iter()
                .fold(text.clone(), |text, (from, to)| text.replace(from, to)),
        ),
        Value::Array(items) => items.iter().map(|item| fill(item, fills)).collect(),
        Value::Object(members) => members
            .iter()
            .map(|(key, member)| (key.clone(), fill(member, fills)))
            .collect(),
        other => other.clone(),
    }
}

#[tokio::test]
async fn the_document_is_valid_and_its_examples_are_what_the_service_sends() {
    let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(service::serve(listener, std::future::pending()));

    // The service publishes the same document.
    let published = http_client::ask(&base, "/openapi.json", None).await;
    assert_eq!(published.status, 200);
    assert_eq!(
        serde_json::from_str::<Value>(&published.body).unwrap(),
        document
    );

    let mut shown: Vec<Vec<String>> = vec![Vec::new(); REQUESTS.len()];
    let mut sent = Vec::new();
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            let name = format!("{method} {path}");
            for (status, response) in operation["responses"].as_object().unwrap() {
                if status.starts_with('2') {
                    continue;
                }
                let header_codes = &response["headers"]["x-error-code"]["schema"]["enum"];
                let mut codes = Vec::new();
                for (content_type, content) in response["content"].as_object().unwrap() {
                    for (code, example) in content["examples"].as_object().unwrap() {
                        codes.push(json!(code));
                        let at = REQUESTS
                            .iter()
                            .position(|(operation, request_code, ..)| {
                                *operation == name && request_code == code
                            })
                            .unwrap_or_else(|| panic!("no request for {code} of {name}"));
                        shown[at].push(content_type.clone());
                        let (_, _, request, fills, _) = REQUESTS[at];
                        let answer = http_client::send(
                            method.to_uppercase().parse().unwrap(),
                            &base,
                            request,
                            Some(content_type),
                        )
                        .await;
                        let context = format!("{name} {code} as {content_type}");
                        assert_eq!(answer.status.to_string(), *status, "{context}");
                        assert_eq!(
                            answer.header("content-type"),
                            Some(content_type.as_str()),
                            "{context}"
                        );
                        assert_eq!(
                            answer.header("x-error-code"),
                            Some(code.as_str()),
                            "{context}"
                        );
                        let body: Value = serde_json::from_str(&answer.body).unwrap();
                        assert_eq!(body, fill(&example["value"], fills), "{context}");
                        sent.push(json!({
                            "path": path,
                            "method": method,
                            "status": answer.status,
                            "content_type": content_type,
                            "body": body,
                        }));
                    }
                }
                codes.sort_by_key(|code| code.to_string());
                codes.dedup();
                let mut header_codes = header_codes.as_array().unwrap().clone();
                header_codes.sort_by_key(|code| code.to_string());
                assert_eq!(header_codes, codes, "{name} {status}");
            }
        }
    }
    let expected: Vec<Vec<String>> = REQUESTS
        .iter()
        .map(|(.., content_types)| content_types.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(shown, expected);

    let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-service");
    std::fs::create_dir_all(&directory).unwrap();
    let document_path = directory.join("openapi.json");
    let bodies_path = directory.join("bodies.json");
    std::fs::write(
        &document_path,
        serde_json::to_string_pretty(&document).unwrap(),
    )
    .unwrap();
    std::fs::write(&bodies_path, Value::Array(sent.clone()).to_string()).unwrap();
    let python = validator();
    let (passed, output) = validate(&python, &document_path, &bodies_path);
    assert!(passed, "{output}");
    assert!(
        output.contains(&format!(
            "valid: the document, {0} examples, {0} bodies sent",
            sent.len()
        )),
        "{output}"
    );

    // The validator does fail: a body with a code the response does not
    // list, and a document without `info`.
    let mut wrong = sent[0].clone();
    wrong["body"] = fill(&wrong["body"], &[("SHOP_", "SHOP_9")]);
    std::fs::write(&bodies_path, json!([wrong]).to_string()).unwrap();
    let (passed, output) = validate(&python, &document_path, &bodies_path);
    assert!(!passed && output.contains("is not one of"), "{output}");
    let mut without_info = document.clone();
    without_info.as_object_mut().unwrap().remove("info");
    std::fs::write(&document_path, without_info.to_string()).unwrap();
    let (passed, output) = validate(&python, &document_path, &bodies_path);
    assert!(
        !passed && output.contains("'info' is a required property"),
        "{output}"
    );
}

#[test]
fn the_error_page_links_every_code_to_its_example_in_the_document() {
    let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
    let page = service::page();
    let mut linked = BTreeMap::new();
    for link in page.split("](openapi.json#").skip(1) {
        let pointer = &link[..link.find(')').unwrap()];
        let example = document
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{pointer} is not in the document"));
        linked.insert(
            pointer.rsplit('/').next().unwrap().to_owned(),
            example.clone(),
        );
    }
    let codes: Vec<&str> = ShopError::ENTRIES
        .iter()
        .map(|entry| entry.code_str())
        .collect();
    assert_eq!(linked.keys().collect::<Vec<_>>().len(), codes.len());
    for code in codes {
        let example = &linked[code];
        assert_eq!(
            example["summary"],
            ShopError::lookup_str(code).unwrap().name()
        );
        let value = &example["value"];
        assert!(
            value["code"] == code || value["error"]["code"] == code,
            "{code}: {value}"
        );
    }
}

/// The Python that has `tests/openapi/requirements.txt`: a virtual
/// environment under `target/`, made and filled on first use, and again
/// when the requirements change.
pub(crate) fn validator() -> PathBuf {
    let requirements = crate::common::root().join("tests/openapi/requirements.txt");
    let wanted = std::fs::read_to_string(&requirements).unwrap();
    let environment = Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-validator");
    let python = environment.join("bin").join("python");
    let stamp = environment.join("installed.txt");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return python;
    }
    run(Command::new("python3")
        .args(["-m", "venv", "--clear"])
        .arg(&environment));
    run(Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
        ])
        .arg(&requirements));
    std::fs::write(&stamp, wanted).unwrap();
    python
}

fn run(command: &mut Command) {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("{command:?} did not start: {error}"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs `tests/openapi/validate.py`: whether it passed, and what it printed.
pub(crate) fn validate(python: &Path, document: &Path, bodies: &Path) -> (bool, String) {
    let script = crate::common::root().join("tests/openapi/validate.py");
    let output = Command::new(python)
        .arg(script)
        .arg(document)
        .arg(bodies)
        .output()
        .unwrap();
    (
        output.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    )
}
