//! The body shapes, to be counted, not timed: `benches/instructions.sh`
//! runs this under valgrind and compares the instructions each body costs
//! against a hand-written `#[derive(Serialize)]` struct of the same bytes.
//! The argument says which to write: `<shape>_hand` or `<shape>_macro` for
//! `json_api`, `google`, `microsoft`, `derived` and `batch` (a lead and
//! eight items in the nested shape's form, against a hand-written struct
//! holding a `Vec` of them), or `none` (the loop and the call alone,
//! subtracted from the others).

#![allow(dead_code)]

use std::hint::black_box;

use error_catalog::body::{Batch, Google, JsonApi, Microsoft, Nested, Shape, Shaped};
use error_catalog::CatalogError;

include!(concat!(env!("OUT_DIR"), "/bench_macro.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_hand.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_all.rs"));

#[path = "common/shapes_hand.rs"]
mod shapes_hand;

use shapes_hand::{
    hand_batch, hand_derived, hand_google, hand_json_api, hand_microsoft, Derived, POINTERS,
};

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
    // Built once, outside the loop: what is counted is the writing.
    let items: Vec<&MacroError> = ALL_MACRO.iter().take(POINTERS.len()).collect();
    let mut batch = Batch::new(macro_error);
    for (error, pointer) in items.iter().zip(POINTERS) {
        batch.push_at(pointer, *error);
    }
    let hand_items: Vec<HandError> = items
        .iter()
        .map(|error| HandError::from_code(error.code()).expect("the same seed"))
        .collect();
    let hand_batch = hand_batch(&hand_error, &hand_items);
    let our_batch = BatchBody(&batch);
    assert_eq!(
        serde_json::to_string(&our_batch).unwrap(),
        serde_json::to_string(&hand_batch).unwrap(),
        "both write the same bytes"
    );
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
            "batch_hand" => black_box(&hand_batch),
            "batch_macro" => black_box(&our_batch),
            _ => &(),
        };
        buffer.clear();
        body.write(&mut buffer);
        written += buffer.len();
    }
    println!("{written}");
}

/// A batch in the nested shape's form.
struct BatchBody<'a, E>(&'a Batch<E>);

impl<E: CatalogError + error_catalog::body::Details> serde::Serialize for BatchBody<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Nested::<()>::serialize_batch(self.0, serializer)
    }
}
