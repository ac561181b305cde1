//! Seed 001: symbolic codes like `E1001_ENDPOINT_NOT_FOUND`, built by
//! `format = "{prefix}{code}_{name}"`.
//!
//! ```sh
//! cargo run --example legacy_symbolic
//! ```

use error_catalog::{body::Nested, doc};

use error_catalog_examples::catalogs::legacy_symbolic;

use legacy_symbolic::LegacyError;

pub fn main() {
    print!("{}", doc::markdown::<LegacyError>());
    let body = serde_json::to_string(&Nested::new(LegacyError::EsTimeout))
        .expect("a body always serializes");
    println!("\nA timeout, as a client receives it:\n{body}");
}
