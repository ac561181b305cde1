//! A derived shape whose field is a list without the `errors` part: a list
//! is no part of one error, and the message names the part that lists.
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
