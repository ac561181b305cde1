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

// In a catalogue whose own codes have no numbers, whether `code()` may be
// called depends on the wrapped catalogues' numbers, worked out in the
// enum's impls: rustc says it a second time there, at the attribute.
#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
    #[error(transparent)]
    Parse(std::num::ParseIntError),
}

fn main() {}
