//! The expansion must not trip any lint in a crate that denies them all.
//! `cargo clippy --workspace --all-targets -- -D warnings` (run by CI) checks
//! this file with the lints below turned into errors.
#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]

use error_catalog::{error_catalog, Catalog, CatalogError};

/// Errors of a service, with every kind of variant.
#[error_catalog(prefix = "LINT", range = 1..=99)]
#[derive(Debug)]
pub enum LintError<T> {
    /// The same text as another variant.
    #[error(code = 1, http = 404, message = "Not found")]
    NotFound,
    /// The same text again.
    #[error(code = 2, http = 404, message = "Not found")]
    AlsoNotFound,
    /// Named fields.
    #[error(code = 3, http = 400, message = "Bad {field}: {reason:?}")]
    Bad {
        /// Which field.
        field: String,
        /// Why.
        reason: String,
    },
    /// A generic payload.
    #[error(code = 4, http = 422, message = "Rejected {0}")]
    Rejected(T),
    /// A wrapped I/O error.
    #[error(code = 5, http = 500, message = "I/O failed")]
    Io(#[from] std::io::Error),
    /// Taken from the doc comment.
    #[error(code = 6, http = 503)]
    Unavailable,
    /// With arguments after the template.
    #[error(code = 7, http = 413, message("{} items, at most {max}", .0.len(), max = 10))]
    TooMany(Vec<u8>),
    /// A catch-all over any error.
    #[error(code = 8, http = 500, transparent)]
    Internal(Box<dyn std::error::Error + Send + Sync>),
}

/// A category with structured details.
#[error_catalog(prefix = "LINT", range = 100..=199, doc_url = "https://docs.example.com/{code_str}")]
#[derive(Debug)]
pub enum DetailError {
    /// Invalid input, with the offending fields.
    #[error(code = 100, http = 400, resolution = "Fix the fields")]
    Invalid(#[details] Vec<String>),
}

/// A catalogue without codes yet.
#[error_catalog(prefix = "LINT", range = 200..=299)]
#[derive(Debug)]
pub enum EmptyError {}

/// A catalogue without numbers, with a type parameter.
#[error_catalog(
    rename_all = "snake_case",
    doc_url = "https://docs.example.com/{name:kebab-case}"
)]
#[derive(Debug)]
pub enum SymbolicError<T: std::fmt::Debug> {
    /// The card was declined.
    #[error(http = 402)]
    CardDeclined,
    /// A payload in the message.
    #[error(http = 400, message = "Bad amount {0:?}")]
    BadAmount(T),
}

/// A private one, whose generated items nobody calls.
#[error_catalog(rename_all = "PascalCase")]
#[derive(Debug)]
enum PrivateSymbolicError {
    /// Gone.
    #[error(http = 410)]
    Gone,
}

/// A shape of one's own, derived.
#[derive(serde::Serialize, serde::Deserialize, error_catalog::body::Shape)]
#[shape(content_type = "application/vnd.lint+json")]
pub struct LintBody<'a, D = serde::de::IgnoredAny, P = serde::de::IgnoredAny> {
    /// The code string.
    #[shape(code_str)]
    pub code: std::borrow::Cow<'a, str>,
    /// The message.
    #[shape(message)]
    pub message: String,
    /// The number, if any.
    #[shape(number)]
    pub number: Option<u32>,
    /// The details.
    #[shape(details)]
    pub details: Option<D>,
    /// The public fields.
    #[shape(public)]
    pub members: Option<P>,
    /// A nested shape.
    pub inner: LintInner,
}

/// A nested shape.
#[derive(serde::Serialize, serde::Deserialize, error_catalog::body::Shape)]
pub struct LintInner {
    /// The status.
    #[shape(status)]
    pub status: u16,
}

/// A catalogue with translations of every kind of placeholder.
#[error_catalog(prefix = "LINT", range = 300..=399, locales = "tests/locales/lints")]
#[derive(Debug)]
pub enum LocalizedError<T> {
    /// Named fields, one shown with `Debug`.
    #[error(
        code = 301,
        http = 400,
        message = "Bad {field}: {reason:?}",
        resolution = "Fix it"
    )]
    Bad {
        /// Which field.
        field: String,
        /// Why.
        reason: String,
    },
    /// A generic payload.
    #[error(code = 302, http = 422, message = "Rejected {0}")]
    Rejected(T),
    /// Arguments after the template.
    #[error(code = 303, http = 413, message("{} items, at most {max}", .0.len(), max = 10))]
    TooMany(Vec<u8>),
    /// A source, which no translation shows.
    #[error(code = 304, http = 500, message = "I/O failed: {0}")]
    Io(#[from] std::io::Error),
    /// A public field only the translation names.
    #[error(code = 305, http = 429, message = "Slow down")]
    Slow {
        /// How long to wait.
        #[public]
        seconds: u32,
    },
}

/// Everything, composed.
#[error_catalog(prefix = "LINT", retired = [50..=59])]
#[derive(Debug)]
pub enum ComposedError {
    /// The generic catalogue, and the I/O errors it converts.
    #[error(transparent, from = [std::io::Error])]
    Lint(LintError<u8>),
    /// The detailed one.
    #[error(transparent)]
    Detail(DetailError),
    /// The empty one.
    #[error(transparent)]
    Empty(EmptyError),
    /// The one with translations.
    #[error(transparent)]
    Localized(LocalizedError<String>),
}

error_catalog::responses! {
    /// An operation's errors, from a generic catalogue and a composed one.
    pub struct LintSet = LintError<u8> { NotFound, Bad, Internal };

    /// The composed catalogue's, through a category.
    pub struct ComposedSet = ComposedError { Detail, Lint };
}

#[test]
fn lint_clean_expansion_works() {
    use utoipa::IntoResponses;
    assert_eq!(
        LintSet::responses().keys().collect::<Vec<_>>(),
        ["400", "404", "500"]
    );
    assert_eq!(ComposedSet::responses().len(), 6);
    assert_eq!(ComposedError::responses().len(), 7);

    assert_eq!(ComposedError::ENTRIES.len(), 14);
    assert_eq!(
        ComposedError::from(DetailError::Invalid(vec![])).code(),
        100
    );
    let error: LintError<u8> = LintError::Rejected(7);
    assert_eq!(error.message(), "Rejected 7");
    assert_eq!(LintError::<u8>::ENTRIES.len(), 8);
    assert_eq!(
        LintError::<u8>::TooMany(vec![1; 12]).to_string(),
        "12 items, at most 10"
    );
    assert_eq!(
        LintError::<u8>::Unavailable.to_string(),
        "Taken from the doc comment."
    );
    let symbolic = SymbolicError::BadAmount(3);
    assert_eq!(symbolic.number(), None);
    assert_eq!(symbolic.code_str(), "bad_amount");
    assert_eq!(PrivateSymbolicError::Gone.code_str(), "Gone");
    let in_german = |error: ComposedError| {
        error_catalog::locale::scope("de", || error_catalog::locale::client_message(&error))
    };
    let bad = LocalizedError::Bad {
        field: "name".into(),
        reason: "empty".into(),
    };
    assert_eq!(in_german(bad.into()), "Falsches name: \"empty\"");
    assert_eq!(
        in_german(LocalizedError::Rejected("x".to_owned()).into()),
        "Abgelehnt: x"
    );
    assert_eq!(
        in_german(LocalizedError::TooMany(vec![1; 12]).into()),
        "12 Einträge, höchstens 10"
    );
    assert_eq!(
        in_german(LocalizedError::Io(std::io::Error::other("disk 7")).into()),
        "Ein-/Ausgabe fehlgeschlagen"
    );
    assert_eq!(
        in_german(LocalizedError::Slow { seconds: 30 }.into()),
        "Langsamer, noch 30 Sekunden"
    );
    assert_eq!(
        in_german(DetailError::Invalid(vec![]).into()),
        "Invalid input, with the offending fields."
    );
    let body = serde_json::to_string(&error_catalog::body::Shaped::<LintBody, _>::new(
        DetailError::Invalid(vec!["a".into()]),
    ))
    .unwrap();
    assert_eq!(
        body,
        r#"{"code":"LINT_100","message":"Invalid input, with the offending fields.","number":100,"details":["a"],"members":null,"inner":{"status":400}}"#
    );
}
