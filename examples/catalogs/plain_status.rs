//! Seed 003: an API that names its errors by HTTP status alone and answers
//! with `{"error": "..."}`, the `Plain` body: the message, nothing else.
//! The page numbers no codes, so each code here is the status followed by
//! two digits (`40001`); no body shows it.

// The example renders the catalogue; a service would also construct it.
#![allow(dead_code)]
// Variant names spell the seed's error names (`AI_SERVICE_ERROR` in the
// "AI Service" category), whatever clippy thinks of their repetition.
#![allow(clippy::enum_variant_names)]

use error_catalog::error_catalog;

/// Response Codes and Error Handling
#[error_catalog(range = 40000..=59999)]
#[derive(Debug)]
pub enum ApiError {
    /// The request was malformed or failed validation (e.g., missing required fields, invalid parameter format, etc.).
    #[error(code = 40000, http = 400)]
    BadRequest,
    #[error(
        code = 40001,
        http = 400,
        message = "Invalid '{param}' timestamp: Invalid timestamp or format: {value}, valid formats are ISO8601 or YYYY-MM-DD"
    )]
    InvalidTimestamp { param: String, value: String },
    /// Authentication failed – either the Authorization header is missing, or the Bearer token is invalid or expired.
    #[error(code = 40100, http = 401)]
    Unauthorized,
    /// The user is authorized, but does not have permissions to access to the requested content.
    #[error(code = 40300, http = 403)]
    Forbidden,
    #[error(
        code = 40400,
        http = 404,
        message = "The requested resource does not exist. This could mean the endpoint is incorrect or the query is incorrect {{domain}}/{{expression}}"
    )]
    NotFound,
    /// The server cannot produce a response matching the list of acceptable values defined in the request's headers (e.g., Accept header).
    #[error(code = 40600, http = 406)]
    NotAcceptable,
    /// Some endpoints expect a Content-Type header, see the API endpoints documentation for details.
    #[error(code = 41500, http = 415)]
    UnsupportedMediaType,
    /// The user has sent too many requests in a given amount of time. Retry requests at a later time. This is configurable, contact your administrator.
    #[error(code = 42900, http = 429)]
    TooManyRequests,
    /// Internal server error. Please retry your request or contact support if the problem persists.
    #[error(code = 50000, http = 500)]
    InternalServerError,
    /// The service is temporarily unavailable. Please retry your request after a short delay or contact support if the problem persists.
    #[error(code = 50300, http = 503)]
    ServiceUnavailable,
}
