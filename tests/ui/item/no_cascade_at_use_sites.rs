use error_catalog::error_catalog;

use error_catalog::{Catalog, CatalogError as _};

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "Not found")]
    NotFound,
    #[error(code = 1000, http = 500, message = "I/O failed")]
    Io(#[from] std::io::Error),
}

fn read() -> Result<(), MetricsError> {
    Err(std::io::Error::other("boom"))?;
    Ok(())
}

fn main() {
    let error = read().unwrap_err();
    println!("{} {} {error}", error.code_str(), error.status());
    let _ = MetricsError::lookup(1000);
    let _: Box<dyn std::error::Error> = Box::new(MetricsError::NotFound);
}
