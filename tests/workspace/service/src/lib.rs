//! The service: codes of its own, the categories of two other crates
//! composed, catch-alls over `anyhow` and boxed errors, and the handlers
//! that return them, where `?` lifts each kind of error.

use axum::extract::Path;
use axum::routing::get;
use axum::Router;
use error_catalog::body::Problem;
use error_catalog::error_catalog;
use shop_orders::OrderError;
use shop_payments::PaymentError;

/// Shop
#[error_catalog(prefix = "SHOP", range = 1000..=3999, meta(domain = "shop.example.com"),
                doc_url = "https://docs.example.com/errors#{code_str}")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(
        code = 1001,
        http = 500,
        transparent,
        message = "An internal error occurred"
    )]
    Internal(#[from] anyhow::Error),
    #[error(
        code = 1002,
        http = 502,
        transparent,
        message = "An upstream service failed"
    )]
    Upstream(#[from] Box<dyn std::error::Error + Send + Sync>),
    #[error(transparent, from = [std::io::Error])]
    Orders(OrderError),
    #[error(transparent)]
    Payments(PaymentError),
}

/// The service's routes.
pub fn router() -> Router {
    Router::new()
        .route("/signin", get(signin))
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/problem", get(order_problem))
        .route("/config/problem", get(config_problem))
        .route("/pay/{card}", get(pay))
        .route("/internal", get(internal))
        .route("/internal/problem", get(internal_problem))
        .route("/upstream", get(upstream))
}

/// Every operation's error responses, documented from the catalogue.
#[derive(utoipa::OpenApi)]
#[openapi(paths(order, pay))]
pub struct ApiDoc;

async fn signin() -> Result<&'static str, ShopError> {
    Err(ShopError::Unauthenticated)
}

/// A category's error lifted into the service's with `?`.
#[utoipa::path(get, path = "/orders/{id}", params(("id" = u64, Path)),
               responses((status = 200, body = String), ShopError))]
async fn order(Path(id): Path<u64>) -> Result<String, ShopError> {
    let order = shop_orders::find(id)?;
    Ok(format!("order {} paid: {}", order.id, order.paid))
}

/// Category -> service -> body view, across three crates.
async fn order_problem(Path(id): Path<u64>) -> Result<String, Problem<ShopError>> {
    let order = shop_orders::find(id)?;
    Ok(format!("order {}", order.id))
}

/// A type of the service's `from = [...]` list, lifted into a view.
async fn config_problem() -> Result<String, Problem<ShopError>> {
    Ok(std::fs::read_to_string("/nonexistent/shop.toml")?)
}

/// Another category, into the view.
#[utoipa::path(get, path = "/pay/{card}", params(("card" = String, Path)),
               responses((status = 200, body = String), ShopError))]
async fn pay(Path(card): Path<String>) -> Result<&'static str, Problem<ShopError>> {
    shop_payments::charge(&card)?;
    Ok("paid")
}

fn ledger() -> anyhow::Result<u64> {
    anyhow::bail!("ledger database at 10.0.0.5 reset the connection")
}

/// `anyhow::Error` into the catch-all.
async fn internal() -> Result<String, ShopError> {
    Ok(ledger()?.to_string())
}

/// `anyhow::Error` implements no `Error`, so no view converts from it:
/// convert into the catalogue first.
async fn internal_problem() -> Result<String, Problem<ShopError>> {
    Ok(ledger().map_err(ShopError::from)?.to_string())
}

/// A boxed error into its catch-all.
async fn upstream() -> Result<String, ShopError> {
    let boxed: Box<dyn std::error::Error + Send + Sync> = "pricing service timed out".into();
    Err(boxed)?
}
