// A service whose keys a category of another crate does not share: another
// case, no `domain` metadata, no pages. Each is reported at the variant
// that brings the category in, all at once.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 1000..=3999, meta(domain = "shop.example.com"),
                doc_url = "https://docs.example.com/errors#{code_str}")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent)]
    Orders(shop_orders::OrderError),
    #[error(transparent)]
    Archive(shop_orders::ArchiveError),
}

fn main() {}
