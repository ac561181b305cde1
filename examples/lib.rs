//! The package of error-catalog's runnable examples: each is an
//! `[[example]]` of this package (`cargo run --example analytics`), and the
//! catalogues they share are in `catalogs/`, this library, which the
//! examples and the test suite both use. With the feature `services`, the
//! two services are modules of it too, for the test suite to serve them;
//! the unit tests (`tests.rs`) run the other examples.

// The example files name this library by its name, also when it compiles
// them as its own modules.
extern crate self as error_catalog_examples;

/// The catalogues of the seed pages, shared by the examples and the tests.
pub mod catalogs {
    pub mod analytics;
    pub mod legacy_symbolic;
    pub mod nanostream;
    pub mod oz_integer;
    pub mod plain_status;
}

/// The axum example's service.
#[cfg(feature = "services")]
#[path = "axum_service.rs"]
#[allow(dead_code)]
pub mod axum_service;

/// The OpenAPI example's service.
#[cfg(feature = "services")]
#[path = "openapi_service.rs"]
#[allow(dead_code)]
pub mod openapi_service;

#[cfg(test)]
mod tests;
