//! Compile-time behaviour: every file in a topic folder of `tests/ui/`
//! (`item`, `catalog`, `variant`, `message`, `fields`, `unique`, `compose`,
//! `without_numbers`, `body`, `locale`) must fail to compile with exactly the reviewed
//! error in the `.stderr` beside it.
//!
//! The cases that must compile and run (`tests/ui/pass/`: hostile names, no
//! prelude, shadowed std, renamed crate, strict lints) are test targets of
//! this package, each a crate of its own (`Cargo.toml`). Without them,
//! trybuild checks every compile-fail case in one `cargo check`, on both
//! cores, against dependencies it only type-checks, instead of building
//! each case and its dependencies' code one after the other.

/// The topic folders, each of compile-fail cases only.
const TOPICS: [&str; 10] = [
    "item",
    "catalog",
    "variant",
    "message",
    "fields",
    "unique",
    "compose",
    "without_numbers",
    "body",
    "locale",
];

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    for topic in TOPICS {
        cases.compile_fail(format!("tests/ui/{topic}/*.rs"));
    }
}
