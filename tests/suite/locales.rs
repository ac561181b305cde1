//! Localized catalogues: three locales (German with a plural), chosen by
//! `Accept-Language` over real HTTP for axum and actix, byte for byte with
//! `Content-Language` and `Vary`; by `locale::scope` without a request; and
//! the message of a source error never in any of them.

use actix_web::{web, App};
use axum::routing::get;
use axum::Router;
use error_catalog::body::Problem;
use error_catalog::{error_catalog, locale, Catalog, CatalogError};

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
    #[error(
        code = 3,
        http = 503,
        message = "The cart store failed: {0}",
        description = "The service that stores the carts does not answer."
    )]
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
    let (base, handle) = crate::common::http::serve_actix!(|| {
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
    });
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
    let (base, handle) = crate::common::http::serve_actix!(|| {
        App::new().wrap(error_catalog::actix::negotiate()).route(
            "/zones",
            web::get().to(|| async { Err::<String, _>(crate::shapes::resource_availability()) }),
        )
    });
    check_aip_193(&base).await;
    handle.stop(true).await;
}

/// A service composing the cart's localized category with codes of its own
/// in the enum's words only.
#[error_catalog(prefix = "CART")]
#[derive(Debug)]
pub enum ShopService {
    #[error(transparent)]
    Cart(CartError),
    #[error(
        code = 100,
        http = 503,
        message = "The shop is closed",
        resolution = "Come back later"
    )]
    Closed,
}

/// Numbered code strings, which Fluent keys as `code-101001`.
#[error_catalog(format = "{code}", locales = "../locales/numeric")]
#[derive(Debug)]
pub enum ApiError {
    #[error(code = 101001, http = 401, message = "Invalid API key")]
    InvalidKey,
    #[error(
        code = 101002,
        http = 429,
        message = "Limit exceeded: {limit} requests a minute"
    )]
    Limited { limit: u32 },
}

#[test]
fn a_composed_catalogue_answers_in_each_category_s_locales() {
    let cart = ShopService::Cart(CartError::NoSuchCart { id: "7".into() });
    let closed = ShopService::Closed;
    locale::scope("de", || {
        assert_eq!(locale::client_message(&cart), "Kein Warenkorb 7");
        assert_eq!(locale::chosen(&cart), Some("de"));
        // The service's own codes have no locales.
        assert_eq!(locale::client_message(&closed), "The shop is closed");
        assert_eq!(locale::chosen(&closed), None);
    });
    assert_eq!(
        ShopService::SECTIONS
            .iter()
            .map(|section| section.locales().map(|locales| locales.tags().count()))
            .collect::<Vec<_>>(),
        [Some(3), None]
    );
}

#[test]
fn the_reference_page_is_written_per_locale() {
    let page = error_catalog::doc::Page::new("Fehler")
        .catalog::<ShopService>()
        .locale("de");
    let markdown = page.markdown();
    for row in [
        "| CART_1 | 404  | NO_SUCH_CART   | Kein Warenkorb `{id}`",
        "| Legen Sie zuerst einen Warenkorb an |",
        // A plural by its default variant.
        "| Der Warenkorb enthält `{count}` Artikel, mehr als `{limit}` |",
        // The service's own code, in its own words.
        "| The shop is closed",
    ] {
        assert!(markdown.contains(row), "{row} in\n{markdown}");
    }
    let json = page.json();
    assert!(json.contains(r#""code_str":"CART_3","name":"STORE","http":503,"message":"Der Speicher der Warenkörbe ist ausgefallen","resolution":null"#), "{json}");
    assert!(
        json.contains(r#""message":"The shop is closed","resolution":"Come back later""#),
        "{json}"
    );
    let html = page.html();
    assert!(html.contains("<html lang=\"de\">"));
    assert!(html.contains(
        "<td>Kein Warenkorb <code>{id}</code></td><td>Legen Sie zuerst einen Warenkorb an</td>"
    ));
    // Without a locale, the page is as it always was.
    let english = error_catalog::doc::Page::new("Errors").catalog::<ShopService>();
    assert!(english.markdown().contains("| No cart `{id}`"));
    assert!(english
        .json()
        .contains(r#""message":"The cart store failed: {0}""#));
}

#[test]
fn titles_and_descriptions_are_translated_where_a_body_or_page_has_them() {
    use error_catalog::body::JsonApi;

    let error = CartError::NoSuchCart { id: "7".into() };
    let title = |accept_language| {
        locale::scope(accept_language, || {
            serde_json::to_value(JsonApi::new(&error)).unwrap()["errors"][0]["title"].clone()
        })
    };
    assert_eq!(title("de"), "Warenkorb nicht gefunden");
    // French has no `.title`: the enum's.
    assert_eq!(title("fr"), "No such cart");
    assert_eq!(title("en"), "No such cart");
    // A problem of `about:blank` is titled by its status, in English.
    let problem = locale::scope("de", || serde_json::to_value(Problem::new(&error)).unwrap());
    assert_eq!(problem["title"], "Not Found");
    let page = error_catalog::doc::Page::new("Fehler")
        .catalog::<CartError>()
        .locale("de");
    assert!(page
        .markdown()
        .contains("### `CART_3`\n\nDer Dienst, der die Warenkörbe speichert, antwortet nicht.\n"));
    assert!(page
        .json()
        .contains(r#""description":"Der Dienst, der die Warenkörbe speichert, antwortet nicht.""#));
    let page = error_catalog::doc::Page::new("Erreurs")
        .catalog::<CartError>()
        .locale("fr");
    assert!(page
        .markdown()
        .contains("### `CART_3`\n\nThe service that stores the carts does not answer.\n"));
}

#[test]
fn numeric_code_strings_are_keyed_with_a_letter_first() {
    let limited = ApiError::Limited { limit: 60 };
    assert_eq!(
        locale::scope("es", || locale::client_message(&limited)),
        "Límite superado: 60 solicitudes por minuto"
    );
    assert_eq!(
        ApiError::InvalidKey.public_message_in("es").as_deref(),
        Some("Clave de API no válida")
    );
    let page = error_catalog::doc::Page::new("Errores")
        .catalog::<ApiError>()
        .locale("es");
    assert!(page
        .markdown()
        .contains("Límite superado: `{limit}` solicitudes por minuto"));
}

/// A file with comments of every level, terms and a message's own comment
/// between its messages: each message is found where it is.
#[error_catalog(prefix = "LAYOUT", locales = "../locales/layout")]
#[derive(Debug)]
pub enum LayoutError {
    #[error(
        code = 1,
        http = 404,
        message = "No order {id} in the shop",
        resolution = "Check the number"
    )]
    NoSuchOrder { id: u32 },
    #[error(code = 2, http = 409, message = "The cart is full: {count} items")]
    CartFull { count: u32 },
}

#[test]
fn messages_are_found_among_comments_and_terms() {
    let order = LayoutError::NoSuchOrder { id: 7 };
    let full = LayoutError::CartFull { count: 12 };
    assert_eq!(
        order.public_message_in("de").as_deref(),
        Some("Keine Bestellung 7 im Laden")
    );
    assert_eq!(
        order.resolution_in("de").as_deref(),
        Some("Prüfen Sie die Nummer")
    );
    assert_eq!(
        full.public_message_in("de").as_deref(),
        Some("Der Warenkorb ist voll: 12 Artikel")
    );
    assert_eq!(full.resolution_in("de"), None);
    assert_eq!(order.public_message_in("en"), None);
}

#[test]
fn the_lock_file_notices_a_locale_that_loses_a_code() {
    use error_catalog::lock::{Lock, Violation};

    let lock = Lock::of::<ShopService>(None);
    assert_eq!(lock.locales["de"], ["CART_1", "CART_2", "CART_3"]);
    assert_eq!(lock.locales["fr"], ["CART_1", "CART_2", "CART_3"]);
    assert!(lock.violations::<ShopService>().is_empty());
    let text = lock.to_json();
    assert!(text.contains("  \"locales\": {\n    \"de\": [\"CART_1\", \"CART_2\", \"CART_3\"],\n    \"fr\": [\"CART_1\", \"CART_2\", \"CART_3\"]\n  }\n}\n"), "{text}");
    assert_eq!(serde_json::from_str::<Lock>(&text).unwrap(), lock);

    // A lock written while an Italian file translated `CART_1` (since
    // deleted), and a code now gone, which the lock judges as removed.
    let mut published = lock.clone();
    published
        .locales
        .insert("it".into(), vec!["CART_1".into(), "CART_99".into()]);
    assert_eq!(
        published.violations::<ShopService>(),
        [Violation::Untranslated {
            locale: "it".into(),
            code_str: "CART_1".into()
        }]
    );
    assert_eq!(
        published.violations::<ShopService>()[0].to_string(),
        "CART_1 was translated in `it` and is no longer: its readers in that locale would get the default's text; put the locale's file or message back"
    );
    // The default locale's own file may translate some codes only.
    let compute = Lock::of::<crate::shapes::ComputeError>(None);
    assert_eq!(compute.locales["en-US"], ["RESOURCE_AVAILABILITY"]);
}

#[tokio::test]
async fn openapi_examples_per_locale_are_valid_and_what_the_service_sends() {
    use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem, Paths};
    use utoipa::openapi::{InfoBuilder, OpenApiBuilder, ResponsesBuilder};
    use utoipa::Modify;

    let operation = OperationBuilder::new()
        .responses(ResponsesBuilder::new().responses_from_into_responses::<CartError>())
        .build();
    let mut document = OpenApiBuilder::new()
        .info(InfoBuilder::new().title("Carts").version("1").build())
        .paths(
            Paths::builder()
                .path("/carts/7", PathItem::new(HttpMethod::Get, operation))
                .build(),
        )
        .build();
    error_catalog::openapi::Examples::<CartError>::new()
        .in_locales(&["de", "fr"])
        .modify(&mut document);
    let document = serde_json::to_value(&document).unwrap();
    let examples = &document["components"]["examples"];
    assert_eq!(examples["CART_1.de"]["summary"], "NO_SUCH_CART (de)");
    assert_eq!(
        examples["CART_1.de"]["description"],
        "Legen Sie zuerst einen Warenkorb an"
    );
    assert_eq!(
        examples["CART_2.fr"]["value"]["detail"],
        "Le panier contient {count} articles, plus que {limit}"
    );

    // What the server sends in each locale is each example, its fields
    // filled in, and valid against the document.
    let app = Router::new()
        .route(
            "/carts/7",
            get(|| async { Err::<(), _>(CartError::NoSuchCart { id: "7".into() }) }),
        )
        .layer(error_catalog::axum::negotiate());
    let base = crate::common::http::serve(app).await;
    let mut sent = Vec::new();
    for tag in ["de", "fr"] {
        let answer = ask_with(&base, "/carts/7", &[("accept-language", tag)]).await;
        let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        let example = serde_json::to_string(&examples[format!("CART_1.{tag}")]["value"]).unwrap();
        assert_eq!(body.to_string(), example.replace("{id}", "7"));
        sent.push(serde_json::json!({
            "path": "/carts/7",
            "method": "get",
            "status": 404,
            "content_type": "application/problem+json",
            "body": body,
        }));
    }
    let directory = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-locales");
    std::fs::create_dir_all(&directory).unwrap();
    let (document_path, bodies_path) = (
        directory.join("openapi.json"),
        directory.join("bodies.json"),
    );
    std::fs::write(&document_path, document.to_string()).unwrap();
    std::fs::write(&bodies_path, serde_json::Value::Array(sent).to_string()).unwrap();
    let python = crate::openapi_service::validator();
    let (passed, output) = crate::openapi_service::validate(&python, &document_path, &bodies_path);
    assert!(passed && output.contains("2 bodies sent"), "{output}");
}
