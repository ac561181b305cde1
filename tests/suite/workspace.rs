//! The layout most services have: each team's category of errors in a
//! crate of its own (`tests/workspace/orders`, `payments`), a service crate
//! composing them with codes of its own and catch-alls over foreign errors
//! (`tests/workspace/service`), and a registry crate checking them disjoint
//! (`tests/workspace/registry`). The service is served on a loopback port
//! on a multi-threaded runtime and asked by a real client, documented
//! (page, OpenAPI) and converted into gRPC statuses: every conversion it
//! relies on crosses a crate boundary.

use crate::common::http as http_client;

use error_catalog::Catalog;
use shop_orders::OrderError;
use shop_service::ShopError;
use tonic_types::StatusExt;

/// What each route answers: status, code, content type, and text of a
/// source error that must stay out of the body.
const ROUTES: &[(&str, u16, &str, &str, Option<&str>)] = &[
    ("/signin", 401, "SHOP_1000", "application/json", None),
    ("/orders/8", 404, "SHOP_2000", "application/json", None),
    (
        "/orders/0",
        503,
        "SHOP_2002",
        "application/json",
        Some("/var/orders"),
    ),
    (
        "/orders/8/problem",
        404,
        "SHOP_2000",
        "application/problem+json",
        None,
    ),
    (
        "/orders/0/problem",
        503,
        "SHOP_2002",
        "application/problem+json",
        Some("/var/orders"),
    ),
    (
        "/config/problem",
        503,
        "SHOP_2002",
        "application/problem+json",
        Some("nonexistent"),
    ),
    (
        "/pay/4000",
        402,
        "SHOP_3000",
        "application/problem+json",
        None,
    ),
    (
        "/pay/5000",
        502,
        "SHOP_3001",
        "application/problem+json",
        None,
    ),
    (
        "/internal",
        500,
        "SHOP_1001",
        "application/json",
        Some("10.0.0.5"),
    ),
    (
        "/internal/problem",
        500,
        "SHOP_1001",
        "application/problem+json",
        Some("10.0.0.5"),
    ),
    (
        "/upstream",
        502,
        "SHOP_1002",
        "application/json",
        Some("pricing"),
    ),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_composed_service_answers_over_http() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, shop_service::router()).await.unwrap() });

    let found = http_client::ask(&base, "/orders/7", None).await;
    assert_eq!(
        (found.status, found.body.as_str()),
        (200, "order 7 paid: true")
    );

    // Concurrent requests, every route at once.
    let answers = ask_all(&base).await;
    for ((path, status, code, content_type, secret), answer) in ROUTES.iter().zip(answers) {
        assert_eq!(answer.status, *status, "{path}: {}", answer.body);
        assert_eq!(answer.header("x-error-code"), Some(*code), "{path}");
        assert_eq!(answer.header("content-type"), Some(*content_type), "{path}");
        let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        assert!(
            answer.body.contains(&format!("\"{code}\"")),
            "{path}: {body}"
        );
        if let Some(secret) = secret {
            assert!(
                !answer.body.contains(secret),
                "{path} leaks: {}",
                answer.body
            );
        }
    }
}

/// Asks every route of `ROUTES` at once, answers in order.
async fn ask_all(base: &str) -> Vec<http_client::Answer> {
    let tasks: Vec<_> = ROUTES
        .iter()
        .map(|(path, ..)| {
            let (base, path) = (base.to_owned(), *path);
            tokio::spawn(async move { http_client::ask(&base, path, None).await })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

#[test]
fn the_composed_catalogue_holds_every_crate_s_codes() {
    let codes: Vec<&str> = ShopError::ENTRIES
        .iter()
        .map(|entry| entry.code_str())
        .collect();
    assert_eq!(
        codes,
        [
            "SHOP_1000",
            "SHOP_1001",
            "SHOP_1002",
            "SHOP_2000",
            "SHOP_2001",
            "SHOP_2002",
            "SHOP_3000",
            "SHOP_3001"
        ]
    );
    let titles: Vec<_> = ShopError::SECTIONS
        .iter()
        .map(|section| section.title())
        .collect();
    assert_eq!(titles, [Some("Orders"), Some("Payments"), Some("Shop")]);
    assert_eq!(
        ShopError::lookup_str("SHOP_3001").unwrap().name(),
        "PROVIDER"
    );
    assert_eq!(ShopError::RENAME_ALL, Some("SCREAMING_SNAKE_CASE"));

    // Every code has the service's domain and page, categories' too.
    for entry in ShopError::ENTRIES {
        assert_eq!(
            entry.meta("domain"),
            Some("shop.example.com"),
            "{}",
            entry.code_str()
        );
        assert_eq!(
            entry.doc_url(),
            Some(format!("https://docs.example.com/errors#{}", entry.code_str()).as_str())
        );
    }

    let page = error_catalog::doc::Page::new("Shop errors").catalog::<ShopError>();
    let markdown = page.markdown();
    for code in codes {
        assert_eq!(
            markdown.matches(&format!("| {code} |")).count(),
            1,
            "{code}:\n{markdown}"
        );
    }
    for heading in ["Orders", "Payments", "Shop"] {
        assert!(markdown.contains(heading), "{markdown}");
    }
}

#[test]
fn the_openapi_document_lists_every_code_of_an_operation() {
    let document =
        serde_json::to_value(<shop_service::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
    let responses = &document["paths"]["/orders/{id}"]["get"]["responses"];
    for entry in ShopError::ENTRIES {
        let status = entry.status().as_u16().to_string();
        let examples = &responses[&status]["content"]["application/json"]["examples"];
        assert!(
            examples.get(entry.code_str()).is_some(),
            "{} under {status}: {responses}",
            entry.code_str()
        );
    }
}

#[test]
fn a_category_error_becomes_a_grpc_status() {
    let status = tonic::Status::from(ShopError::from(OrderError::NoSuchOrder { id: 8 }));
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(status.message(), "No order 8");
    let info = status.get_error_details().error_info().unwrap().clone();
    assert_eq!(
        (info.reason.as_str(), info.domain.as_str()),
        ("SHOP_2000", "shop.example.com")
    );

    let internal = tonic::Status::from(ShopError::from(anyhow::anyhow!("ledger at 10.0.0.5")));
    assert_eq!(internal.code(), tonic::Code::Internal);
    assert_eq!(internal.message(), "An internal error occurred");
    assert!(!format!("{internal:?}").contains("10.0.0.5"));
}

/// `?` lifts a category's error of another crate into every body view of
/// the service, through the runtime crate's one blanket conversion.
#[test]
fn a_category_error_reaches_every_view() {
    use error_catalog::body::{Flat, Google, JsonApi, Microsoft, Nested, Plain, Problem};
    use error_catalog::CatalogError;

    fn lift<V: From<OrderError>>() -> Result<(), V> {
        Err(OrderError::AlreadyPaid { id: 7 })?;
        Ok(())
    }

    macro_rules! each_view {
        ($($view:ident),*) => {$(
            let view = lift::<$view<ShopError>>().unwrap_err();
            assert_eq!(view.status().as_u16(), 409, stringify!($view));
            assert_eq!(view.error().code_str(), "SHOP_2001", stringify!($view));
        )*};
    }
    each_view!(Nested, Plain, Flat, Problem, JsonApi, Google, Microsoft);
}
