//! Lookups by code string, and the `code_str` accessor, to be counted, not
//! timed: `benches/instructions.sh` runs this under valgrind and compares
//! the instructions each costs. The argument says which to run: `hand`,
//! `macro`, `macro_5000`, `code_str_hand`, `code_str_macro`,
//! `composed_hand`, `composed_macro`, or `none` (the loop alone, subtracted
//! from the others).

#![allow(dead_code)]

use std::hint::black_box;

use error_catalog::{Catalog, CatalogError};

include!(concat!(env!("OUT_DIR"), "/bench_macro.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_hand.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_all.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_symbolic.rs"));
include!(concat!(
    env!("OUT_DIR"),
    "/bench_generated_symbolic_5000.rs"
));

const ROUNDS: usize = 20_000;

/// The seed's catalogue as a category of a service: `code_str()` and
/// `status()` pass through the composed catalogue's `match`.
#[error_catalog::error_catalog(prefix = "ANALYTICS")]
#[derive(Debug, Clone, Copy)]
pub enum ComposedMacro {
    #[error(code = 1, http = 503, message = "The service is closed")]
    Closed,
    #[error(transparent)]
    Analytics(MacroError),
}

/// The same composition by hand: a `match` that delegates to the category.
#[derive(Debug, Clone, Copy)]
pub enum ComposedHand {
    Closed,
    Analytics(MacroError),
}

impl ComposedHand {
    fn code_str(&self) -> &'static str {
        match self {
            ComposedHand::Closed => "ANALYTICS_1",
            ComposedHand::Analytics(inner) => inner.code_str(),
        }
    }

    fn status(&self) -> error_catalog::http::StatusCode {
        match self {
            ComposedHand::Closed => error_catalog::http::StatusCode::SERVICE_UNAVAILABLE,
            ComposedHand::Analytics(inner) => inner.status(),
        }
    }
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let spread: Vec<&str> = GENERATED_SYMBOLIC_CODES
        .iter()
        .step_by(GENERATED_SYMBOLIC_CODES.len() / SYMBOLIC_CODES.len())
        .take(SYMBOLIC_CODES.len())
        .copied()
        .collect();
    let hand_errors: Vec<HandError> = ALL_MACRO
        .iter()
        .map(|error| HandError::from_code(error.code()).expect("the same codes"))
        .collect();
    let composed_macro: Vec<ComposedMacro> = ALL_MACRO
        .iter()
        .map(|&error| ComposedMacro::from(error))
        .collect();
    let composed_hand: Vec<ComposedHand> = ALL_MACRO
        .iter()
        .map(|&error| ComposedHand::Analytics(error))
        .collect();
    let mut found = 0usize;
    for _ in 0..ROUNDS {
        match which.as_str() {
            "code_str_hand" => {
                for error in black_box(&hand_errors) {
                    found = found.wrapping_add(error.code_str().as_ptr() as usize);
                }
            }
            "code_str_macro" => {
                for error in black_box(&ALL_MACRO) {
                    found = found.wrapping_add(error.code_str().as_ptr() as usize);
                }
            }
            "composed_hand" => {
                for error in black_box(&composed_hand) {
                    found = found.wrapping_add(error.code_str().as_ptr() as usize);
                    found = found.wrapping_add(usize::from(error.status().as_u16()));
                }
            }
            "composed_macro" => {
                for error in black_box(&composed_macro) {
                    found = found.wrapping_add(error.code_str().as_ptr() as usize);
                    found = found.wrapping_add(usize::from(error.status().as_u16()));
                }
            }
            "hand" => {
                for code in black_box(SYMBOLIC_CODES) {
                    found += usize::from(SymbolicHand::from_code_str(code).is_some());
                }
            }
            "macro" => {
                for code in black_box(SYMBOLIC_CODES) {
                    found += usize::from(SymbolicError::lookup_str(code).is_some());
                }
            }
            "macro_5000" => {
                for code in black_box(&spread) {
                    found += usize::from(GeneratedSymbolic5000::lookup_str(code).is_some());
                }
            }
            _ => {
                for code in black_box(SYMBOLIC_CODES) {
                    found += usize::from(!black_box(code).is_empty());
                }
            }
        }
    }
    println!("{found}");
}
