//! Seed 000: bare six-digit codes in five categories.
//!
//! ```sh
//! cargo run --example nanostream
//! ```

use error_catalog_examples::catalogs::nanostream;

pub fn main() {
    print!("{}", nanostream::page().markdown());
}
