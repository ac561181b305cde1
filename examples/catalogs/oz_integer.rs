//! Seed 004: small integer codes `0..=14` and the `Flat` body
//! `{"error_code": 0, "error_message": "...", "details": null}`, whose
//! `details` carry what a variant marks `#[details]`. The page gives a
//! status for two codes only (`NOT_ALLOWED` is "usually" 405, `NOT_EXIST` the
//! "alternative of" 404); the others follow what each error is.

// The example renders the catalogue; a service would also construct it.
#![allow(dead_code)]
// Variant names spell the seed's error names (`AI_SERVICE_ERROR` in the
// "AI Service" category), whatever clippy thinks of their repetition.
#![allow(clippy::enum_variant_names)]

use error_catalog::error_catalog;
use serde::Serialize;

/// What a structure or value error found wrong, sent as `details`.
#[derive(Debug, Serialize)]
pub struct Problem {
    /// The seed's "Description" column, e.g. "Missing payload.json".
    pub description: String,
}

/// API Error Codes
#[error_catalog(range = 0..=14)]
#[derive(Debug)]
pub enum OzError {
    #[error(code = 0, http = 500, message = "Unknown server side error occurred")]
    Unknown,
    /// An unallowed method is called.
    #[error(code = 1, http = 405)]
    NotAllowed,
    /// The method is documented but is not realized by any temporary or permanent reason.
    #[error(code = 2, http = 501)]
    NotRealized,
    /// Incorrect structure of request. Some required fields missing or a format validation error occurred.
    #[error(code = 3, http = 400)]
    InvalidStructure(#[details] Option<Problem>),
    /// Incorrect value of the parameter inside request body or query.
    #[error(code = 4, http = 400)]
    InvalidValue(#[details] Option<Problem>),
    /// The invalid data type of the request parameter.
    #[error(code = 5, http = 400)]
    InvalidType,
    /// Access token not specified.
    #[error(code = 6, http = 401)]
    AuthNotProvided,
    /// The access token does not exist in the database.
    #[error(code = 7, http = 401)]
    AuthInvalid,
    /// Auth token is expired.
    #[error(code = 8, http = 401)]
    AuthExpired,
    /// Access denied for the current user.
    #[error(code = 9, http = 403)]
    AuthForbidden,
    /// The requested resource is not found.
    #[error(code = 10, http = 404)]
    NotExist,
    /// Error in the external information system.
    #[error(code = 11, http = 502)]
    ExternalService,
    /// Critical database error on the server host.
    #[error(code = 12, http = 500)]
    Database(#[source] std::io::Error),
    /// API didn't receive the container
    #[error(code = 13, http = 400)]
    NoDataContainer,
    /// The container appears to be affected by errors and can't be unpackaged.
    #[error(code = 14, http = 400)]
    ContainerDamaged,
}
