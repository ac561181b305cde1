//! The integration tests that share one build: every feature of the runtime
//! crate and every dev-dependency of this package, linked once. Each module
//! was a test binary of its own; `cargo test -p error-catalog-integration
//! --test suite MODULE::` runs one. Tests that need a process of their own
//! (the allocation counter, the logger installed once per process, the lint
//! levels of a crate root) and the UI cases are the root package's.

mod common;

mod actix_service;
mod axum_service;
mod batches;
mod bodies;
mod codes;
mod compose;
mod derived_shape;
mod edge_responses;
mod grpc_service;
mod html_page;
mod item;
mod layers;
mod locales;
mod lock;
mod messages;
mod migration;
mod naming;
mod negotiation;
mod no_default_features;
mod openapi;
mod openapi_service;
mod properties;
mod reference;
mod request_context;
mod seeds;
mod shapes;
mod sources;
mod without_numbers;
mod workspace;
mod xml_shapes;
