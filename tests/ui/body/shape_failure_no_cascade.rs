//! A derived shape with a mistake: the derive's error is the only one, not
//! also one at each use of the shape (a catalogue's `body = ...`, `Shaped`,
//! a shape that nests it).
use error_catalog::body::{Shape, Shaped};
use error_catalog::error_catalog;

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Fault {
    #[shape(cod_str)]
    id: String,
    #[shape(message)]
    text: String,
}

#[derive(serde::Serialize, serde::Deserialize, Shape)]
struct Envelope {
    fault: Fault,
}

#[error_catalog(prefix = "SHOP", body = Fault)]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

fn main() {
    let _ = serde_json::to_string(&Shaped::<Fault, _>::new(ShopError::NoSuchOrder));
    let _ = serde_json::to_string(&Shaped::<Envelope, _>::new(ShopError::NoSuchOrder));
}
