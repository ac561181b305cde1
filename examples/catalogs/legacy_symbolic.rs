//! Seed 001: the same API's older symbolic codes, `E1001_ENDPOINT_NOT_FOUND`:
//! prefix `E`, the number, then the name, which `format` spells out. The 35
//! rows are those of the seed page (`tests/seeds/001_legacy_symbolic.txt`),
//! three of which the page itself runs into one broken table row.

// The example renders the catalogue; a service would also construct it.
#![allow(dead_code)]
// Variant names spell the seed's error names (`AI_SERVICE_ERROR` in the
// "AI Service" category), whatever clippy thinks of their repetition.
#![allow(clippy::enum_variant_names)]

use error_catalog::error_catalog;

/// Error Codes
#[error_catalog(prefix = "E", format = "{prefix}{code}_{name}", range = 1001..=6999)]
#[derive(Debug)]
pub enum LegacyError {
    #[error(
        code = 1001,
        http = 404,
        message = "The requested URL was not found on this server"
    )]
    EndpointNotFound,
    #[error(code = 1002, http = 400, message = "Parameter is required")]
    ParamRequired,
    #[error(code = 1003, http = 400, message = "Wrong data type")]
    WrongDataType,
    #[error(code = 1004, http = 400, message = "Invalid value")]
    InvalidValue,
    #[error(code = 1005, http = 400, message = "Too many parameters")]
    TooManyParams,
    #[error(
        code = 1006,
        http = 400,
        message = "Error while JSON/URL request body parsing"
    )]
    InvalidReqBody,
    #[error(
        code = 1007,
        http = 422,
        message = "The request body has missing properties"
    )]
    MissingPropsReqBody,
    #[error(
        code = 1008,
        http = 403,
        message = "Found issues with the request body"
    )]
    GeneralReqBodyIssues,
    #[error(code = 1009, http = 403, message = "The given header is invalid")]
    InvalidHeader,
    #[error(code = 2001, http = 404, message = "User not found")]
    UserNotFound,
    #[error(code = 2002, http = 401, message = "Invalid user credentials")]
    InvalidUserCredentials,
    #[error(code = 2011, http = 404, message = "Organization not found")]
    OrgaNotFound,
    #[error(code = 2012, http = 403, message = "Organization is not enabled")]
    OrgaIsNotEnabled,
    #[error(code = 2021, http = 404, message = "API key not found or invalid")]
    ApiKeyNotFound,
    #[error(code = 3001, http = 404, message = "Stream not found")]
    StreamNotFound,
    #[error(code = 3002, http = 404, message = "Tag not found")]
    TagNotFound,
    #[error(code = 3003, http = 404, message = "Country/region not found")]
    CountryNotFound,
    #[error(code = 4001, http = 500, message = "DefaultErrorMsg")]
    InternalError,
    #[error(
        code = 4002,
        http = 404,
        message = "The intersection of multiple sets of streams, which are tagged with the respective tag, has resulted in an empty set of streams. Please use less or other tags for filtering."
    )]
    TagStreamIntersectionIssue,
    #[error(code = 4011, http = 500, message = "DefaultErrorMsg")]
    RedisGeneralIssue,
    #[error(code = 4012, http = 500, message = "DefaultErrorMsg")]
    RedisKeyIssue,
    #[error(code = 5001, http = 500, message = "Data request ran into timeout")]
    EsTimeout,
    #[error(code = 5002, http = 500, message = "DefaultErrorMsg")]
    EsGeneralIssue,
    #[error(code = 5003, http = 500, message = "DefaultErrorMsg")]
    EsShardError,
    #[error(code = 5010, http = 500, message = "DefaultErrorMsg")]
    AuxError,
    #[error(code = 5011, http = 500, message = "DefaultErrorMsg")]
    AuxHttpError,
    #[error(code = 5020, http = 500, message = "DefaultErrorMsg")]
    BintuError,
    #[error(code = 5021, http = 500, message = "DefaultErrorMsg")]
    BintuHttpError,
    #[error(code = 5030, http = 500, message = "DefaultErrorMsg")]
    CtsError,
    #[error(code = 5031, http = 500, message = "DefaultErrorMsg")]
    CtsHttpError,
    #[error(code = 6001, http = 403, message = "Access denied")]
    AccessDenied,
    #[error(
        code = 6002,
        http = 403,
        message = "Access denied: User access level is too low"
    )]
    AccessLvlTooLow,
    #[error(
        code = 6003,
        http = 403,
        message = "Access denied: Only FE requests are allowed"
    )]
    AccessForFeOnly,
    #[error(code = 6011, http = 401, message = "Invalid JWT token")]
    JwtError,
    #[error(
        code = 6012,
        http = 401,
        message = "JWT token has not been set for the request. Please add to the request header field 'x-access-token' your JWT token."
    )]
    JwtMissing,
}
