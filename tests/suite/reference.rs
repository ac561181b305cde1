//! The attribute reference is written once (`catalog/src/attributes.md`):
//! the macro's rustdoc includes it, and the README must hold it verbatim.

const REFERENCE: &str = include_str!("../../catalog/src/attributes.md");
const README: &str = include_str!("../../README.md");

#[test]
fn the_readme_holds_the_reference_verbatim() {
    assert!(
        README.contains(REFERENCE),
        "README.md's attribute reference differs from catalog/src/attributes.md: copy the file into the section"
    );
}
