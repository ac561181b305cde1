//! The `errors` part on what is not a `Vec`, and `pointer` on a field that
//! is not an `Option`.
use error_catalog::body::Shape;

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Item {
    #[shape(code_str)]
    code: String,
    #[shape(pointer)]
    pointer: String,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Fixed {
    #[shape(errors)]
    errors: [Item; 2],
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct One {
    #[shape(errors)]
    error: Item,
}

fn main() {}
