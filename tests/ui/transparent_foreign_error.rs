// A foreign error the macro cannot tell from a catalogue by its name: rustc
// judges the bound, and every error it reports says what to do.
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
