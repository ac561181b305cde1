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
//! curl -i 'http://127.0.0.1:3000/signup?email=ada&age=0'  # 422, every mistake at once
//! ```
//!
//! `ADDR=127.0.0.1:8080` picks another address.

use std::future::Future;

use axum::extract::{Path, Query};
use axum::routing::get;
use axum::{Json, Router};
use error_catalog::body::{Batch, Problem};
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

/// The mistakes a sign-up form can have, answered all at once as one
/// RFC 9457 problem whose `errors` list each, with a pointer to its field.
#[error_catalog(prefix = "SIGNUP", range = 1..=99, doc_url = "https://docs.example.com/errors/{name:kebab-case}", body = Problem)]
#[derive(Debug)]
pub enum SignupError {
    #[error(
        code = 1,
        http = 422,
        title = "The sign-up form is not valid",
        message = "The sign-up form is not valid"
    )]
    InvalidForm,
    #[error(code = 2, http = 422, message = "is required")]
    Required,
    #[error(code = 3, http = 422, message = "is not an email address")]
    NotAnEmail,
    #[error(code = 4, http = 422, message = "must be a positive integer")]
    NotPositive,
}

/// A sign-up form, as a query string.
#[derive(Debug, serde::Deserialize)]
pub struct Signup {
    name: Option<String>,
    email: Option<String>,
    age: Option<i64>,
}

/// The service's routes.
pub fn app() -> Router {
    Router::new()
        .route("/metrics/{name}", get(metric))
        .route("/dashboards/{id}", get(dashboard))
        .route("/store", get(store))
        .route("/signup", get(signup))
}

/// Checks every field of the form and answers every mistake at once: the
/// batch is answered with its lead's status, in the catalogue's shape.
async fn signup(Query(form): Query<Signup>) -> Result<Json<Value>, Batch<SignupError>> {
    let mut batch = Batch::new(SignupError::InvalidForm);
    if form.name.as_deref().is_none_or(str::is_empty) {
        batch.push_at("#/name", SignupError::Required);
    }
    match form.email.as_deref() {
        None | Some("") => batch.push_at("#/email", SignupError::Required),
        Some(email) if !email.contains('@') => batch.push_at("#/email", SignupError::NotAnEmail),
        Some(_) => &mut batch,
    };
    if form.age.is_some_and(|age| age <= 0) {
        batch.push_at("#/age", SignupError::NotPositive);
    }
    batch.or_ok(Json(json!({ "welcome": form.name })))
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
