#[derive(Debug)]
pub enum Plain {
    Missing,
}

error_catalog::responses! {
    /// A set of an enum that is not a catalogue.
    pub struct Errors = Plain { Missing };
}

fn main() {}
