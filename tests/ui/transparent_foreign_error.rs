// A foreign error the macro cannot tell from a catalogue by its name: rustc
// judges the bound, once, on the field, with what to do; none of the
// expansion's many uses of the type adds an error of its own.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 1000..=1999)]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent)]
    Parse(std::num::ParseIntError),
}

fn main() {}
