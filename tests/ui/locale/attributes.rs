use error_catalog::error_catalog;

// `.hint` is no text of an entry; `SHOP_1` has no resolution; `SHOP_2`'s
// resolution has a placeholder, and it has no description.
#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/attributes")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
    #[error(code = 2, http = 404, message = "No customer {id}", resolution = "Search customers")]
    NoSuchCustomer { id: u32 },
}

fn main() {}
