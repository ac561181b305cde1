//! The trait defaults, for catalogues implemented by hand.

use error_catalog::{Catalog, Entry};

struct Hand;

static ENTRIES: [Entry; 2] = [
    Entry::__new(1, "H-1", "ONE", error_catalog::__status(404), "one", None),
    Entry::__new(
        2,
        "H-2",
        "TWO",
        error_catalog::__status(500),
        "two",
        Some("retry"),
    ),
];

impl Catalog for Hand {
    const ENTRIES: &'static [Entry] = &ENTRIES;
}

#[test]
fn default_lookups() {
    assert_eq!(Hand::lookup(2).map(Entry::name), Some("TWO"));
    assert_eq!(Hand::lookup(3), None);
    assert_eq!(Hand::lookup_str("H-1").map(Entry::code), Some(1));
    assert_eq!(Hand::lookup_str("H-3"), None);
    assert_eq!(Hand::lookup(2).and_then(Entry::resolution), Some("retry"));
}
