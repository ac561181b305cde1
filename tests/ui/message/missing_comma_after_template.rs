use error_catalog::error_catalog;

const LIMIT: u32 = 10;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No order {id}" resolution = "Check the id")]
    NoSuchOrder { id: u64 },
    #[error(code = 2, http = 429, message("{used} of {max} used", used = .used max = LIMIT))]
    OverQuota { used: u32 },
}

fn main() {}
