use core::fmt;

use http::StatusCode;

/// The static description of one error code: one row of the catalogue.
///
/// Entries are built by [`#[error_catalog]`](crate::error_catalog) at compile
/// time and live in a `static`; every accessor is a plain field read.
///
/// ```
/// use error_catalog::{error_catalog, Catalog};
///
/// #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
/// #[derive(Debug)]
/// pub enum MetricsError {
///     #[error(code = 1000, http = 404, message = "The requested metric was not found",
///             resolution = "Verify the metric name and entity ID exist for this tenant")]
///     MetricNotFound,
/// }
///
/// let entry = MetricsError::lookup(1000).unwrap();
/// assert_eq!(entry.code(), 1000);
/// assert_eq!(entry.code_str(), "ANALYTICS_1000");
/// assert_eq!(entry.name(), "METRIC_NOT_FOUND");
/// assert_eq!(entry.status().as_u16(), 404);
/// assert_eq!(entry.message(), "The requested metric was not found");
/// assert_eq!(entry.resolution(), Some("Verify the metric name and entity ID exist for this tenant"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    code: u32,
    code_str: &'static str,
    name: &'static str,
    status: StatusCode,
    message: &'static str,
    resolution: Option<&'static str>,
}

impl Entry {
    /// Builds an entry. Called by the generated code only: the macro has
    /// already checked every value, which is why nothing is checked here.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        code: u32,
        code_str: &'static str,
        name: &'static str,
        status: StatusCode,
        message: &'static str,
        resolution: Option<&'static str>,
    ) -> Self {
        Entry {
            code,
            code_str,
            name,
            status,
            message,
            resolution,
        }
    }

    /// The numeric code, e.g. `1000`.
    #[must_use]
    pub const fn code(&self) -> u32 {
        self.code
    }

    /// The code as clients see it, e.g. `"ANALYTICS_1000"`,
    /// `"E1001_ENDPOINT_NOT_FOUND"` or `"101001"`, built at compile time from
    /// the catalogue's `prefix` and `format`.
    #[must_use]
    pub const fn code_str(&self) -> &'static str {
        self.code_str
    }

    /// The symbolic name, e.g. `"METRIC_NOT_FOUND"`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The HTTP status sent with this error, always a 4xx or 5xx status.
    #[must_use]
    pub const fn status(&self) -> StatusCode {
        self.status
    }

    /// The message template as written in the attribute: `{field}`
    /// placeholders are not filled in and `{{` / `}}` stay doubled.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The hint telling a client how to resolve the error, if the catalogue
    /// gives one.
    #[must_use]
    pub const fn resolution(&self) -> Option<&'static str> {
        self.resolution
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("code", &self.code)
            .field("code_str", &self.code_str)
            .field("name", &self.name)
            .field("status", &self.status.as_u16())
            .field("message", &self.message)
            .field("resolution", &self.resolution)
            .finish()
    }
}

/// Turns a status the macro has already checked into a [`StatusCode`] in a
/// const context, so that entries can live in a `static`.
#[doc(hidden)]
#[must_use]
pub const fn __status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        // Unreachable for generated code, which only passes 400..=599; and
        // because entries are constants, it could only ever fail at compile time.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
