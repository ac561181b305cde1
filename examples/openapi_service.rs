//! An axum service documented with utoipa, whose error responses come
//! from its catalogue: each operation names the variants it can return
//! (`responses!`), and the OpenAPI document gets one response per status
//! with a schema, the code strings as an `enum`, and one example per code,
//! in the shape the service sends and in `application/problem+json`, which
//! the negotiating layer sends to a client that asks for it.
//!
//! ```sh
//! cargo run --example openapi_service -- --openapi   # prints openapi.json
//! cargo run --example openapi_service -- --page      # prints the error page
//! cargo run --example openapi_service                # serves on 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/orders/7                              # 404, SHOP_2
//! curl -i -X POST 'http://127.0.0.1:3000/orders/1/pay?card=declined'  # 402, problem+json
//! curl -i -H 'accept: application/problem+json' http://127.0.0.1:3000/orders/0
//! curl http://127.0.0.1:3000/openapi.json
//! ```
//!
//! `ADDR=127.0.0.1:8080` picks another address.

use std::future::Future;

use axum::extract::{Path, Query};
use axum::routing::{get, post};
use axum::{Json, Router};
use error_catalog::error_catalog;
use error_catalog::openapi::{Examples, Negotiated};
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use utoipa::{OpenApi, ToSchema};

/// Shop
#[error_catalog(prefix = "SHOP", range = 1..=199)]
#[derive(Debug)]
pub enum ShopError {
    #[error(
        code = 1,
        http = 400,
        message = "Order ids start at 1",
        resolution = "Take the id from the order's confirmation"
    )]
    InvalidOrderId,
    #[error(
        code = 2,
        http = 404,
        message = "No order {id}",
        resolution = "List your orders with GET /orders"
    )]
    NoSuchOrder { id: u64 },
    #[error(code = 3, http = 409, message = "Order {id} is already paid")]
    AlreadyPaid { id: u64 },
    #[error(transparent)]
    Payment(PaymentError),
    #[error(
        code = 10,
        http = 503,
        message = "The order store is unavailable",
        resolution = "Retry with exponential backoff"
    )]
    StoreUnavailable(#[source] std::io::Error),
}

/// Payments, sent as RFC 9457 problem details, each code with its page.
#[error_catalog(
    prefix = "SHOP",
    range = 100..=199,
    body = Problem,
    doc_url = "https://docs.example.com/errors/{code_str}"
)]
#[derive(Debug)]
pub enum PaymentError {
    #[error(
        code = 100,
        http = 402,
        message = "The card was declined",
        resolution = "Use another card"
    )]
    CardDeclined,
    #[error(code = 101, http = 402, message = "The card has insufficient funds")]
    InsufficientFunds,
}

error_catalog::responses! {
    /// What `GET /orders/{id}` can answer.
    pub struct OrderErrors = ShopError { InvalidOrderId, NoSuchOrder, StoreUnavailable };

    /// What `POST /orders/{id}/pay` can answer: payments' codes too.
    pub struct PayErrors = ShopError {
        InvalidOrderId,
        NoSuchOrder,
        AlreadyPaid,
        Payment,
        StoreUnavailable,
    };
}

/// An order.
#[derive(Debug, Serialize, ToSchema)]
pub struct Order {
    pub id: u64,
    pub paid: bool,
}

/// How an order is paid.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Payment {
    /// The card: `declined` and `empty` are test cards that fail.
    pub card: String,
}

/// Order 1 is unpaid, order 2 paid, order 13 lives on a store shard that is
/// down; there are no others.
fn find(id: u64) -> Result<Order, ShopError> {
    match id {
        0 => Err(ShopError::InvalidOrderId),
        1 => Ok(Order { id, paid: false }),
        2 => Ok(Order { id, paid: true }),
        13 => Err(ShopError::StoreUnavailable(std::io::Error::other(
            "shard 3 refused the connection",
        ))),
        _ => Err(ShopError::NoSuchOrder { id }),
    }
}

/// An order by id.
#[utoipa::path(
    get,
    path = "/orders/{id}",
    params(("id" = u64, Path, description = "The order's id")),
    responses((status = 200, description = "The order", body = Order), Negotiated<OrderErrors>)
)]
async fn order(Path(id): Path<u64>) -> Result<Json<Order>, ShopError> {
    find(id).map(Json)
}

/// Pays an order.
#[utoipa::path(
    post,
    path = "/orders/{id}/pay",
    params(("id" = u64, Path, description = "The order's id"), Payment),
    responses((status = 200, description = "The paid order", body = Order), Negotiated<PayErrors>)
)]
async fn pay(
    Path(id): Path<u64>,
    Query(payment): Query<Payment>,
) -> Result<Json<Order>, ShopError> {
    let order = find(id)?;
    if order.paid {
        return Err(ShopError::AlreadyPaid { id });
    }
    match payment.card.as_str() {
        "declined" => Err(PaymentError::CardDeclined.into()),
        "empty" => Err(PaymentError::InsufficientFunds.into()),
        _ => Ok(Json(Order { id, paid: true })),
    }
}

/// Every code's example under `components/examples`, where the error page
/// links to it.
const EXAMPLES: Examples<ShopError> = Examples::new();

/// The service's OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(title = "Shop", version = "1.0.0"),
    paths(order, pay),
    components(schemas(Order)),
    modifiers(&EXAMPLES)
)]
pub struct ApiDoc;

/// The error page, each code linked to its example in `openapi.json`.
pub fn page() -> String {
    error_catalog::doc::Page::new("Shop error codes")
        .service("the Shop API")
        .catalog::<ShopError>()
        .openapi("openapi.json")
        .markdown()
}

/// The service's routes, behind the negotiating layer, and its document.
pub fn app() -> Router {
    Router::new()
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/pay", post(pay))
        .layer(error_catalog::axum::negotiate())
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}

/// Serves `app()` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app())
        .with_graceful_shutdown(shutdown)
        .await
}

const USAGE: &str = "usage: openapi_service [--openapi | --page | --help]

  (no option)  serve the shop on $ADDR (default 127.0.0.1:3000)
  --openapi    print the OpenAPI document
  --page       print the error page, in Markdown
  --help       print this text";

#[tokio::main]
async fn main() -> std::io::Result<()> {
    match std::env::args().nth(1).as_deref() {
        None => {}
        Some("--openapi") => {
            let document = ApiDoc::openapi()
                .to_pretty_json()
                .map_err(std::io::Error::other)?;
            println!("{document}");
            return Ok(());
        }
        Some("--page") => {
            print!("{}", page());
            return Ok(());
        }
        Some("--help" | "-h") => {
            println!("{USAGE}");
            return Ok(());
        }
        Some(other) => {
            eprintln!("unknown option {other}\n\n{USAGE}");
            std::process::exit(2);
        }
    }
    tracing_subscriber::fmt().init();
    let address = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    serve(listener, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
