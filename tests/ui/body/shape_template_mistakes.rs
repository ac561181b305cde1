//! A `template` part naming what no part is, a spec where none is taken,
//! and a template that does not parse.
use error_catalog::body::Shape;

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Traced {
    #[shape(template = "{message} ({request})")]
    first: String,
    #[shape(template = "{message:7}")]
    second: String,
    #[shape(template = "{message")]
    third: String,
}

fn main() {}
