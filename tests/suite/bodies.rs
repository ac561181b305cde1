//! Error bodies: shapes, what they never carry, and reading them back.

use error_catalog::body::{
    Flat, FlatBody, Nested, NestedBody, Plain, PlainBody, Problem, ProblemBody,
};
use error_catalog::{error_catalog, Catalog, CatalogError, Entry};

/// Reports
#[error_catalog(prefix = "RPT", range = 1300..=1399, doc_url = "https://docs.example.com/errors/{code_str}")]
#[derive(Debug)]
pub enum ReportError {
    #[error(
        code = 1300,
        http = 404,
        message = "Report {id} was not found",
        resolution = "Verify the report ID exists for this tenant"
    )]
    NotFound { id: u64 },
    #[error(code = 1301, http = 500, message = "Report {id} failed: {cause}")]
    Failed {
        id: u64,
        #[source]
        cause: std::io::Error,
    },
    #[error(code = 1302, http = 502, message = "Upstream failed: {0}")]
    Upstream(#[from] std::fmt::Error),
    #[error(code = 1303, http = 500, message = "Export ({0}) broke")]
    Export(#[source] std::io::Error),
    #[error(
        code = 1304,
        http = 413,
        message = "Export of {size} bytes is too large"
    )]
    TooLarge { size: usize },
}

const SECRET: &str = "password=hunter2 at 10.0.0.7";

fn secret() -> std::io::Error {
    std::io::Error::other(SECRET)
}

#[test]
fn display_keeps_the_source_for_logs() {
    let error = ReportError::Failed {
        id: 7,
        cause: secret(),
    };
    assert_eq!(error.to_string(), format!("Report 7 failed: {SECRET}"));
    assert_eq!(error.message(), format!("Report 7 failed: {SECRET}"));
}

#[test]
fn public_message_drops_source_text_and_its_separator() {
    assert_eq!(
        ReportError::Failed {
            id: 7,
            cause: secret()
        }
        .public_message(),
        "Report 7 failed"
    );
    assert_eq!(
        ReportError::Upstream(std::fmt::Error).public_message(),
        "Upstream failed"
    );
    assert_eq!(
        ReportError::Export(secret()).public_message(),
        "Export broke"
    );
    assert_eq!(
        ReportError::TooLarge { size: 9 }.public_message(),
        "Export of 9 bytes is too large"
    );
    assert_eq!(
        ReportError::NotFound { id: 1 }.public_message(),
        "Report 1 was not found"
    );
}

#[test]
fn no_body_carries_source_text() {
    let errors = [
        ReportError::Failed {
            id: 7,
            cause: secret(),
        },
        ReportError::Export(secret()),
    ];
    for error in &errors {
        let bodies = [
            serde_json::to_string(&Nested::new(error)).unwrap(),
            serde_json::to_string(&Plain::new(error)).unwrap(),
            serde_json::to_string(&Problem::new(error)).unwrap(),
        ];
        for body in bodies {
            assert!(
                !body.contains("hunter2") && !body.contains("10.0.0.7"),
                "{body}"
            );
        }
    }
}

#[test]
fn problem_with_doc_url_has_a_stable_title() {
    let body = serde_json::to_string(&Problem::new(ReportError::NotFound { id: 42 })).unwrap();
    assert_eq!(
        body,
        r#"{"type":"https://docs.example.com/errors/RPT_1300","title":"Not found","status":404,"detail":"Report 42 was not found","code":"RPT_1300","resolution":"Verify the report ID exists for this tenant"}"#
    );
    let other = serde_json::to_string(&Problem::new(ReportError::NotFound { id: 43 })).unwrap();
    let title =
        |json: &str| serde_json::from_str::<serde_json::Value>(json).unwrap()["title"].clone();
    assert_eq!(title(&body), title(&other));
}

#[test]
fn problem_without_resolution_omits_the_member() {
    let body = serde_json::to_string(&Problem::new(ReportError::TooLarge { size: 1 })).unwrap();
    assert_eq!(
        body,
        r#"{"type":"https://docs.example.com/errors/RPT_1304","title":"Too large","status":413,"detail":"Export of 1 bytes is too large","code":"RPT_1304"}"#
    );
}

#[test]
fn problem_without_doc_url_is_about_blank_with_the_reason_phrase() {
    #[error_catalog]
    #[derive(Debug)]
    enum Plainly {
        #[error(code = 1, http = 422, message = "Field {0} is invalid")]
        Invalid(&'static str),
        #[error(code = 2, http = 499, message = "Client closed the request")]
        Closed,
        #[error(code = 3, http = 413, message = "The upload is too large")]
        TooLarge,
    }
    let body = serde_json::to_string(&Problem::new(Plainly::Invalid("name"))).unwrap();
    assert_eq!(
        body,
        r#"{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"Field name is invalid","code":"1"}"#
    );
    // RFC 9110's phrases, where `http` has older ones.
    let too_large = serde_json::to_string(&Problem::new(Plainly::TooLarge)).unwrap();
    assert!(
        too_large.contains(r#""title":"Content Too Large""#),
        "{too_large}"
    );
    // 499 has no reason phrase: the entry's title stands in.
    let closed = serde_json::to_string(&Problem::new(Plainly::Closed)).unwrap();
    assert!(
        closed.contains(r#""title":"Client closed the request""#),
        "{closed}"
    );
}

#[test]
fn bodies_of_trait_objects_and_entries() {
    let error: Box<dyn CatalogError> = Box::new(ReportError::TooLarge { size: 3 });
    let body = serde_json::to_string(&Nested::new(&*error)).unwrap();
    assert_eq!(
        body,
        r#"{"error":{"code":"RPT_1304","message":"Export of 3 bytes is too large","http":413}}"#
    );
    let entry: &'static Entry = ReportError::lookup(1304).unwrap();
    let body = serde_json::to_string(&Nested::new(entry)).unwrap();
    assert_eq!(
        body,
        r#"{"error":{"code":"RPT_1304","message":"Export of {size} bytes is too large","http":413}}"#
    );
    let flat = serde_json::to_string(&Flat::new(entry)).unwrap();
    assert_eq!(
        flat,
        r#"{"error_code":1304,"error_message":"Export of {size} bytes is too large","details":null}"#
    );
}

#[test]
fn views_report_their_status() {
    assert_eq!(
        Nested::new(ReportError::TooLarge { size: 1 })
            .status()
            .as_u16(),
        413
    );
    assert_eq!(
        Problem::new(&ReportError::NotFound { id: 1 })
            .status()
            .as_u16(),
        404
    );
}

#[test]
fn bodies_read_back() {
    let error = ReportError::NotFound { id: 5 };
    let nested: NestedBody =
        serde_json::from_str(&serde_json::to_string(&Nested::new(&error)).unwrap()).unwrap();
    assert_eq!(nested.error.http, 404);
    assert_eq!(nested.entry::<ReportError>(), Some(error.entry()));
    let problem: ProblemBody =
        serde_json::from_str(&serde_json::to_string(&Problem::new(&error)).unwrap()).unwrap();
    assert_eq!(problem.detail.as_deref(), Some("Report 5 was not found"));
    assert_eq!(problem.entry::<ReportError>(), Some(error.entry()));
    let flat: FlatBody =
        serde_json::from_str(r#"{"error_code":1300,"error_message":"x","details":{"a":[1,2]}}"#)
            .unwrap();
    assert_eq!(
        flat.entry::<ReportError>().map(Entry::name),
        Some("NOT_FOUND")
    );
    // A minimal problem: every member is optional, `type` defaults.
    let minimal: ProblemBody = serde_json::from_str("{}").unwrap();
    assert_eq!(minimal.type_uri, "about:blank");
    assert_eq!(minimal.entry::<ReportError>(), None);
}

#[test]
fn hostile_json_is_an_error_not_a_panic() {
    let deep = "[".repeat(100_000);
    let inputs = [
        "",
        "null",
        "[]",
        "{",
        r#"{"error":null}"#,
        r#"{"error":{"code":1,"message":"x","http":404}}"#,
        r#"{"error":{"code":"A","message":"x","http":70000}}"#,
        r#"{"error_code":-1,"error_message":"x"}"#,
        r#"{"error_code":4294967296,"error_message":"x"}"#,
        r#"{"status":"404"}"#,
        "\u{0}\u{ffff}",
        deep.as_str(),
    ];
    for input in inputs {
        assert!(
            serde_json::from_str::<NestedBody>(input).is_err(),
            "{input:.40}"
        );
        assert!(
            serde_json::from_str::<FlatBody>(input).is_err(),
            "{input:.40}"
        );
        let _ = serde_json::from_str::<PlainBody>(input);
        let _ = serde_json::from_str::<ProblemBody>(input);
    }
    assert!(serde_json::from_str::<ProblemBody>(r#"{"status":"404"}"#).is_err());
}

#[test]
fn a_built_in_shape_is_named_by_its_path_too() {
    #[error_catalog(prefix = "STORE", body = error_catalog::body::Microsoft)]
    #[derive(Debug)]
    pub enum StoreError {
        #[error(code = 1, http = 404, message = "No such blob")]
        NoSuchBlob,
    }

    #[error_catalog(prefix = "QUOTA", body = ::error_catalog::body::Problem)]
    #[derive(Debug)]
    pub enum QuotaError {
        #[error(code = 1, http = 429, message = "Over quota")]
        OverQuota,
    }

    use error_catalog::body::Respond;
    let mut body = Vec::new();
    StoreError::NoSuchBlob
        .serialize_body(&mut serde_json::Serializer::new(&mut body))
        .unwrap();
    assert_eq!(
        String::from_utf8(body).unwrap(),
        r#"{"error":{"code":"STORE_1","message":"No such blob"}}"#
    );
    assert_eq!(
        QuotaError::OverQuota.content_type(),
        error_catalog::body::PROBLEM_JSON
    );
}

#[test]
fn a_page_shows_a_sample_without_placeholders_or_says_what_they_stand_for() {
    use error_catalog::doc::Page;

    #[error_catalog(rename_all = "snake_case")]
    #[derive(Debug)]
    pub enum PaymentError {
        #[error(http = 400, message = "Amount {amount} is too small")]
        AmountTooSmall { amount: u32 },
        #[error(http = 402, message = "The card was declined")]
        CardDeclined,
    }

    #[error_catalog(rename_all = "snake_case")]
    #[derive(Debug)]
    pub enum QuotaError {
        #[error(http = 429, message = "{used} of {limit} used; {used} is too many")]
        OverQuota { used: u32, limit: u32 },
    }

    // `amount_too_small` comes first, but has a placeholder.
    let page = Page::new("Payments")
        .catalog::<PaymentError>()
        .shape::<Problem>()
        .markdown();
    assert!(
        page.contains(r#""detail": "The card was declined""#),
        "{page}"
    );
    // Asked for, the sample is that code; each placeholder is said once.
    let page = Page::new("Payments")
        .catalog::<PaymentError>()
        .shape::<Problem>()
        .sample("amount_too_small")
        .markdown();
    assert!(
        page.contains(r#""detail": "Amount {amount} is too small""#),
        "{page}"
    );
    assert!(
        page.contains(
            "\n`{amount}` in the message stands for the value of the error's field of that name.\n"
        ),
        "{page}"
    );
    let page = Page::new("Quotas")
        .catalog::<QuotaError>()
        .shape::<Problem>()
        .markdown();
    assert!(
        page.contains("\n`{used}`, `{limit}` in the message stand for the value of the error's field of that name.\n"),
        "{page}"
    );
}
