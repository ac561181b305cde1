use error_catalog::error_catalog;

// `de_CH.ftl` and `Deutsch (Schweiz).ftl`: a file is named by its locale's BCP 47
// tag, and so is the default locale.
#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/tag")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

#[error_catalog(prefix = "CART", locales = "../../../../tests/ui/locale/files/default_tag", default_locale = "en_GB")]
#[derive(Debug)]
pub enum CartError {
    #[error(code = 1, http = 404, message = "No such cart")]
    NoSuchCart,
}

fn main() {}
