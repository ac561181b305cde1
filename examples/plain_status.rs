//! Seed 003: errors named by HTTP status, answered with `{"error": "..."}`.
//!
//! ```sh
//! cargo run --example plain_status
//! ```

use error_catalog::{body::Plain, doc, CatalogError};

use error_catalog_examples::catalogs::plain_status;

use plain_status::ApiError;

pub fn main() {
    print!("{}", doc::markdown::<ApiError>());
    let error = ApiError::InvalidTimestamp {
        param: "to".into(),
        value: "2025-05-25T09:41:00".into(),
    };
    let body = serde_json::to_string(&Plain::new(&error)).expect("a body always serializes");
    println!("\nThe seed's example, status {}:\n{body}", error.status());
}
