//! The trait defaults, for catalogues implemented by hand.

use error_catalog::http::StatusCode;
use error_catalog::{Catalog, Entry};

struct Hand;

static ENTRIES: [Entry; 2] = [
    Entry::new(1, "H-1", "ONE", StatusCode::NOT_FOUND, "one"),
    Entry::new(2, "H-2", "TWO", StatusCode::INTERNAL_SERVER_ERROR, "two").with_resolution("retry"),
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
