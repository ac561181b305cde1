// A retired code string the catalogue cannot produce retires nothing: a
// number in quotes in a numbered catalogue, or a string of another shape.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 1000..=1999, retired = ["1005", "SHOP_1006", "SHOP-1007"])]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
}

#[error_catalog(rename_all = "snake_case", retired = ["card_expired", "Card Expired"])]
#[derive(Debug)]
pub enum PaymentError {
    #[error(http = 402, message = "The card was declined")]
    CardDeclined,
}

fn main() {}
