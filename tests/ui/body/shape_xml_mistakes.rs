//! XML layout keys on a shape sent as JSON, and a root that is no element
//! name or a declaration that is none.
use error_catalog::body::Shape;

#[derive(serde::Serialize, serde::Deserialize, Shape)]
#[shape(root = "Error", namespace = "urn:example")]
struct Json {
    #[shape(code_str)]
    code: String,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
#[shape(content_type = "application/xml", root = "1 Error", declaration = "xml 1.0")]
struct Xml {
    #[shape(code_str)]
    code: String,
}

fn main() {}
