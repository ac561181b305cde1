//! A cloud storage API's catalogue: PascalCase codes with no number, one
//! code sent with two statuses, and a 304 declared on purpose. Its own
//! data, written for this example.
//!
//! ```sh
//! cargo run --example storage
//! ```

use error_catalog::{doc, Catalog, CatalogError};

/// Blob storage
#[error_catalog::error_catalog(rename_all = "PascalCase", format = "{name}")]
#[derive(Debug)]
pub enum StorageError {
    #[error(http = 409, message = "The specified container already exists")]
    ContainerAlreadyExists,
    #[error(http = 404, message = "The specified blob does not exist")]
    BlobNotFound,
    /// The condition specified using HTTP conditional headers is not met
    #[error(http = 412)]
    ConditionNotMet,
    /// The condition specified using HTTP conditional headers is not met
    ///
    /// Sent on reads (GET and HEAD) instead of 412: the blob has not
    /// changed since the version the client holds.
    #[error(http = 304, name = "ConditionNotMet", shares_code, non_error_status)]
    NotModified,
    #[error(http = 409, message = "There is already a lease present")]
    LeaseAlreadyPresent,
    #[error(
        http = 503,
        message = "The server is busy",
        resolution = "Retry with backoff"
    )]
    ServerBusy,
}

pub fn main() {
    print!("{}", doc::markdown::<StorageError>());
    let read = StorageError::NotModified;
    println!(
        "\nOn a read, {} is sent with {}; `lookup_str` finds its first row, status {}.",
        read.code_str(),
        read.status().as_u16(),
        StorageError::lookup_str("ConditionNotMet").map_or(0, |entry| entry.status().as_u16())
    );
}
