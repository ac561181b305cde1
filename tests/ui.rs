//! Compile-time behaviour: every file in `tests/ui/` must fail to compile
//! with exactly the reviewed error in the `.stderr` beside it, and every file
//! in `tests/ui/pass/` (hostile names, no prelude, shadowed std, renamed
//! crate, strict lints) must compile and run.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
