// `shares_code` written on the first of two variants that share a code
// string: the message says to move it to the later one, naming it.
use error_catalog::error_catalog;

#[error_catalog(prefix = "STORAGE", format = "{name}", rename_all = "PascalCase")]
#[derive(Debug)]
pub enum StorageError {
    #[error(code = 1, http = 404, message = "The container was not found", shares_code)]
    ContainerNotFound,
    #[error(code = 2, http = 409, message = "The container is being deleted", name = "ContainerNotFound")]
    ContainerBeingDeleted,
}

fn main() {}
