use error_catalog::body::Shape;

#[derive(serde::Serialize, Shape)]
pub struct Body<'a, D, X> {
    #[shape(code)]
    pub code: &'a str,
    #[shape(resolution)]
    pub hint: &'a str,
    #[shape(details)]
    pub details: String,
    #[shape(message, status)]
    pub message: &'a str,
    pub extra: D,
    #[shape(public)]
    pub members: Option<D>,
    pub unused: Option<&'a X>,
}

#[derive(Shape)]
pub enum NotAStruct {
    A,
}

#[derive(Shape)]
#[shape(content = "application/json")]
pub struct Tuple(u16);



#[derive(serde::Serialize, Shape)]
pub struct Shared<D> {
    #[shape(details)]
    pub details: Option<D>,
    #[shape(public)]
    pub members: Option<D>,
}
fn main() {}
