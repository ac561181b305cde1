//! Catalogues made of catalogues: `#[error(transparent)]`, the merged
//! `ENTRIES`, and delegation of every accessor.

#![allow(dead_code)]

use error_catalog_examples::catalogs::analytics;

use std::error::Error as _;

use analytics::{AnalyticsError, DashboardError, GeneralError, MetricsError};
use error_catalog::{error_catalog, Catalog, CatalogError, Entry};

#[test]
fn entries_are_the_union_sorted() {
    let entries = AnalyticsError::ENTRIES;
    assert_eq!(entries.len(), 52);
    assert!(entries
        .windows(2)
        .all(|pair| pair[0].code() < pair[1].code()));
    assert_eq!(entries.first().map(Entry::code_str), Some("ANALYTICS_1000"));
    assert_eq!(entries.last().map(Entry::code_str), Some("ANALYTICS_2003"));
    for category in [
        MetricsError::ENTRIES,
        DashboardError::ENTRIES,
        GeneralError::ENTRIES,
    ] {
        for entry in category {
            assert_eq!(AnalyticsError::lookup(entry.code()), Some(entry));
            assert_eq!(AnalyticsError::lookup_str(entry.code_str()), Some(entry));
        }
    }
    assert_eq!(AnalyticsError::lookup(1005), None);
    assert_eq!(AnalyticsError::lookup_str("ANALYTICS_1005"), None);
    assert_eq!(AnalyticsError::PREFIX, Some("ANALYTICS"));
}

#[test]
fn merged_entries_are_available_at_compile_time() {
    const COUNT: usize = AnalyticsError::ENTRIES.len();
    const FIRST: u32 = AnalyticsError::ENTRIES[0].code();
    let codes = [0u8; COUNT];
    assert_eq!(codes.len(), 52);
    assert_eq!(FIRST, 1000);
}

#[test]
fn transparent_variants_delegate_everything() {
    let error = AnalyticsError::from(DashboardError::DashboardLocked);
    assert_eq!(error.code(), 1104);
    assert_eq!(error.code_str(), "ANALYTICS_1104");
    assert_eq!(error.name(), "DASHBOARD_LOCKED");
    assert_eq!(error.status().as_u16(), 423);
    assert_eq!(error.message(), "Dashboard is currently locked for editing");
    assert_eq!(
        error.to_string(),
        "Dashboard is currently locked for editing"
    );
    assert_eq!(
        error.resolution(),
        Some("Wait for the lock to be released or contact the lock holder")
    );
    assert_eq!(error.entry(), DashboardError::DashboardLocked.entry());
}

fn lock_dashboard() -> Result<(), DashboardError> {
    Err(DashboardError::DashboardLocked)
}

fn service() -> Result<(), AnalyticsError> {
    lock_dashboard()?;
    Ok(())
}

#[test]
fn question_mark_lifts_a_category_error() {
    assert_eq!(service().unwrap_err().code_str(), "ANALYTICS_1104");
}

/// A handler that answers with problem details lifts a category's error
/// with `?` too: category -> service -> body view.
fn problem_handler() -> Result<(), error_catalog::body::Problem<AnalyticsError>> {
    lock_dashboard()?;
    Ok(())
}

fn nested_handler() -> Result<(), error_catalog::body::Nested<AnalyticsError>> {
    Err(MetricsError::MetricNotFound)?;
    Ok(())
}

#[test]
fn question_mark_lifts_a_category_error_into_a_body_view() {
    let problem = problem_handler().unwrap_err();
    assert_eq!(problem.error().code_str(), "ANALYTICS_1104");
    assert_eq!(problem.status().as_u16(), 423);
    assert_eq!(
        nested_handler().unwrap_err().error().code_str(),
        "ANALYTICS_1000"
    );
}

/// Store errors, with sources.
#[error_catalog(prefix = "SVC", range = 100..=199)]
#[derive(Debug)]
pub enum StoreError {
    #[error(code = 100, http = 503, message = "Store unavailable: {0}")]
    Unavailable(#[source] std::io::Error),
}

/// A service catalogue with its own codes beside a wrapped one.
#[error_catalog(prefix = "SVC", retired = [5])]
#[derive(Debug)]
pub enum ServiceError {
    #[error(transparent)]
    Store(StoreError),
    #[error(code = 1, http = 400, message = "Bad request")]
    BadRequest,
}

#[test]
fn direct_and_wrapped_codes_merge() {
    let codes: Vec<&str> = ServiceError::ENTRIES.iter().map(Entry::code_str).collect();
    assert_eq!(codes, ["SVC_1", "SVC_100"]);
    assert_eq!(ServiceError::BadRequest.entry().code(), 1);
    assert_eq!(ServiceError::RETIRED, &[5..=5]);
    assert_eq!(
        ServiceError::lookup_str("SVC_1").map(Entry::name),
        Some("BAD_REQUEST")
    );
    assert_eq!(
        ServiceError::lookup_str("SVC_100").map(Entry::name),
        Some("UNAVAILABLE")
    );
}

#[test]
fn sources_and_public_messages_pass_through() {
    let error = ServiceError::from(StoreError::Unavailable(std::io::Error::other(
        "10.0.0.9 timed out",
    )));
    assert_eq!(error.to_string(), "Store unavailable: 10.0.0.9 timed out");
    assert_eq!(error.public_message(), "Store unavailable");
    assert_eq!(error.source().unwrap().to_string(), "10.0.0.9 timed out");
    let body = serde_json::to_string(&error_catalog::body::Nested::new(&error)).unwrap();
    assert_eq!(
        body,
        r#"{"error":{"code":"SVC_100","message":"Store unavailable","http":503}}"#
    );
}

error_catalog::assert_disjoint!(StoreError, MetricsError, DashboardError);

/// A service over `ServiceError`, itself composed: nested composition.
#[error_catalog(prefix = "SVC", title = "Platform")]
#[derive(Debug)]
pub enum PlatformError {
    #[error(transparent)]
    Service(ServiceError),
    #[error(code = 7, http = 429, message = "Slow down")]
    TooManyRequests,
}

#[test]
fn composed_catalogues_document_each_category() {
    let titles: Vec<Option<&str>> = PlatformError::SECTIONS
        .iter()
        .map(error_catalog::doc::Section::title)
        .collect();
    // `ServiceError`'s sections (the store, then its own code), then this
    // enum's own code.
    assert_eq!(
        titles,
        [
            Some("Store errors, with sources."),
            Some("A service catalogue with its own codes beside a wrapped one."),
            Some("Platform"),
        ]
    );
    let page = error_catalog::doc::markdown::<PlatformError>();
    assert!(page.contains("3 error codes across 3 categories"), "{page}");
    assert!(
        page.contains("## Store errors, with sources. `SVC_100-199`"),
        "{page}"
    );
    assert!(page.contains("## Platform\n"), "{page}");
    let json = error_catalog::doc::json::<PlatformError>();
    assert!(json.contains(r#""code_str":"SVC_100","name":"UNAVAILABLE","http":503,"message":"Store unavailable: {0}","resolution":null,"category":"Store errors, with sources.""#), "{json}");
    assert!(json.contains(r#""code_str":"SVC_7","name":"TOO_MANY_REQUESTS","http":429,"message":"Slow down","resolution":null,"category":"Platform""#), "{json}");
    // A catalogue that composes nothing is its own one section.
    assert_eq!(StoreError::SECTIONS.len(), 1);
    assert_eq!(StoreError::SECTIONS[0].entries(), StoreError::ENTRIES);
}

/// A category that converts I/O errors itself.
#[error_catalog(prefix = "SVC", range = 200..=299)]
#[derive(Debug)]
pub enum DiskError {
    #[error(code = 200, http = 507, message = "Disk full")]
    Full(#[from] std::io::Error),
}

/// A service that lets `?` on an I/O error reach it through `DiskError`.
#[error_catalog(prefix = "SVC")]
#[derive(Debug)]
pub enum StorageService {
    #[error(transparent, from = [std::io::Error])]
    Disk(DiskError),
}

fn write_to_disk() -> Result<(), std::io::Error> {
    Err(std::io::Error::other("no space left on device"))
}

fn write_block() -> Result<(), StorageService> {
    write_to_disk()?;
    Ok(())
}

/// A body view cannot convert from a foreign type (the orphan rule), so a
/// handler answering with one names the service on the way.
fn write_block_problem() -> Result<(), error_catalog::body::Problem<StorageService>> {
    write_to_disk().map_err(StorageService::from)?;
    Ok(())
}

#[test]
fn question_mark_lifts_what_a_category_converts_from_when_listed() {
    let error = write_block().unwrap_err();
    assert!(matches!(error, StorageService::Disk(DiskError::Full(_))));
    assert_eq!(error.code_str(), "SVC_200");
    assert_eq!(
        error.source().unwrap().to_string(),
        "no space left on device"
    );
    let problem = write_block_problem().unwrap_err();
    assert_eq!(problem.status().as_u16(), 507);
}
