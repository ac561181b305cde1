//! Turn annotated enums into a checked, documented API error catalogue.
//!
//! Services document their errors as tables: a code, an HTTP status, a
//! message, often a resolution hint. With `error-catalog` the enum is that
//! table, and the compiler checks it:
//!
//! ```
//! use error_catalog::{error_catalog, Catalog, CatalogError};
//!
//! /// Metrics
//! #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
//! #[derive(Debug)]
//! pub enum MetricsError {
//!     #[error(code = 1000, http = 404, message = "The requested metric was not found",
//!             resolution = "Verify the metric name and entity ID exist for this tenant")]
//!     MetricNotFound,
//!     #[error(code = 1001, http = BAD_REQUEST, message = "Invalid metric type {kind}")]
//!     InvalidMetricType { kind: String },
//!     #[error(code = 1002, http = 502, message = "Upstream failed: {0}")]
//!     Upstream(#[source] std::io::Error),
//! }
//!
//! let err = MetricsError::InvalidMetricType { kind: "latency".into() };
//! assert_eq!(err.code_str(), "ANALYTICS_1001");
//! assert_eq!(err.name(), "INVALID_METRIC_TYPE");
//! assert_eq!(err.status().as_u16(), 400);
//! assert_eq!(err.to_string(), "Invalid metric type latency");
//! assert_eq!(MetricsError::ENTRIES.len(), 3);
//! ```
//!
//! A code outside the range, a duplicate code or name, a status that is not
//! an error, or a message naming a field the variant lacks is a compile
//! error on the offending token. See the
//! [`error_catalog`](macro@error_catalog) attribute for every key.

#![deny(missing_docs)]

mod entry;
mod traits;

#[doc(hidden)]
pub mod __private;

pub use entry::Entry;
#[doc(hidden)]
pub use entry::__status;
pub use traits::{Catalog, CatalogError};

/// The `http` crate (1.x) this crate's [`Entry::status`] speaks, re-exported
/// so that users need not match its version.
pub use http;

pub use error_catalog_macros::error_catalog;
