//! The HTML reference page, checked through a real browser: headless
//! Chromium (Debian's, installed by `tests/html/setup.sh` when missing)
//! driven by playwright-core, with axe-core's audit, both pinned in
//! `tests/html/package-lock.json`. `tests/html/check.mjs` reports what a
//! reader meets; this file judges it. Screenshots, 1280 px wide, are left
//! in `target/html-checks/` for people to look at.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use error_catalog::doc::Page;
use error_catalog::{error_catalog, Catalog};
use error_catalog_examples::catalogs::analytics;

/// Cards
#[error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.example.com/errors.html#{code_str}",
    meta(type = "card_error"),
    body = Problem
)]
#[derive(Debug)]
pub enum CardError {
    /// The card was declined.
    #[error(http = 402, resolution = "Ask for another card")]
    CardDeclined,
    /// The card number is not a number: <script>window.__injected = true</script>.
    #[error(http = 400)]
    IncorrectNumber,
}

/// Customers
#[error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.example.com/errors.html#{code_str}",
    meta(type = "invalid_request_error"),
    body = Problem
)]
#[derive(Debug)]
pub enum CustomerError {
    #[error(http = 404, message = "No such customer: {id}")]
    ResourceMissing { id: String },
    #[error(http = 503, message = "The ledger failed: {0}")]
    Ledger(#[source] std::io::Error),
}

/// Payments
#[error_catalog]
#[derive(Debug)]
pub enum PaymentError {
    #[error(transparent)]
    Card(CardError),
    #[error(transparent)]
    Customer(CustomerError),
}

/// What `check.mjs` reported of one page.
struct Report(serde_json::Value);

impl Report {
    fn strings(&self, key: &str) -> Vec<String> {
        self.0[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} in {}", self.0))
            .iter()
            .map(|value| value.as_str().unwrap().to_owned())
            .collect()
    }
}

/// The folder of the checks: packages installed, screenshots written.
fn checks() -> &'static Path {
    static READY: OnceLock<PathBuf> = OnceLock::new();
    READY.get_or_init(|| {
        let folder = crate::common::root().join("target/html-checks");
        let setup = crate::common::root().join("tests/html/setup.sh");
        let status = Command::new("bash")
            .arg(&setup)
            .arg(&folder)
            .status()
            .unwrap();
        assert!(status.success(), "{} failed", setup.display());
        folder
    })
}

/// Writes `html` as `name.html`, checks it in Chromium with `queries`
/// typed into the filter, and reports.
fn check(name: &str, html: &str, queries: &[&str]) -> Report {
    let folder = checks();
    let page = folder.join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let output = Command::new("node")
        .arg(folder.join("check.mjs"))
        .arg(&page)
        .arg(folder.join(format!("{name}.png")))
        .arg(serde_json::to_string(queries).unwrap())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "check.mjs failed on {}:\n{}",
        page.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    Report(serde_json::from_slice(&output.stdout).unwrap())
}

/// What holds of every page: each code once, each anchor lands on its
/// row, nothing ran that the catalogue did not write, nothing left the
/// page, the keyboard reaches the filter first, both colour schemes and
/// print, and no serious or critical finding of axe-core.
fn check_every_page(report: &Report, codes: &[&str]) {
    let mut shown = report.strings("codes");
    assert_eq!(shown.len(), codes.len(), "{shown:?}");
    shown.sort();
    let mut expected: Vec<String> = codes.iter().map(|code| (*code).to_owned()).collect();
    expected.sort();
    assert_eq!(shown, expected);
    for code in codes {
        assert_eq!(report.0["anchors"][code], true, "#{code} lands on its row");
    }
    assert_eq!(report.0["injected"], false, "a script in a text ran");
    assert!(
        report.strings("requests").is_empty(),
        "{}",
        report.0["requests"]
    );
    assert!(
        report.strings("errors").is_empty(),
        "{}",
        report.0["errors"]
    );
    assert_eq!(report.0["keyboard"][0], "input#filter");
    assert!(report.strings("keyboard").iter().any(|stop| stop == "a"));
    assert_ne!(report.0["light"], report.0["dark"]);
    assert_eq!(report.0["print_filter"], "none");
    let serious: Vec<&serde_json::Value> = report.0["violations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|violation| matches!(violation["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(serious.is_empty(), "{serious:?}");
}

/// The codes a filter for `query` should leave: those whose code, name,
/// status, message or resolution hold it, as the page reads them.
fn matching(page: &Page, query: &str) -> Vec<String> {
    let query = query.to_lowercase();
    page.sections()
        .iter()
        .flat_map(|section| section.entries())
        .filter(|entry| {
            [
                entry.code_str().to_owned(),
                entry.status().as_u16().to_string(),
                entry.name().to_owned(),
                entry.public_message().to_owned(),
                entry.resolution().unwrap_or_default().to_owned(),
            ]
            .join(" ")
            .to_lowercase()
            .contains(&query)
        })
        .map(|entry| entry.code_str().to_owned())
        .collect()
}

fn check_filter(report: &Report, page: &Page, queries: &[&str]) {
    for (at, query) in queries.iter().enumerate() {
        let filtered = &report.0["filtered"][at];
        let shown: Vec<String> = filtered["shown"]
            .as_array()
            .unwrap()
            .iter()
            .map(|code| code.as_str().unwrap().to_owned())
            .collect();
        let expected = matching(page, query);
        assert!(
            !expected.is_empty() || *query == "nothing at all",
            "{query} matches something"
        );
        assert_eq!(shown, expected, "the filter for {query:?}");
        assert_eq!(
            filtered["status"],
            format!("{} of {} codes", expected.len(), page.code_count())
        );
    }
}

#[test]
fn the_analytics_page_works_in_a_browser() {
    let page = analytics::page().examples::<analytics::AnalyticsError>();
    let html = page.html();
    let codes: Vec<&str> = analytics::AnalyticsError::ENTRIES
        .iter()
        .map(|entry| entry.code_str())
        .collect();
    let queries = ["ANALYTICS_1203", "forecast", "429", "nothing at all"];
    let report = check("analytics", &html, &queries);
    check_every_page(&report, &codes);
    check_filter(&report, &page, &queries);
    assert_eq!(report.0["example_opens"], true);
    assert!(crate::common::root()
        .join("target/html-checks/analytics.png")
        .exists());
}

#[test]
fn a_composed_catalogue_without_numbers_works_in_a_browser() {
    let page = Page::new("Payment errors")
        .service("the Payments API")
        .catalog::<PaymentError>()
        .examples::<PaymentError>()
        .published_at("https://docs.example.com/errors.html");
    let html = page.html();
    let codes = [
        "card_declined",
        "incorrect_number",
        "resource_missing",
        "ledger",
    ];
    let queries = ["card", "404", "customer", "nothing at all"];
    let report = check("payments", &html, &queries);
    check_every_page(&report, &codes);
    check_filter(&report, &page, &queries);
    // The script in a description is text, shown as written.
    let text = report.0["text"].as_str().unwrap();
    assert!(
        text.contains("<script>window.__injected = true</script>"),
        "{text}"
    );
    // Each code's page is its row here.
    assert!(html.contains("<a href=\"#card_declined\">#card_declined</a>"));
    // Its body, as the catalogue sends it, and nothing of a source.
    assert!(html.contains("<p>Sent as <code>application/problem+json</code></p>"));
    assert!(!html.contains("disk"));
    assert!(html.contains(r#""detail": "The ledger failed""#));
}
