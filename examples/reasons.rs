//! Errors as Google's AIP-193 describes them: a `reason` in
//! UPPER_SNAKE_CASE with no number, a `domain` shared by the whole
//! catalogue, and a canonical status name per reason. Its own data,
//! written for this example.
//!
//! ```sh
//! cargo run --example reasons
//! ```

use error_catalog::{doc, Catalog, CatalogError};

/// Library API
#[error_catalog::error_catalog(
    format = "{name}",
    meta(domain = "library.example.com", status = "FAILED_PRECONDITION")
)]
#[derive(Debug)]
pub enum LibraryError {
    #[error(
        http = 403,
        message = "The caller may not read shelf {shelf}",
        meta(status = "PERMISSION_DENIED")
    )]
    ShelfAccessDenied { shelf: String },
    #[error(
        http = 404,
        message = "Book {book} was not found",
        meta(status = "NOT_FOUND")
    )]
    BookNotFound { book: String },
    #[error(http = 400, message = "The book is checked out until {until}")]
    BookCheckedOut { until: String },
    #[error(
        http = 429,
        message = "The reader has borrowed too many books",
        meta(status = "RESOURCE_EXHAUSTED")
    )]
    BorrowQuotaExceeded,
    #[error(
        http = 503,
        message = "The catalogue is being reindexed",
        meta(status = "UNAVAILABLE")
    )]
    CatalogueUnavailable,
}

pub fn main() {
    print!("{}", doc::markdown::<LibraryError>());
    let error = LibraryError::BookNotFound {
        book: "shelves/7/books/42".into(),
    };
    let entry = error.entry();
    // What an ErrorInfo detail carries: reason, domain, and the status
    // name a gRPC or JSON transcoding layer sends.
    println!(
        "\nreason {} domain {} status {} ({}): {}",
        error.code_str(),
        entry.meta("domain").unwrap_or("-"),
        entry.meta("status").unwrap_or("-"),
        error.status().as_u16(),
        error.public_message()
    );
    assert!(LibraryError::lookup_str("BORROW_QUOTA_EXCEEDED").is_some());
}
