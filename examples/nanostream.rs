//! Seed 000: bare six-digit codes in five categories.
//!
//! ```sh
//! cargo run --example nanostream
//! ```

#[path = "catalogs/nanostream.rs"]
mod nanostream;

pub fn main() {
    print!("{}", nanostream::page().markdown());
}
