use error_catalog::body::Shape;

#[derive(serde::Serialize, Shape)]
pub struct Body {
    #[shape(code_str)]
    pub code: String,
    pub retry: bool,
}

fn main() {}
