//! The lock file of published codes.

#![allow(dead_code)]

use error_catalog_examples::catalogs::analytics;

use error_catalog::error_catalog;
use error_catalog::lock::{self, Lock, Violation};

/// The seed 002 catalogue against its committed lock file.
#[test]
fn analytics_codes_are_stable() {
    let golden = crate::common::root().join("tests/golden/analytics.lock.json");
    lock::check::<analytics::AnalyticsError>(&golden);
    let text = std::fs::read_to_string(&golden).unwrap();
    assert_eq!(
        text.lines()
            .filter(|line| line.contains("\"code_str\""))
            .count(),
        52
    );
}

mod v1 {
    use super::error_catalog;

    #[error_catalog(prefix = "SHOP", range = 1..=99)]
    #[derive(Debug)]
    pub enum ShopError {
        #[error(code = 1, http = 404, message = "Not found")]
        NotFound,
        #[error(code = 2, http = 409, message = "Conflict")]
        Conflict,
        #[error(code = 3, http = 400, message = "Old")]
        Old,
        #[error(code = 4, http = 400, message = "Older")]
        Older,
    }
}

mod v2 {
    use super::error_catalog;

    /// Breaks the v1 lock in every way.
    #[error_catalog(prefix = "SHOP", range = 1..=99, retired = [4])]
    #[derive(Debug)]
    pub enum ShopError {
        #[error(code = 1, http = 410, message = "Gone")]
        NotFound,
        #[error(code = 2, http = 409, message = "Conflict", name = "CLASH")]
        Conflict,
        #[error(code = 9, http = 400, message = "New")]
        New,
    }
}

mod v3 {
    use super::error_catalog;

    /// Code 4 comes back after v2 retired it; code 3 is dropped, retired.
    #[error_catalog(prefix = "SHOP", range = 1..=99, retired = [3])]
    #[derive(Debug)]
    pub enum ShopError {
        #[error(code = 1, http = 404, message = "Not found")]
        NotFound,
        #[error(code = 2, http = 409, message = "Conflict")]
        Conflict,
        #[error(code = 4, http = 400, message = "Older")]
        Older,
        #[error(code = 9, http = 400, message = "New")]
        New,
    }
}

#[test]
fn every_breaking_change_is_named() {
    let lock = Lock::of::<v1::ShopError>(None);
    let violations = lock.violations::<v2::ShopError>();
    let text: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert_eq!(violations.len(), 3, "{text:#?}");
    assert!(
        matches!(&violations[0], Violation::StatusChanged { code_str, was: 404, now: 410 } if code_str == "SHOP_1")
    );
    assert!(
        matches!(&violations[1], Violation::Renamed { was, now, .. } if was == "CONFLICT" && now == "CLASH")
    );
    assert!(matches!(&violations[2], Violation::Removed(locked) if locked.code_str == "SHOP_3"));
    assert_eq!(
        text[2],
        "SHOP_3 (OLD) was removed without being retired: put the variant back, or add 3 to `retired = [...]`"
    );
    // Removing code 4 is fine: v2 retires it. Adding code 9 is fine too.
    assert!(!text
        .iter()
        .any(|line| line.contains("SHOP_4") || line.contains("SHOP_9")));
}

#[test]
fn a_retired_code_never_comes_back() {
    // v2's lock: code 4 retired.
    let v2_lock = Lock {
        codes: Lock::of::<v1::ShopError>(None)
            .codes
            .into_iter()
            .filter(|code| code.code != 4)
            .collect(),
        retired: vec![(4, 4)],
        ..Lock::default()
    };
    let violations = v2_lock.violations::<v3::ShopError>();
    assert_eq!(
        violations,
        [Violation::Reused {
            code_str: "SHOP_4".into()
        }]
    );
}

#[test]
fn check_writes_records_and_fails() {
    let dir = std::env::temp_dir().join(format!("error-catalog-lock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("shop.lock.json");
    let _ = std::fs::remove_file(&path);

    lock::check::<v1::ShopError>(&path);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.contains(r#"{"code": 3, "code_str": "SHOP_3", "name": "OLD", "http": 400}"#),
        "{written}"
    );

    // Unchanged: passes, file untouched.
    lock::check::<v1::ShopError>(&path);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);

    // Breaking: panics naming the codes; the file stays as it was.
    let broken = std::panic::catch_unwind(|| lock::check::<v2::ShopError>(&path)).unwrap_err();
    let message = broken.downcast_ref::<String>().unwrap();
    assert!(
        message.contains("SHOP_1 was sent with status 404 and now with 410"),
        "{message}"
    );
    assert!(
        message.contains("SHOP_3 (OLD) was removed without being retired"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);

    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn additions_and_retirements_are_recorded() {
    let lock = Lock::of::<v1::ShopError>(None);
    let json = lock.to_json();
    let read: Lock = serde_json::from_str(&json).unwrap();
    assert_eq!(read, lock);
    let next = Lock::of::<v3::ShopError>(Some(&lock));
    assert_eq!(next.retired, [(3, 3)]);
    assert!(next.codes.iter().any(|code| code.code_str == "SHOP_9"));
}
