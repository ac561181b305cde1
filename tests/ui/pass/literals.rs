//! Raw strings, the largest code, escaped braces.
use error_catalog::{error_catalog, Catalog as _, CatalogError as _};

#[error_catalog(range = 4294967290..=4294967295)]
#[derive(Debug)]
pub enum Edge {
    #[error(
        code = 4294967295,
        http = 400,
        message = r#"He said "{0}" {{literally}}"#
    )]
    Quoted(String),
    #[error(code = 4294967290, http = 599, message = r"C:\path")]
    Path,
}

fn main() {
    assert_eq!(
        Edge::Quoted("hi".into()).message(),
        r#"He said "hi" {literally}"#
    );
    assert_eq!(Edge::Path.message(), r"C:\path");
    assert_eq!(Edge::lookup(u32::MAX).unwrap().code_str(), "4294967295");
    assert_eq!(Edge::Path.status().as_u16(), 599);
}
