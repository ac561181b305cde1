//! A derived shape whose field is a list: a derived shape writes one
//! error, and a list of them is no part of it.
use error_catalog::body::Shape;

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Item {
    #[shape(code_str)]
    code: String,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Errors {
    errors: Vec<Item>,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Codes {
    #[shape(code_str)]
    codes: [String; 2],
}

fn main() {}
