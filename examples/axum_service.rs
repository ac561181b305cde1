//! A small service on 127.0.0.1 whose handlers return catalogue errors
//! (the seed 002 catalogue), answered as JSON bodies with the catalogue's
//! statuses and an `x-error-code` header.
//!
//! ```sh
//! cargo run --example axum_service          # listens on 127.0.0.1:3000
//! curl -i http://127.0.0.1:3000/metrics/latency
//! curl -i http://127.0.0.1:3000/metrics/throughput   # 404, ANALYTICS_1000
//! curl -i http://127.0.0.1:3000/dashboards/7         # 423, problem+json
//! curl -i http://127.0.0.1:3000/store                # 503; the cause is logged, not sent
//! ```
//!
//! `ADDR=127.0.0.1:8080` picks another address.

use std::future::Future;

use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use error_catalog::body::Problem;
use error_catalog::error_catalog;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use error_catalog_examples::catalogs::analytics;

use analytics::{AnalyticsError, DashboardError, MetricsError};

/// Storage errors: one with a source, to show what stays in the logs.
#[error_catalog(prefix = "STORE", range = 1..=99)]
#[derive(Debug)]
pub enum StoreError {
    #[error(
        code = 1,
        http = 503,
        message = "Metric store unavailable: {0}",
        resolution = "Retry with exponential backoff"
    )]
    Unavailable(#[source] std::io::Error),
}

/// The service's routes.
pub fn app() -> Router {
    Router::new()
        .route("/metrics/{name}", get(metric))
        .route("/dashboards/{id}", get(dashboard))
        .route("/store", get(store))
}

/// A metric by name; `Result<_, AnalyticsError>` answers with the
/// catalogue's status and `Nested` body.
async fn metric(Path(name): Path<String>) -> Result<Json<Value>, AnalyticsError> {
    match name.as_str() {
        "latency" => Ok(Json(json!({ "metric": "latency", "p99_ms": 42 }))),
        "bogus" => Err(MetricsError::InvalidMetricType.into()),
        _ => Err(MetricsError::MetricNotFound.into()),
    }
}

/// A dashboard by id, answering errors as RFC 9457 problem details.
async fn dashboard(Path(id): Path<u32>) -> Result<Json<Value>, Problem<AnalyticsError>> {
    match id {
        7 => Err(Problem::new(DashboardError::DashboardLocked.into())),
        1 => Ok(Json(json!({ "id": 1, "tiles": [] }))),
        _ => Err(Problem::new(DashboardError::DashboardNotFound.into())),
    }
}

/// Always fails with an internal cause that must not reach the client.
async fn store() -> Result<Json<Value>, StoreError> {
    Err(StoreError::Unavailable(std::io::Error::other(
        "connection refused by 10.0.0.7:6379",
    )))
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

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt().init();
    let address = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    serve(listener, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
