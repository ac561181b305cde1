use error_catalog::error_catalog;

#[error_catalog(prefix = "STORE")]
#[derive(Debug)]
pub enum StoreError {
    #[error(code = 1, http = 500, message = "Read failed")]
    Read(#[from] std::io::Error),
    #[error(code = 2, http = 500, message = "Flush failed")]
    Flush(#[from] Option<std::io::Error>),
}

fn main() {}
