//! Localized catalogues: three locales (German with a plural), chosen by
//! `Accept-Language` over real HTTP for axum and actix, byte for byte with
//! `Content-Language` and `Vary`; by `locale::scope` without a request; and
//! the message of a source error never in any of them.

use actix_web::{web, App, HttpServer};
use axum::routing::get;
use axum::Router;
use error_catalog::body::Problem;
use error_catalog::{error_catalog, locale, CatalogError};

use crate::common::http::{ask_with, Answer};

#[error_catalog(prefix = "CART", locales = "../locales/cart", default_locale = "en", body = Problem)]
#[derive(Debug)]
pub enum CartError {
    #[error(
        code = 1,
        http = 404,
        message = "No cart {id}",
        resolution = "Create a cart first"
    )]
    NoSuchCart { id: String },
    #[error(
        code = 2,
        http = 409,
        message = "The cart holds {count} items, more than {limit}"
    )]
    TooManyItems { count: u32, limit: u32 },
    #[error(code = 3, http = 503, message = "The cart store failed: {0}")]
    Store(#[source] std::io::Error),
}

/// A path, and the error its route answers.
type Route = (&'static str, fn() -> CartError);

fn routes() -> [Route; 4] {
    [
        ("/carts/7", || CartError::NoSuchCart { id: "7".into() }),
        ("/full/1", || CartError::TooManyItems { count: 1, limit: 0 }),
        ("/full/5", || CartError::TooManyItems { count: 5, limit: 3 }),
        ("/store", || {
            CartError::Store(std::io::Error::other("disk /var/carts is full"))
        }),
    ]
}

/// Each request, by its `Accept-Language`, and the body, `Content-Language`
/// and `Vary` it must get.
const EXPECTED: &[(&str, Option<&str>, &str, &str)] = &[
    (
        "/carts/7",
        Some("de-CH, en;q=0.5"),
        "de",
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Kein Warenkorb 7","code":"CART_1","resolution":"Legen Sie zuerst einen Warenkorb an"}"#,
    ),
    (
        "/carts/7",
        Some("fr-CA;q=0.9, de;q=0.8"),
        "fr",
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Aucun panier 7","code":"CART_1","resolution":"Créez d’abord un panier"}"#,
    ),
    (
        "/carts/7",
        Some("ja, *;q=0.1"),
        "en",
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No cart 7","code":"CART_1","resolution":"Create a cart first"}"#,
    ),
    (
        "/carts/7",
        None,
        "en",
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No cart 7","code":"CART_1","resolution":"Create a cart first"}"#,
    ),
    (
        "/full/1",
        Some("de"),
        "de",
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"Der Warenkorb enthält einen Artikel, mehr als 0","code":"CART_2"}"#,
    ),
    (
        "/full/5",
        Some("de"),
        "de",
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"Der Warenkorb enthält 5 Artikel, mehr als 3","code":"CART_2"}"#,
    ),
    (
        "/full/5",
        Some("fr"),
        "fr",
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"Le panier contient 5 articles, plus que 3","code":"CART_2"}"#,
    ),
    (
        "/store",
        Some("de"),
        "de",
        r#"{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Der Speicher der Warenkörbe ist ausgefallen","code":"CART_3"}"#,
    ),
];

async fn check(base: &str) {
    for (path, accept_language, locale, body) in EXPECTED {
        let headers: Vec<(&str, &str)> = accept_language
            .iter()
            .map(|value| ("accept-language", *value))
            .collect();
        let answer: Answer = ask_with(base, path, &headers).await;
        assert_eq!(answer.body, *body, "{path} {accept_language:?}");
        assert_eq!(answer.header("content-language"), Some(*locale), "{path}");
        let vary: Vec<&str> = answer
            .headers
            .get_all("vary")
            .iter()
            .map(|value| value.to_str().unwrap())
            .collect();
        // The layer negotiates the media type too.
        assert_eq!(
            vary,
            ["accept-language", "accept"],
            "{path} {accept_language:?}"
        );
        assert!(!answer.body.contains("/var/carts"));
    }
    // Outside the layer, the default locale, and nothing varies.
    let plain = ask_with(base, "/plain", &[("accept-language", "de")]).await;
    assert_eq!(plain.header("content-language"), Some("en"));
    assert_eq!(plain.header("vary"), None);
    assert!(
        plain.body.contains(r#""detail":"No cart 7""#),
        "{}",
        plain.body
    );
}

#[tokio::test]
async fn axum_answers_in_the_language_the_request_prefers() {
    let mut localized = Router::new();
    for (path, error) in routes() {
        localized = localized.route(path, get(move || async move { Err::<(), _>(error()) }));
    }
    let app = localized.layer(error_catalog::axum::negotiate()).route(
        "/plain",
        get(|| async { Err::<(), _>(CartError::NoSuchCart { id: "7".into() }) }),
    );
    let base = crate::common::http::serve(app).await;
    check(&base).await;
}

#[actix_web::test]
async fn actix_answers_in_the_language_the_request_prefers() {
    let server = HttpServer::new(|| {
        let mut localized = web::scope("").wrap(error_catalog::actix::negotiate());
        for (path, error) in routes() {
            localized = localized.route(
                path,
                web::get().to(move || async move { Err::<String, _>(error()) }),
            );
        }
        App::new()
            .route(
                "/plain",
                web::get()
                    .to(|| async { Err::<String, _>(CartError::NoSuchCart { id: "7".into() }) }),
            )
            .service(localized)
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

#[test]
fn a_scope_chooses_the_locale_without_a_request() {
    let error = CartError::TooManyItems { count: 1, limit: 0 };
    let detail = |accept_language| {
        locale::scope(accept_language, || {
            serde_json::to_value(Problem::new(&error)).unwrap()["detail"].clone()
        })
    };
    assert_eq!(
        detail("de"),
        "Der Warenkorb enthält einen Artikel, mehr als 0"
    );
    assert_eq!(detail("fr-FR"), "Le panier contient 1 articles, plus que 0");
    assert_eq!(detail("en-GB"), "The cart holds 1 items, more than 0");
    // `Display` and logs keep the enum's text, whatever the scope.
    assert_eq!(
        locale::scope("de", || error.to_string()),
        "The cart holds 1 items, more than 0"
    );
    assert_eq!(error.public_message_in("en"), None);
    assert_eq!(error.public_message_in("it"), None);
    assert_eq!(
        CartError::NoSuchCart { id: "7".into() }
            .resolution_in("fr")
            .as_deref(),
        Some("Créez d’abord un panier")
    );
    let locales = error.locales().unwrap();
    assert_eq!(locales.tags().collect::<Vec<_>>(), ["en", "de", "fr"]);
}

/// AIP-193's example, its `LocalizedMessage` included, over HTTP from axum
/// and actix, whatever the client's languages (the catalogue has one).
async fn check_aip_193(base: &str) {
    for accept_language in [None, Some("de-DE, en;q=0.5")] {
        let headers: Vec<(&str, &str)> = accept_language
            .iter()
            .map(|value| ("accept-language", *value))
            .collect();
        let answer = ask_with(base, "/zones", &headers).await;
        assert_eq!(answer.status, 429);
        assert_eq!(answer.body, crate::shapes::expected_google());
        assert_eq!(answer.header("content-language"), Some("en-US"));
    }
}

#[tokio::test]
async fn axum_sends_the_aip_193_example_with_its_localized_message() {
    let app = Router::new()
        .route(
            "/zones",
            get(|| async { Err::<(), _>(crate::shapes::resource_availability()) }),
        )
        .layer(error_catalog::axum::negotiate());
    check_aip_193(&crate::common::http::serve(app).await).await;
}

#[actix_web::test]
async fn actix_sends_the_aip_193_example_with_its_localized_message() {
    let server = HttpServer::new(|| {
        App::new().wrap(error_catalog::actix::negotiate()).route(
            "/zones",
            web::get().to(|| async { Err::<String, _>(crate::shapes::resource_availability()) }),
        )
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let base = format!("http://{}", server.addrs()[0]);
    let running = server.run();
    let handle = running.handle();
    actix_web::rt::spawn(running);
    check_aip_193(&base).await;
    handle.stop(true).await;
}
