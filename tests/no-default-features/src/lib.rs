//! Catalogues that use every kind of variant, compiled against
//! `error-catalog` with `default-features = false`: the generated items that
//! need serde (`body::Details`) or axum (`IntoResponse`) must drop out, as
//! the runtime crate has neither `body` nor `axum` then, and everything else
//! must work as with the defaults. (Inside `cargo test --workspace` it is
//! built with the features the other members turn on, and must compile
//! that way too.)
#![deny(warnings)]

use error_catalog::error_catalog;

/// Storage
#[error_catalog(prefix = "STORE", range = 100..=199, doc_url = "https://docs.example.com/{code_str}")]
#[derive(Debug)]
pub enum StoreError {
    /// The object was not found.
    #[error(code = 100, http = 404, resolution = "Check the key")]
    NotFound,
    #[error(code = 101, http = 400, message = "Invalid key {key:?}")]
    InvalidKey { key: String },
    #[error(code = 102, http = 502, message = "Backend failed: {0}")]
    Backend(#[from] std::io::Error),
    #[error(code = 103, http = 422, message = "Rejected")]
    Rejected(#[details] Vec<String>),
}

/// Everything, composed.
#[error_catalog(prefix = "STORE", retired = [50])]
#[derive(Debug)]
pub enum ServiceError {
    #[error(transparent)]
    Store(StoreError),
    #[error(code = 1, http = 503, message = "Unavailable")]
    Unavailable,
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use error_catalog::{Catalog, CatalogError};

    use super::*;

    #[test]
    fn catalogues_work_without_default_features() {
        assert_eq!(ServiceError::ENTRIES.len(), 5);
        let service = ServiceError::from(StoreError::InvalidKey { key: "k".into() });
        assert_eq!(service.code_str(), "STORE_101");
        assert_eq!(service.to_string(), "Invalid key \"k\"");
        assert_eq!(service.status().as_u16(), 400);
        let io = StoreError::from(std::io::Error::other("disk"));
        assert_eq!(io.public_message(), "Backend failed");
        assert_eq!(
            io.source().map(ToString::to_string).as_deref(),
            Some("disk")
        );
        assert_eq!(
            ServiceError::lookup_str("STORE_100").and_then(|entry| entry.doc_url()),
            Some("https://docs.example.com/STORE_100")
        );
        assert_eq!(StoreError::Rejected(vec![]).message(), "Rejected");
    }
}

/// With axum but without `tracing`: a server error still reaches a log, as
/// a line on standard error, which `tests/suite/no_default_features.rs` reads.
#[cfg(all(test, feature = "axum"))]
mod served_without_tracing {
    use http_body_util::{BodyExt, Empty};
    use hyper_util::client::legacy::Client;
    use hyper_util::rt::TokioExecutor;

    use super::*;

    async fn failing() -> Result<&'static str, StoreError> {
        Err(StoreError::Backend(std::io::Error::other(
            "disk on fire at 10.0.0.7",
        )))
    }

    async fn missing() -> Result<&'static str, StoreError> {
        Err(StoreError::NotFound)
    }

    #[tokio::test]
    async fn server_errors_are_logged_to_stderr() {
        let app = axum::Router::new()
            .route("/failing", axum::routing::get(failing))
            .route("/missing", axum::routing::get(missing));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        let client = Client::builder(TokioExecutor::new()).build_http::<Empty<bytes::Bytes>>();
        for (path, status) in [("/failing", 502), ("/missing", 404)] {
            let url = format!("http://{address}{path}").parse().unwrap();
            let response = client.get(url).await.unwrap();
            assert_eq!(response.status().as_u16(), status);
            let body = response.into_body().collect().await.unwrap().to_bytes();
            let body = String::from_utf8_lossy(&body);
            assert!(!body.contains("disk on fire"), "{body}");
        }
        server.abort();
    }
}
