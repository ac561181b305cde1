//! The body shapes, to be counted, not timed: `benches/instructions.sh`
//! runs this under valgrind and compares the instructions each body costs
//! against a hand-written `#[derive(Serialize)]` struct of the same bytes.
//! The argument says which to write: `<shape>_hand` or `<shape>_macro` for
//! `json_api`, `google`, `microsoft` and `derived`, or `none` (the loop and
//! the call alone, subtracted from the others).

#![allow(dead_code)]

use std::hint::black_box;

use error_catalog::body::{Google, JsonApi, Microsoft, Shaped};
use error_catalog::CatalogError;

include!(concat!(env!("OUT_DIR"), "/bench_macro.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_hand.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_all.rs"));

#[path = "common/shapes_hand.rs"]
mod shapes_hand;

use shapes_hand::{hand_derived, hand_google, hand_json_api, hand_microsoft, Derived};

const ROUNDS: usize = 20_000;

/// One body written into a buffer, whatever its type, through the same
/// `dyn` call for every mode.
trait Body {
    fn write(&self, buffer: &mut Vec<u8>);
}

impl<T: serde::Serialize> Body for T {
    fn write(&self, buffer: &mut Vec<u8>) {
        serde_json::to_writer(buffer, self).expect("bodies serialize");
    }
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let macro_error = ALL_MACRO
        .iter()
        .find(|error| error.code() == 1203)
        .expect("the seed has 1203");
    let hand_error = HandError::from_code(1203).expect("the seed has 1203");
    let mut buffer = Vec::with_capacity(512);
    let mut written = 0usize;
    for _ in 0..ROUNDS {
        let body: &dyn Body = match which.as_str() {
            "json_api_hand" => &hand_json_api(black_box(&hand_error)),
            "json_api_macro" => &JsonApi::new(black_box(macro_error)),
            "google_hand" => &hand_google(black_box(&hand_error)),
            "google_macro" => &Google::new(black_box(macro_error)),
            "microsoft_hand" => &hand_microsoft(black_box(&hand_error)),
            "microsoft_macro" => &Microsoft::new(black_box(macro_error)),
            "derived_hand" => &hand_derived(black_box(&hand_error)),
            "derived_macro" => &Shaped::<Derived, _>::new(black_box(macro_error)),
            _ => &(),
        };
        buffer.clear();
        body.write(&mut buffer);
        written += buffer.len();
    }
    println!("{written}");
}
