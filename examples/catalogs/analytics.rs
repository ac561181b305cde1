//! Seed 002: the Analytics Service's 52 error codes in 11 categories, one
//! enum per category, each with its own range of `ANALYTICS_` codes. Names,
//! statuses, descriptions and resolutions are exactly those of the seed page
//! (`tests/seeds/002_analytics.txt`); `tests/suite/seeds.rs` checks every row.

// The example renders the catalogue; a service would also construct it.
#![allow(dead_code)]
// Variant names spell the seed's error names (`AI_SERVICE_ERROR` in the
// "AI Service" category), whatever clippy thinks of their repetition.
#![allow(clippy::enum_variant_names)]

use error_catalog::body::Nested;
use error_catalog::doc::Page;
use error_catalog::error_catalog;

/// Metrics
#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(
        code = 1000,
        http = 404,
        message = "The requested metric was not found",
        resolution = "Verify the metric name and entity ID exist for this tenant"
    )]
    MetricNotFound,
    #[error(
        code = 1001,
        http = 400,
        message = "Invalid metric type specified",
        resolution = "Use a valid metric type: traffic, engagement, transactions, revenue"
    )]
    InvalidMetricType,
    #[error(
        code = 1002,
        http = 400,
        message = "Invalid time range specified",
        resolution = "Ensure startDate is before endDate and range does not exceed tier limits"
    )]
    InvalidTimeRange,
    #[error(
        code = 1003,
        http = 400,
        message = "The requested granularity is not supported for this time range",
        resolution = "Use a coarser granularity (hourly, daily, weekly, monthly) for longer ranges"
    )]
    GranularityNotSupported,
    #[error(
        code = 1004,
        http = 400,
        message = "Too many entities in comparison request",
        resolution = "Reduce the number of entities to compare (max 10)"
    )]
    ComparisonLimitExceeded,
}

/// Dashboard
#[error_catalog(prefix = "ANALYTICS", range = 1100..=1199)]
#[derive(Debug)]
pub enum DashboardError {
    #[error(
        code = 1100,
        http = 404,
        message = "The requested dashboard was not found",
        resolution = "Verify the dashboard ID exists for this tenant"
    )]
    DashboardNotFound,
    #[error(
        code = 1101,
        http = 409,
        message = "A dashboard with this name already exists",
        resolution = "Use a different name or update the existing dashboard"
    )]
    DashboardAlreadyExists,
    #[error(
        code = 1102,
        http = 400,
        message = "Maximum number of tiles per dashboard exceeded",
        resolution = "Remove existing tiles before adding new ones (max 20 per dashboard)"
    )]
    DashboardTileLimit,
    #[error(
        code = 1103,
        http = 400,
        message = "Invalid tile configuration",
        resolution = "Check tile type, data source, and visualization settings"
    )]
    InvalidTileConfig,
    #[error(
        code = 1104,
        http = 423,
        message = "Dashboard is currently locked for editing",
        resolution = "Wait for the lock to be released or contact the lock holder"
    )]
    DashboardLocked,
}

/// Forecast
#[error_catalog(prefix = "ANALYTICS", range = 1200..=1299)]
#[derive(Debug)]
pub enum ForecastError {
    #[error(
        code = 1200,
        http = 404,
        message = "The requested forecast was not found",
        resolution = "Verify the forecast ID or generate a new forecast"
    )]
    ForecastNotFound,
    #[error(
        code = 1201,
        http = 500,
        message = "Failed to generate forecast",
        resolution = "Retry; the ML model may be temporarily unavailable"
    )]
    ForecastGenerationFailed,
    #[error(
        code = 1202,
        http = 400,
        message = "Not enough historical data to generate a forecast",
        resolution = "Ensure at least 14 days of data exists for the entity"
    )]
    InsufficientData,
    #[error(
        code = 1203,
        http = 503,
        message = "The forecasting model is currently unavailable",
        resolution = "Retry with exponential backoff; model may be updating"
    )]
    ModelUnavailable,
    #[error(
        code = 1204,
        http = 410,
        message = "The forecast has expired and is no longer valid",
        resolution = "Generate a new forecast with current data"
    )]
    ForecastExpired,
}

/// Report
#[error_catalog(prefix = "ANALYTICS", range = 1300..=1399)]
#[derive(Debug)]
pub enum ReportError {
    #[error(
        code = 1300,
        http = 404,
        message = "The requested report was not found",
        resolution = "Verify the report ID exists for this tenant"
    )]
    ReportNotFound,
    #[error(
        code = 1301,
        http = 500,
        message = "Failed to generate the report",
        resolution = "Retry; check report parameters and data availability"
    )]
    ReportGenerationFailed,
    #[error(
        code = 1302,
        http = 400,
        message = "Invalid export format specified",
        resolution = "Use a supported format: csv, xlsx, pdf, json"
    )]
    InvalidFormat,
    #[error(
        code = 1303,
        http = 413,
        message = "Export file size exceeds the allowed limit",
        resolution = "Narrow the date range or reduce the number of entities"
    )]
    ExportSizeLimit,
    #[error(
        code = 1304,
        http = 409,
        message = "A scheduled report with this schedule already exists",
        resolution = "Use a different schedule or update the existing one"
    )]
    ScheduleConflict,
}

/// Authentication
#[error_catalog(prefix = "ANALYTICS", range = 1400..=1499)]
#[derive(Debug)]
pub enum AuthError {
    #[error(
        code = 1400,
        http = 401,
        message = "Authentication required",
        resolution = "Provide a valid JWT token in Authorization header"
    )]
    Unauthorized,
    #[error(
        code = 1401,
        http = 403,
        message = "Insufficient permissions",
        resolution = "Request required role from admin"
    )]
    Forbidden,
    #[error(
        code = 1402,
        http = 401,
        message = "Invalid or expired authentication token",
        resolution = "Obtain a fresh JWT token"
    )]
    InvalidToken,
    #[error(
        code = 1403,
        http = 403,
        message = "Required permissions are missing",
        resolution = "Request the necessary permissions from admin"
    )]
    MissingPermissions,
}

/// Validation
#[error_catalog(prefix = "ANALYTICS", range = 1500..=1599)]
#[derive(Debug)]
pub enum ValidationError {
    #[error(
        code = 1500,
        http = 400,
        message = "Request validation failed",
        resolution = "Check request body against API docs"
    )]
    ValidationFailed,
    #[error(
        code = 1501,
        http = 400,
        message = "Invalid input provided",
        resolution = "Review field constraints (type, min/max, pattern)"
    )]
    InvalidInput,
    #[error(
        code = 1502,
        http = 400,
        message = "Required field is missing",
        resolution = "Add the required field to the request body"
    )]
    MissingRequiredField,
    #[error(
        code = 1503,
        http = 400,
        message = "Invalid date range specified",
        resolution = "Ensure startDate is before endDate and both are valid ISO 8601 dates"
    )]
    InvalidDateRange,
    #[error(
        code = 1504,
        http = 400,
        message = "Invalid entity type specified",
        resolution = "Use a valid entity type: event, venue, destination, artist, campaign"
    )]
    InvalidEntityType,
}

/// AI Service
#[error_catalog(prefix = "ANALYTICS", range = 1600..=1699)]
#[derive(Debug)]
pub enum AiServiceError {
    #[error(
        code = 1600,
        http = 502,
        message = "AI service encountered an error",
        resolution = "Retry; AI service may be temporarily unavailable"
    )]
    AiServiceError,
    #[error(
        code = 1601,
        http = 502,
        message = "Failed to generate AI insights",
        resolution = "Check AI credits and retry"
    )]
    InsightGenerationFailed,
    #[error(
        code = 1602,
        http = 502,
        message = "Failed to generate ML prediction",
        resolution = "Retry; ensure sufficient historical data exists"
    )]
    PredictionFailed,
    #[error(
        code = 1603,
        http = 402,
        message = "Insufficient AI credits to perform this operation",
        resolution = "Purchase additional AI credits or use non-AI features"
    )]
    InsufficientAiCredits,
    #[error(
        code = 1604,
        http = 504,
        message = "ML model request timed out",
        resolution = "Retry with a simpler request or smaller dataset"
    )]
    ModelTimeout,
}

/// Quota & Rate Limiting
#[error_catalog(prefix = "ANALYTICS", range = 1700..=1799)]
#[derive(Debug)]
pub enum QuotaError {
    #[error(
        code = 1700,
        http = 429,
        message = "Quota limit exceeded for this operation",
        resolution = "Upgrade subscription tier or wait for quota reset"
    )]
    QuotaExceeded,
    #[error(
        code = 1701,
        http = 429,
        message = "Rate limit exceeded",
        resolution = "Wait and retry after the rate limit window resets"
    )]
    RateLimitExceeded,
    #[error(
        code = 1702,
        http = 402,
        message = "This feature requires a higher subscription tier",
        resolution = "Upgrade your subscription to unlock this feature"
    )]
    TierFeatureLocked,
    #[error(
        code = 1703,
        http = 402,
        message = "Insufficient credits to perform this operation",
        resolution = "Purchase additional credits or use basic features"
    )]
    InsufficientCredits,
}

/// External Service
#[error_catalog(prefix = "ANALYTICS", range = 1800..=1899)]
#[derive(Debug)]
pub enum ExternalServiceError {
    #[error(
        code = 1800,
        http = 502,
        message = "External service error",
        resolution = "Retry; the downstream service may be temporarily unavailable"
    )]
    ExternalServiceError,
    #[error(
        code = 1801,
        http = 502,
        message = "AI Brain service unavailable",
        resolution = "Retry; aibrain-svc may be restarting on ECS Fargate"
    )]
    AibrainServiceError,
    #[error(
        code = 1802,
        http = 502,
        message = "Wallet service unavailable",
        resolution = "Retry; wallet-svc may be temporarily unavailable"
    )]
    WalletServiceError,
    #[error(
        code = 1803,
        http = 502,
        message = "Failed to publish event to Kafka",
        resolution = "Retry; Amazon MSK may be temporarily unavailable"
    )]
    KafkaPublishFailed,
    #[error(
        code = 1804,
        http = 502,
        message = "Cache operation failed",
        resolution = "Retry; ElastiCache Redis may be temporarily unavailable"
    )]
    CacheError,
}

/// Database
#[error_catalog(prefix = "ANALYTICS", range = 1900..=1999)]
#[derive(Debug)]
pub enum DatabaseError {
    #[error(
        code = 1900,
        http = 500,
        message = "Database operation failed",
        resolution = "Retry; Aurora Serverless may be scaling up"
    )]
    DatabaseError,
    #[error(
        code = 1901,
        http = 500,
        message = "Database transaction failed",
        resolution = "Retry the operation"
    )]
    TransactionFailed,
    #[error(
        code = 1902,
        http = 409,
        message = "Database constraint violation",
        resolution = "Check for unique constraint conflicts"
    )]
    ConstraintViolation,
    #[error(
        code = 1903,
        http = 504,
        message = "Database query timed out",
        resolution = "Reduce query complexity or narrow the date range"
    )]
    QueryTimeout,
    #[error(
        code = 1904,
        http = 500,
        message = "Table partition operation failed",
        resolution = "Retry; partition maintenance may be in progress"
    )]
    PartitionError,
}

/// General
#[error_catalog(prefix = "ANALYTICS", range = 2000..=2099)]
#[derive(Debug)]
pub enum GeneralError {
    #[error(
        code = 2000,
        http = 500,
        message = "Internal server error",
        resolution = "Retry; if persistent, contact support with request_id"
    )]
    InternalServerError,
    #[error(
        code = 2001,
        http = 503,
        message = "Service temporarily unavailable",
        resolution = "Retry with exponential backoff"
    )]
    ServiceUnavailable,
    #[error(
        code = 2002,
        http = 504,
        message = "Request timeout",
        resolution = "Reduce request complexity or retry"
    )]
    Timeout,
    #[error(
        code = 2003,
        http = 503,
        message = "Service failed to bootstrap",
        resolution = "Wait for service restart; check CloudWatch logs"
    )]
    BootstrapFailed,
}
/// The Analytics Service: every category above as one catalogue. Its
/// `ENTRIES` are the 52 codes merged at compile time; a clash between two
/// categories would not compile.
#[error_catalog(prefix = "ANALYTICS", range = 1000..=2099)]
#[derive(Debug)]
pub enum AnalyticsError {
    #[error(transparent)]
    Metrics(MetricsError),
    #[error(transparent)]
    Dashboard(DashboardError),
    #[error(transparent)]
    Forecast(ForecastError),
    #[error(transparent)]
    Report(ReportError),
    #[error(transparent)]
    Auth(AuthError),
    #[error(transparent)]
    Validation(ValidationError),
    #[error(transparent)]
    AiService(AiServiceError),
    #[error(transparent)]
    Quota(QuotaError),
    #[error(transparent)]
    ExternalService(ExternalServiceError),
    #[error(transparent)]
    Database(DatabaseError),
    #[error(transparent)]
    General(GeneralError),
}

/// The whole catalogue as one documentation page: one section per category
/// of `AnalyticsError`, in the order its variants declare them (the seed's).
pub fn page() -> Page {
    Page::new("Error Codes")
        .service("the Analytics Service")
        .catalog::<AnalyticsError>()
        // The body its responses send, written from the first code.
        .shape::<Nested<AnalyticsError>>()
}
