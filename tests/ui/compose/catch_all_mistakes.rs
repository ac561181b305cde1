use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 2000, http = 500, transparent, message = "Internal error: {0}")]
    Internal(Box<dyn std::error::Error + Send + Sync>),
    #[error(code = 2001, http = 502, transparent)]
    Payments(#[source] std::io::Error),
    #[error(code = 2002, http = 503, transparent, from = [std::fmt::Error])]
    Search(std::io::Error),
    #[error(code = 2003, http = 500, transparent)]
    Storage(std::io::Error, u32),
}

fn main() {}
