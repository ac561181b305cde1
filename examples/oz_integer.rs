//! Seed 004: integer codes `0..=14` and the flat body with `details`.
//!
//! ```sh
//! cargo run --example oz_integer
//! ```

use error_catalog::{body::Flat, doc};

use error_catalog_examples::catalogs::oz_integer;

use oz_integer::{OzError, Problem};

pub fn main() {
    print!("{}", doc::markdown::<OzError>());
    let samples = [
        OzError::Unknown,
        OzError::InvalidStructure(Some(Problem {
            description: "Missing payload.json".into(),
        })),
    ];
    println!("\nBodies as the seed shows them:");
    for error in &samples {
        println!(
            "{}",
            serde_json::to_string(&Flat::new(error)).expect("a body always serializes")
        );
    }
}
