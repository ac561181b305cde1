//! Properties of the runtime under any input: lookups and body parsing
//! never panic, every code of a catalogue is found, and no body carries the
//! text of a source error.

#![allow(dead_code)]

use error_catalog_examples::catalogs::analytics;

use analytics::AnalyticsError;
use error_catalog::body::{
    Flat, FlatBody, Google, GoogleBody, JsonApi, JsonApiBody, Microsoft, MicrosoftBody, Nested,
    NestedBody, Plain, PlainBody, Problem, ProblemBody, Received,
};
use error_catalog::http::StatusCode;
use error_catalog::{error_catalog, Catalog, CatalogError, Entry};
use proptest::prelude::*;

proptest! {
    #[test]
    fn lookup_str_answers_any_string(code in any::<String>()) {
        if let Some(entry) = AnalyticsError::lookup_str(&code) {
            prop_assert_eq!(entry.code_str(), code.as_str());
        }
    }

    #[test]
    fn lookup_str_answers_near_misses(code in 900u32..2200, suffix in "[A-Z_0-9 ]{0,3}") {
        let text = format!("ANALYTICS_{code}{suffix}");
        let found = AnalyticsError::lookup_str(&text);
        prop_assert_eq!(found.is_some(), suffix.is_empty() && AnalyticsError::lookup(code).is_some());
    }

    #[test]
    fn lookup_answers_any_number(code in any::<u32>()) {
        if let Some(entry) = AnalyticsError::lookup(code) {
            prop_assert_eq!(entry.code(), code);
        }
    }

    #[test]
    fn bodies_parse_any_bytes_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = serde_json::from_slice::<NestedBody>(&bytes);
        let _ = serde_json::from_slice::<PlainBody>(&bytes);
        let _ = serde_json::from_slice::<FlatBody>(&bytes);
        let _ = serde_json::from_slice::<FlatBody<serde_json::Value>>(&bytes);
        let _ = serde_json::from_slice::<ProblemBody>(&bytes);
        if let Ok(body) = serde_json::from_slice::<JsonApiBody>(&bytes) {
            let _ = body.entry::<AnalyticsError>();
        }
        if let Ok(body) = serde_json::from_slice::<GoogleBody>(&bytes) {
            let _ = body.entry::<AnalyticsError>();
        }
        if let Ok(body) = serde_json::from_slice::<MicrosoftBody>(&bytes) {
            let _ = body.entry::<AnalyticsError>();
        }
    }

    #[test]
    fn well_known_shapes_parse_json_shaped_input(
        code in prop_oneof![any::<String>().prop_map(serde_json::Value::from), any::<i64>().prop_map(serde_json::Value::from)],
        message in any::<String>(),
        status in any::<i64>(),
    ) {
        let json_api = serde_json::json!({"errors": [{"status": status, "code": code, "detail": message}], "meta": code});
        if let Ok(body) = serde_json::from_value::<JsonApiBody>(json_api) {
            let _ = body.entry::<AnalyticsError>();
        }
        let google = serde_json::json!({"error": {"code": status, "message": message, "details": [{"@type": message, "reason": code, "metadata": {"k": code}}]}});
        if let Ok(body) = serde_json::from_value::<GoogleBody>(google) {
            let _ = body.entry::<AnalyticsError>();
        }
        let microsoft = serde_json::json!({"error": {"code": code, "message": message, "target": status, "innererror": {"code": code}}});
        if let Ok(body) = serde_json::from_value::<MicrosoftBody>(microsoft) {
            let _ = body.entry::<AnalyticsError>();
        }
    }

    #[test]
    fn bodies_parse_json_shaped_input(
        code in prop_oneof![any::<String>().prop_map(serde_json::Value::from), any::<i64>().prop_map(serde_json::Value::from)],
        message in any::<String>(),
        http in any::<i64>(),
    ) {
        let nested = serde_json::json!({"error": {"code": code, "message": message, "http": http}});
        if let Ok(body) = serde_json::from_value::<NestedBody>(nested) {
            let _ = body.entry::<AnalyticsError>();
        }
        let flat = serde_json::json!({"error_code": code, "error_message": message, "details": http});
        if let Ok(body) = serde_json::from_value::<FlatBody>(flat) {
            let _ = body.entry::<AnalyticsError>();
        }
        let problem = serde_json::json!({"type": message, "status": http, "code": code});
        if let Ok(body) = serde_json::from_value::<ProblemBody>(problem) {
            let _ = body.entry::<AnalyticsError>();
        }
    }
}

/// A catalogue without numbers made at run time: entries with random code
/// strings, in the table the macro builds, searched with the same helpers.
fn generated(codes: &std::collections::BTreeSet<String>) -> (&'static [Entry], Vec<u32>) {
    let entries: Vec<Entry> = codes
        .iter()
        .map(|code| {
            let code_str: &'static str = Box::leak(code.clone().into_boxed_str());
            Entry::without_number(code_str, code_str, StatusCode::BAD_REQUEST, "generated")
        })
        .collect();
    let entries: &'static [Entry] = Box::leak(entries.into_boxed_slice());
    // The macro sizes the table with `hash_table_len`; 1,024 slots hold
    // the 300 entries at most that these tests make.
    assert!(error_catalog::__private::hash_table_len(entries.len()) <= 1024);
    let table = error_catalog::__private::hash_table::<1024>(entries).to_vec();
    (entries, table)
}

/// Code strings one edit away from `code`.
fn near_misses(code: &str) -> Vec<String> {
    let mut misses = vec![format!("{code}_"), format!("_{code}"), code.to_uppercase()];
    for at in 0..code.len() {
        let mut dropped = code.to_owned();
        dropped.remove(at);
        misses.push(dropped);
        let mut changed = code.to_owned();
        let replacement = if code.as_bytes()[at] == b'x' {
            "y"
        } else {
            "x"
        };
        changed.replace_range(at..=at, replacement);
        misses.push(changed);
    }
    misses
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_catalogues_find_every_code_string(
        codes in proptest::collection::btree_set("[a-z][a-z0-9_]{0,24}", 1..300),
    ) {
        let (entries, table) = generated(&codes);
        for entry in entries {
            let found = error_catalog::__private::lookup_hashed(entries, &table, entry.code_str());
            prop_assert_eq!(found, Some(entry));
            for miss in near_misses(entry.code_str()) {
                let found = error_catalog::__private::lookup_hashed(entries, &table, &miss);
                prop_assert_eq!(found.is_some(), codes.contains(&miss), "{}", miss);
            }
        }
    }

    #[test]
    fn lock_files_round_trip_code_strings(
        codes in proptest::collection::btree_map(any::<String>(), (any::<String>(), 100u16..600), 0..40),
        retired in proptest::collection::vec(any::<String>(), 0..5),
    ) {
        let lock = error_catalog::lock::Lock {
            unnumbered: codes
                .into_iter()
                .map(|(code_str, (name, http))| error_catalog::lock::LockedCodeStr { code_str, name, http })
                .collect(),
            retired_code_strs: retired,
            ..error_catalog::lock::Lock::default()
        };
        let text = lock.to_json();
        let read: error_catalog::lock::Lock = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(read, lock);
    }
}

/// Server errors whose messages use their sources in every position.
#[error_catalog(prefix = "LEAK", range = 500..=599)]
#[derive(Debug)]
pub enum LeakError {
    #[error(code = 500, http = 500, message = "Failed: {0}")]
    Trailing(#[source] std::io::Error),
    #[error(code = 501, http = 502, message = "{0}")]
    Alone(#[source] std::io::Error),
    #[error(
        code = 502,
        http = 503,
        message = "Store ({cause}) for {tenant} is down"
    )]
    Middle {
        #[source]
        cause: std::io::Error,
        tenant: u32,
    },
    #[error(code = 503, http = 504, message = "Timed out: {0:?}")]
    Debugged(#[from] std::io::Error),
}

proptest! {
    #[test]
    fn no_body_carries_source_text(secret in "[a-z0-9 .:/]{1,40}", tenant in any::<u32>()) {
        let secret = format!("SECRET-{secret}");
        let errors = [
            LeakError::Trailing(std::io::Error::other(secret.clone())),
            LeakError::Alone(std::io::Error::other(secret.clone())),
            LeakError::Middle { cause: std::io::Error::other(secret.clone()), tenant },
            LeakError::Debugged(std::io::Error::other(secret.clone())),
        ];
        for error in &errors {
            prop_assert!(error.status().is_server_error());
            prop_assert!(error.to_string().contains("SECRET-"), "logs keep the source");
            prop_assert!(!error.public_message().trim().is_empty(), "a body always says something");
            for body in [
                serde_json::to_string(&Nested::new(error)).unwrap(),
                serde_json::to_string(&Plain::new(error)).unwrap(),
                serde_json::to_string(&Flat::new(error)).unwrap(),
                serde_json::to_string(&Problem::new(error)).unwrap(),
                serde_json::to_string(&JsonApi::new(error)).unwrap(),
                serde_json::to_string(&Google::new(error)).unwrap(),
                serde_json::to_string(&Microsoft::new(error)).unwrap(),
                Problem::new(error).to_xml().unwrap(),
            ] {
                prop_assert!(!body.contains("SECRET"), "{}", body);
            }
        }
    }
}

/// Every shape a server writes, a client reads back to the same entry.
#[test]
fn every_shape_reads_back_to_its_entry() {
    fn read<B: serde::de::DeserializeOwned + Received>(json: &str) -> Option<&'static Entry> {
        serde_json::from_str::<B>(json)
            .unwrap()
            .entry::<AnalyticsError>()
    }
    for entry in AnalyticsError::ENTRIES {
        let bodies = [
            read::<NestedBody>(&serde_json::to_string(&Nested::new(entry)).unwrap()),
            read::<FlatBody>(&serde_json::to_string(&Flat::new(entry)).unwrap()),
            read::<ProblemBody>(&serde_json::to_string(&Problem::new(entry)).unwrap()),
            read::<JsonApiBody>(&serde_json::to_string(&JsonApi::new(entry)).unwrap()),
            read::<GoogleBody>(&serde_json::to_string(&Google::new(entry)).unwrap()),
            read::<MicrosoftBody>(&serde_json::to_string(&Microsoft::new(entry)).unwrap()),
        ];
        for found in bodies {
            assert_eq!(found, Some(entry));
        }
    }
}

#[test]
fn a_message_that_is_only_its_source_says_the_title() {
    let error = LeakError::Alone(std::io::Error::other("x"));
    assert_eq!(error.public_message(), "Alone");
    let middle = LeakError::Middle {
        cause: std::io::Error::other("x"),
        tenant: 4,
    };
    assert_eq!(middle.public_message(), "Store for 4 is down");
}
