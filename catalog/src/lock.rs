//! A lock file of published codes (feature `lock`): once a code is out, it is
//! never removed, renumbered, renamed, given another status or reused.
//!
//! ```no_run
//! # use error_catalog::error_catalog;
//! # #[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
//! # #[derive(Debug)]
//! # pub enum MetricsError {
//! #     #[error(code = 1000, http = 404, message = "The requested metric was not found")]
//! #     MetricNotFound,
//! # }
//! #[test]
//! fn published_codes_are_stable() {
//!     error_catalog::lock::check::<MetricsError>("errors.lock.json");
//! }
//! ```
//!
//! The first run writes the file; commit it. Later runs fail, naming each
//! code, when a locked code disappeared without being retired (`retired =
//! [...]` on the enum), changed its code string, name or status, or when a
//! code comes back that was retired. New codes and new retirements are
//! added to the file. `ERROR_CATALOG_LOCK=update` rewrites the file from
//! the catalogue, for a breaking change made on purpose.

use std::collections::BTreeMap;
use std::fmt;
use std::fmt::Write as _;
use std::ops::RangeInclusive;
use std::path::Path;

use serde::Deserialize;

use crate::doc::json_string;
use crate::Catalog;

/// The environment variable that, set to `update`, rewrites the lock file.
pub const UPDATE_VAR: &str = "ERROR_CATALOG_LOCK";

/// The contents of a lock file.
///
/// ```
/// use error_catalog::{error_catalog, lock::{Lock, Violation}};
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let lock = Lock::of::<ShopError>(None);
/// assert_eq!(lock.codes[0].code_str, "SHOP_1");
/// assert!(lock.violations::<ShopError>().is_empty());
///
/// // What a lock written before a change says, and what the change breaks.
/// let mut published = lock.clone();
/// published.codes[0].http = 410;
/// assert_eq!(
///     published.violations::<ShopError>(),
///     [Violation::StatusChanged { code_str: "SHOP_1".into(), was: 410, now: 404 }],
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Lock {
    /// Every published code, sorted by number.
    pub codes: Vec<LockedCode>,
    /// Retired codes, as inclusive `[start, end]` ranges.
    #[serde(default)]
    pub retired: Vec<(u32, u32)>,
    /// Every published code without a number (`card_declined`), sorted by
    /// code string.
    #[serde(default)]
    pub unnumbered: Vec<LockedCodeStr>,
    /// Retired code strings.
    #[serde(default)]
    pub retired_code_strs: Vec<String>,
    /// Each locale a catalogue has a file for (feature `locale`), with the
    /// code strings it translates, sorted: a locale that loses one sends
    /// the default's text to its readers instead.
    #[serde(default)]
    pub locales: BTreeMap<String, Vec<String>>,
}

/// One published code of a catalogue without numbers.
///
/// ```
/// use error_catalog::{error_catalog, lock::Lock};
///
/// #[error_catalog(rename_all = "snake_case")]
/// #[derive(Debug)]
/// pub enum CardError {
///     #[error(http = 402, message = "Your card was declined.")]
///     CardDeclined,
/// }
///
/// let locked = &Lock::of::<CardError>(None).unnumbered[0];
/// assert_eq!((locked.code_str.as_str(), locked.name.as_str(), locked.http), ("card_declined", "card_declined", 402));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LockedCodeStr {
    /// The code string clients see, which is the key.
    pub code_str: String,
    /// The name.
    pub name: String,
    /// The HTTP status.
    pub http: u16,
}

/// One published code.
///
/// ```
/// use error_catalog::{error_catalog, lock::{Lock, LockedCode}};
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// assert_eq!(
///     Lock::of::<ShopError>(None).codes,
///     [LockedCode { code: 1, code_str: "SHOP_1".into(), name: "NO_SUCH_ORDER".into(), http: 404 }],
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LockedCode {
    /// The number.
    pub code: u32,
    /// The code string clients see.
    pub code_str: String,
    /// The name.
    pub name: String,
    /// The HTTP status.
    pub http: u16,
}

/// A change that breaks the promise a published code makes. Its
/// `Display` says what changed and how to keep the promise.
///
/// ```
/// use error_catalog::{error_catalog, lock::{Lock, LockedCode, Violation}};
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// // A lock that still has code 2, which the catalogue no longer declares.
/// let mut published = Lock::of::<ShopError>(None);
/// published.codes.push(LockedCode { code: 2, code_str: "SHOP_2".into(), name: "GONE".into(), http: 410 });
/// let violations = published.violations::<ShopError>();
/// assert!(matches!(&violations[..], [Violation::Removed(locked)] if locked.code == 2));
/// assert_eq!(
///     violations[0].to_string(),
///     "SHOP_2 (GONE) was removed without being retired: put the variant back, or add 2 to `retired = [...]`",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// The code is gone, and the catalogue does not retire it.
    Removed(LockedCode),
    /// The code without a number is gone, and the catalogue does not
    /// retire its code string.
    RemovedCodeStr(LockedCodeStr),
    /// The code is back, though it was retired.
    Reused {
        /// The code string it now has.
        code_str: String,
    },
    /// The number now has another code string (a new prefix or format).
    CodeStrChanged {
        /// What the lock says.
        was: String,
        /// What the catalogue says.
        now: String,
    },
    /// The code has another name.
    Renamed {
        /// The code string.
        code_str: String,
        /// What the lock says.
        was: String,
        /// What the catalogue says.
        now: String,
    },
    /// The code has another HTTP status.
    StatusChanged {
        /// The code string.
        code_str: String,
        /// What the lock says.
        was: u16,
        /// What the catalogue says.
        now: u16,
    },
    /// The locale's file is gone, or no longer translates the code: its
    /// readers get the default locale's text.
    Untranslated {
        /// The locale.
        locale: String,
        /// The code string.
        code_str: String,
    },
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::Removed(locked) => write!(
                f,
                "{} ({}) was removed without being retired: put the variant back, or add {} to `retired = [...]`",
                locked.code_str, locked.name, locked.code
            ),
            Violation::RemovedCodeStr(locked) => write!(
                f,
                "{} ({}) was removed without being retired: put the variant back, or add {:?} to `retired = [...]`",
                locked.code_str, locked.name, locked.code_str
            ),
            Violation::Reused { code_str } => {
                write!(f, "{code_str} reuses a retired code: take a code never published")
            }
            Violation::CodeStrChanged { was, now } => {
                write!(f, "{was} is now {now}: a published code keeps its code string")
            }
            Violation::Renamed { code_str, was, now } => {
                write!(f, "{code_str} was {was} and is now {now}: a published code keeps its name")
            }
            Violation::StatusChanged { code_str, was, now } => write!(
                f,
                "{code_str} was sent with status {was} and now with {now}: a published code keeps its status"
            ),
            Violation::Untranslated { locale, code_str } => write!(
                f,
                "{code_str} was translated in `{locale}` and is no longer: its readers in that locale would get the default's text; put the locale's file or message back"
            ),
        }
    }
}

impl Lock {
    /// The lock of catalogue `C` as it is now, keeping the retirements of
    /// `previous`.
    pub fn of<C: Catalog>(previous: Option<&Lock>) -> Lock {
        let codes = C::ENTRIES
            .iter()
            .filter_map(|entry| {
                Some(LockedCode {
                    code: entry.number()?,
                    code_str: entry.code_str().to_owned(),
                    name: entry.name().to_owned(),
                    http: entry.status().as_u16(),
                })
            })
            .collect();
        let mut unnumbered: Vec<LockedCodeStr> = C::ENTRIES
            .iter()
            .filter(|entry| entry.number().is_none())
            .map(|entry| LockedCodeStr {
                code_str: entry.code_str().to_owned(),
                name: entry.name().to_owned(),
                http: entry.status().as_u16(),
            })
            .collect();
        unnumbered.sort_by(|a, b| a.code_str.cmp(&b.code_str));
        let mut retired_code_strs: Vec<String> = previous
            .map(|lock| lock.retired_code_strs.clone())
            .unwrap_or_default();
        retired_code_strs.extend(C::RETIRED_CODE_STRS.iter().map(|code| (*code).to_owned()));
        retired_code_strs.sort_unstable();
        retired_code_strs.dedup();
        let mut retired: Vec<(u32, u32)> = previous
            .map(|lock| lock.retired.clone())
            .unwrap_or_default();
        retired.extend(
            C::RETIRED
                .iter()
                .map(|range| (*range.start(), *range.end())),
        );
        retired.sort_unstable();
        retired.dedup();
        Lock {
            codes,
            retired,
            unnumbered,
            retired_code_strs,
            locales: translated::<C>(),
        }
    }

    /// Every way catalogue `C` breaks this lock.
    pub fn violations<C: Catalog>(&self) -> Vec<Violation> {
        let retired_now = |code: u32| {
            C::RETIRED
                .iter()
                .any(|range: &RangeInclusive<u32>| range.contains(&code))
        };
        let mut violations = Vec::new();
        for locked in &self.codes {
            // Of entries that share a code (`shares_code`), the one this
            // line recorded, else the one a lookup finds.
            let same_code = C::ENTRIES
                .iter()
                .filter(|entry| entry.number() == Some(locked.code))
                .find(|entry| {
                    entry.code_str() == locked.code_str
                        && entry.name() == locked.name
                        && entry.status().as_u16() == locked.http
                });
            let Some(entry) = same_code.or_else(|| C::lookup(locked.code)) else {
                if !retired_now(locked.code) {
                    violations.push(Violation::Removed(locked.clone()));
                }
                continue;
            };
            if entry.code_str() != locked.code_str {
                violations.push(Violation::CodeStrChanged {
                    was: locked.code_str.clone(),
                    now: entry.code_str().to_owned(),
                });
            }
            if entry.name() != locked.name {
                violations.push(Violation::Renamed {
                    code_str: entry.code_str().to_owned(),
                    was: locked.name.clone(),
                    now: entry.name().to_owned(),
                });
            }
            if entry.status().as_u16() != locked.http {
                violations.push(Violation::StatusChanged {
                    code_str: entry.code_str().to_owned(),
                    was: locked.http,
                    now: entry.status().as_u16(),
                });
            }
        }
        for locked in &self.unnumbered {
            // Of entries that share a code string, the one this line
            // recorded, else the first.
            let mut same = C::ENTRIES
                .iter()
                .filter(|entry| entry.number().is_none() && entry.code_str() == locked.code_str);
            let Some(first) = same.clone().next() else {
                if !C::RETIRED_CODE_STRS.contains(&locked.code_str.as_str()) {
                    violations.push(Violation::RemovedCodeStr(locked.clone()));
                }
                continue;
            };
            let entry = same
                .find(|entry| entry.name() == locked.name && entry.status().as_u16() == locked.http)
                .unwrap_or(first);
            if entry.name() != locked.name {
                violations.push(Violation::Renamed {
                    code_str: locked.code_str.clone(),
                    was: locked.name.clone(),
                    now: entry.name().to_owned(),
                });
            }
            if entry.status().as_u16() != locked.http {
                violations.push(Violation::StatusChanged {
                    code_str: locked.code_str.clone(),
                    was: locked.http,
                    now: entry.status().as_u16(),
                });
            }
        }
        for entry in C::ENTRIES {
            let Some(code) = entry.number() else {
                if self
                    .retired_code_strs
                    .iter()
                    .any(|retired| retired == entry.code_str())
                {
                    violations.push(Violation::Reused {
                        code_str: entry.code_str().to_owned(),
                    });
                }
                continue;
            };
            if self
                .retired
                .iter()
                .any(|&(start, end)| (start..=end).contains(&code))
            {
                violations.push(Violation::Reused {
                    code_str: entry.code_str().to_owned(),
                });
            }
        }
        let now = translated::<C>();
        for (locale, code_strs) in &self.locales {
            let translated = now.get(locale);
            for code_str in code_strs {
                // A code removed or retired is judged above, once.
                let still_there = C::ENTRIES.iter().any(|entry| entry.code_str() == code_str);
                if still_there && !translated.is_some_and(|now| now.contains(code_str)) {
                    violations.push(Violation::Untranslated {
                        locale: locale.clone(),
                        code_str: code_str.clone(),
                    });
                }
            }
        }
        violations
    }

    /// The file's text: one code a line, so that a diff shows each change.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n  \"codes\": [\n");
        for (i, code) in self.codes.iter().enumerate() {
            let comma = if i + 1 < self.codes.len() { "," } else { "" };
            let _ = writeln!(
                out,
                "    {{\"code\": {}, \"code_str\": {}, \"name\": {}, \"http\": {}}}{comma}",
                code.code,
                json_string(&code.code_str),
                json_string(&code.name),
                code.http,
            );
        }
        out.push_str("  ],\n  \"retired\": [");
        let ranges: Vec<String> = self
            .retired
            .iter()
            .map(|(start, end)| format!("[{start}, {end}]"))
            .collect();
        out.push_str(&ranges.join(", "));
        out.push(']');
        // A catalogue with numbers writes exactly what it always has.
        if !self.unnumbered.is_empty() || !self.retired_code_strs.is_empty() {
            out.push_str(",\n  \"unnumbered\": [\n");
            for (i, code) in self.unnumbered.iter().enumerate() {
                let comma = if i + 1 < self.unnumbered.len() {
                    ","
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "    {{\"code_str\": {}, \"name\": {}, \"http\": {}}}{comma}",
                    json_string(&code.code_str),
                    json_string(&code.name),
                    code.http,
                );
            }
            let retired: Vec<String> = self
                .retired_code_strs
                .iter()
                .map(|code| json_string(code))
                .collect();
            let _ = write!(
                out,
                "  ],\n  \"retired_code_strs\": [{}]",
                retired.join(", ")
            );
        }
        // A catalogue without locales writes exactly what it always has.
        if !self.locales.is_empty() {
            out.push_str(",\n  \"locales\": {\n");
            for (i, (locale, code_strs)) in self.locales.iter().enumerate() {
                let comma = if i + 1 < self.locales.len() { "," } else { "" };
                let code_strs: Vec<String> =
                    code_strs.iter().map(|code| json_string(code)).collect();
                let _ = writeln!(
                    out,
                    "    {}: [{}]{comma}",
                    json_string(locale),
                    code_strs.join(", ")
                );
            }
            out.push_str("  }");
        }
        out.push_str("\n}\n");
        out
    }
}

/// Each locale of a file the catalogue `C` has (its categories' alike),
/// with the code strings it translates, sorted.
fn translated<C: Catalog>() -> BTreeMap<String, Vec<String>> {
    let mut locales: BTreeMap<String, Vec<String>> = BTreeMap::new();
    #[cfg(feature = "locale")]
    for entry in C::ENTRIES {
        let Some(entry_locales) = entry.locales() else {
            continue;
        };
        for tag in entry_locales.tags().skip(1) {
            let codes = locales.entry(tag.to_owned()).or_default();
            if entry_locales.translates(tag, entry.code_str()) {
                codes.push(entry.code_str().to_owned());
            }
        }
    }
    for codes in locales.values_mut() {
        codes.sort_unstable();
        codes.dedup();
    }
    locales
}

/// Checks catalogue `C` against the lock file at `path`, relative to the
/// package's root under `cargo test`: writes it when it is missing or when
/// `ERROR_CATALOG_LOCK=update`, records new codes and retirements, and
/// panics naming every breaking change.
///
/// # Panics
///
/// On a breaking change, or when the file cannot be read, parsed or
/// written: it is a test helper.
///
/// ```
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// # let directory = std::env::temp_dir().join(format!("error-catalog-lock-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&directory).unwrap();
/// let path = directory.join("errors.lock.json");
/// error_catalog::lock::check::<ShopError>(&path); // the first run writes the file
/// assert!(std::fs::read_to_string(&path).unwrap().contains(r#""code_str": "SHOP_1""#));
/// error_catalog::lock::check::<ShopError>(&path); // later runs compare
/// # std::fs::remove_dir_all(&directory).unwrap();
/// ```
pub fn check<C: Catalog>(path: impl AsRef<Path>) {
    let path = path.as_ref();
    let update = std::env::var(UPDATE_VAR).is_ok_and(|value| value == "update");
    let previous = match std::fs::read_to_string(path) {
        Ok(text) => Some(
            serde_json::from_str::<Lock>(&text)
                .unwrap_or_else(|error| panic!("{} is not a lock file: {error}", path.display())),
        ),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => panic!("cannot read {}: {error}", path.display()),
    };
    if let (Some(lock), false) = (&previous, update) {
        let violations = lock.violations::<C>();
        if !violations.is_empty() {
            let list: Vec<String> = violations
                .iter()
                .map(|violation| format!("  - {violation}"))
                .collect();
            panic!(
                "{} breaks the lock file {}:\n{}\nTo break them on purpose: {UPDATE_VAR}=update cargo test",
                std::any::type_name::<C>(),
                path.display(),
                list.join("\n")
            );
        }
    }
    let current = Lock::of::<C>(previous.as_ref().filter(|_| !update));
    if previous.as_ref() != Some(&current) {
        std::fs::write(path, current.to_json())
            .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    }
}
