//! Compile-time checks: every file in `tests/ui/` must fail to compile with
//! exactly the reviewed error in the `.stderr` beside it.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
