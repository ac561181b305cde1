use error_catalog::error_catalog;

#[error_catalog(prefix = "DB", range = 1..=99)]
#[derive(Debug)]
pub enum DbError {
    #[error(code = 1, http = 503, message = "Database unavailable")]
    Unavailable(#[from] std::io::Error),
}

#[error_catalog(prefix = "DB")]
#[derive(Debug)]
pub enum ServiceError {
    #[error(transparent, from = [std::io::Error, std::fmt::Error])]
    Db(DbError),
}

fn main() {}
