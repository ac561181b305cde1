//! Seed 000: nanoStream's Analytics API, with bare six-digit codes
//! (`101001`) grouped by thousands into five categories. Statuses and
//! descriptions are those of the seed page (`tests/seeds/000_nanostream.txt`);
//! the names, which the page does not give, are the ones the same API's older
//! symbolic codes use (seed 001: `101001` is `E1001_ENDPOINT_NOT_FOUND`).
//!
//! The page lists the processing errors as one family, `104.X.X.X`: not one
//! code but many server-side ones. Here the family is one public code,
//! `104000` (HTTP 500), and the dotted internal code rides in a field that
//! logs see (`Debug`) and bodies never do.

// The example renders the catalogue; a service would also construct it.
#![allow(dead_code)]
// Variant names spell the seed's error names (`AI_SERVICE_ERROR` in the
// "AI Service" category), whatever clippy thinks of their repetition.
#![allow(clippy::enum_variant_names)]

use error_catalog::doc::Page;
use error_catalog::error_catalog;

/// Request Configuration Errors
#[error_catalog(range = 101000..=101999)]
#[derive(Debug)]
pub enum RequestError {
    #[error(
        code = 101001,
        http = 404,
        message = r"The requested URL was not found on this server. This may happen if you are trying to access a wrong/unavailble URI endpoint. Please verify, that your request will be send to **metrics.nanocosmos.de/api/v2/\<path-of-your-desired-endpoint\>**."
    )]
    EndpointNotFound,
    #[error(
        code = 101002,
        http = 400,
        message = r"A parameter is required, but is missing in the request. The response body should contain more information about which parameter is missing."
    )]
    ParamRequired,
    #[error(
        code = 101003,
        http = 400,
        message = r"Your request contains a value with an unexpected data type. Make sure you define the correct data type (e.g. numbers with/without quotes)."
    )]
    WrongDataType,
    #[error(
        code = 101004,
        http = 400,
        message = r"1 or more parameters you sent, have not passed validation. This happens, if you try to filter for non-existing countries or faulty time range references."
    )]
    InvalidValue,
    #[error(
        code = 101005,
        http = 400,
        message = r"The route you are trying to access, does have a maximum limit of parameters. Some routes do have a limit for stream names or tags filter. Please refer to our [API documentation](https://metrics.nanocosmos.de/api/doc/v2/) to check if there are limitations to the used route."
    )]
    TooManyParams,
    #[error(
        code = 101006,
        http = 400,
        message = r"The request body contains invalid/unexpected data or follows an unknown/falsy structure scheme."
    )]
    InvalidReqBody,
    #[error(
        code = 101007,
        http = 422,
        message = r"The request body has missing properties. Check your request body content and compare it with the route requirements at our [API documentation](https://metrics.nanocosmos.de/api/doc/v2/)"
    )]
    MissingPropsReqBody,
    #[error(
        code = 101008,
        http = 403,
        message = r"Found issues within the request body. These can be referred to format issuse (e.g. stream names must be strings), issues with one or more stream names, that do not belong to your organization or issues regarding stream alert data access, while the stream was manually excluded from alert detection before."
    )]
    GeneralReqBodyIssues,
    #[error(
        code = 101009,
        http = 403,
        message = r"The given header is invalid and does follow our request scheme. Detailed info can be found in the response statement."
    )]
    InvalidHeader,
    #[error(
        code = 101010,
        http = 404,
        message = r"The intersection of multiple sets of streams, which are tagged with the respective tag, has resulted in an empty set of streams. Please use less or other tags for filtering."
    )]
    TagStreamIntersectionIssue,
}

/// Authentication Errors
#[error_catalog(range = 102000..=102999)]
#[derive(Debug)]
pub enum AuthError {
    #[error(
        code = 102001,
        http = 404,
        message = r"The used user account is not known to our systems."
    )]
    UserNotFound,
    #[error(
        code = 102002,
        http = 401,
        message = r"The provided email or/and password is/are incorrect."
    )]
    InvalidUserCredentials,
    #[error(
        code = 102011,
        http = 404,
        message = r"The used organization is not known to our systems."
    )]
    OrgaNotFound,
    #[error(
        code = 102012,
        http = 403,
        message = r"The used organization is not enabled. Please [contact us](https://www.nanocosmos.de/contact)! We will get in touch with you shortly."
    )]
    OrgaIsNotEnabled,
    #[error(
        code = 102021,
        http = 404,
        message = r"The provided API key is invalid or malformed."
    )]
    ApiKeyNotFound,
}

/// Filter Errors
#[error_catalog(range = 103000..=103999)]
#[derive(Debug)]
pub enum FilterError {
    #[error(
        code = 103001,
        http = 404,
        message = r"The provided stream name is not found on our servers. Please check for typos."
    )]
    StreamNotFound,
    #[error(
        code = 103002,
        http = 404,
        message = r"The given stream tag is not found on our servers. Please check for typos and varify if this tag actually exist, using the [bintu API](https://doc.pages.nanocosmos.de/bintuapi-docs/#operation/Tag%20Collection)."
    )]
    TagNotFound,
    #[error(
        code = 103003,
        http = 404,
        message = r"The provided country/region is not known on our servers. Please check for typos."
    )]
    CountryNotFound,
}

/// Processing Errors
#[error_catalog(range = 104000..=104999)]
#[derive(Debug)]
pub enum ProcessingError {
    #[error(
        code = 104000,
        http = 500,
        message = r"Something went wrong on our servers. Please try again later. If this issue persists, please do not hesitate to [contact our support team](https://www.nanocosmos.de/contact)"
    )]
    Internal {
        /// The dotted `104.X.X.X` code, for the logs only.
        internal_code: String,
    },
}

/// Accessability Errors
#[error_catalog(range = 105000..=105999)]
#[derive(Debug)]
pub enum AccessError {
    #[error(
        code = 105001,
        http = 403,
        message = r"You got no access to the content you requested."
    )]
    AccessDenied,
    #[error(
        code = 105002,
        http = 403,
        message = r"Access denied: The user access level is too low. Contact your system admin for more permissions."
    )]
    AccessLvlTooLow,
    #[error(
        code = 105003,
        http = 403,
        message = r"Access denied: This route does not support requests via API. Please consider using our [Analytics Dashboard](https://metrics.nanocosmos.de/api/doc/v2/) to access further utilities and details about your live streams and audience!"
    )]
    AccessForFeOnly,
    #[error(
        code = 105011,
        http = 401,
        message = r"The provided login token is invalid or malformed."
    )]
    JwtError,
    #[error(
        code = 105012,
        http = 401,
        message = r"JWT token has not been set for the request. Please add to the request header field 'x-access-token' your JWT token."
    )]
    JwtMissing,
}

/// The whole catalogue as one page.
pub fn page() -> Page {
    Page::new("Analytics API Error Codes")
        .service("the nanoStream Analytics API")
        .catalog::<RequestError>()
        .catalog::<AuthError>()
        .catalog::<FilterError>()
        .catalog::<ProcessingError>()
        .catalog::<AccessError>()
}
