use error_catalog::error_catalog;

#[error_catalog(prefix = "BLOB", rename_all = "PascalCase", format = "{name}")]
#[derive(Debug)]
pub enum BlobError {
    #[error(code = 1, http = 404, message = "The blob was not found", non_error_status)]
    BlobNotFound,
    #[error(code = 2, http = 409, message = "The lease is already present", shares_code)]
    LeaseAlreadyPresent,
}

fn main() {}
