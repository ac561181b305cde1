//! What an error body may say of the request it answers: an id, the time
//! and the path. A negotiating layer of the web integrations that is asked
//! to (`negotiate().request_context("x-request-id")`) makes it known to
//! the responses built while its inner service runs, as it does the
//! request's `Accept`; shapes take it as parts. Outside such a layer there
//! is none, and those parts are absent.
//!
//! ```
//! use error_catalog::body::Problem;
//! use error_catalog::context::RequestContext;
//! use error_catalog::error_catalog;
//!
//! #[error_catalog(prefix = "SHOP")]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(code = 1, http = 404, message = "No such order")]
//!     NoSuchOrder,
//! }
//!
//! let context = RequestContext::new("req-7", "/orders/7");
//! let body = context.scope(|| serde_json::to_string(&Problem::new(ShopError::NoSuchOrder)).unwrap());
//! assert!(body.contains(r#""instance":"/orders/7","code":"SHOP_1","request_id":"req-7","timestamp":"#));
//! ```

use std::cell::Cell;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

thread_local! {
    /// The context of the request whose response is being built.
    static CURRENT: Cell<*const RequestContext> = const { Cell::new(std::ptr::null()) };
}

/// The longest request id taken from a client; a longer one is replaced.
pub const MAX_ID_LEN: usize = 128;

/// The request an error answers, as its body may name it.
///
/// ```
/// use error_catalog::context::RequestContext;
///
/// let context = RequestContext::new("req-7", "/orders/7");
/// assert_eq!(context.id(), "req-7");
/// assert_eq!(context.path(), "/orders/7");
/// assert!(context.timestamp().ends_with('Z'));
///
/// // Bodies built inside `scope` name it; outside, there is none.
/// let id = context.scope(|| RequestContext::with_current(|current| current.map(|c| c.id().to_owned())));
/// assert_eq!(id.as_deref(), Some("req-7"));
/// assert!(RequestContext::with_current(|current| current.is_none()));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct RequestContext(
    // One pointer: a layer's future holds it for every request, and a
    // copy for a spawned task (`Negotiation::current`) counts a reference.
    Arc<Known>,
);

/// What a context knows: its id and its path, in one piece of text, and
/// the time.
#[derive(Clone, PartialEq, Eq)]
struct Known {
    id_and_path: Box<str>,
    id_len: usize,
    time: SystemTime,
}

impl std::fmt::Debug for RequestContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestContext")
            .field("id", &self.id())
            .field("time", &self.time())
            .field("path", &self.path())
            .finish()
    }
}

impl RequestContext {
    /// A context for the request `id` at `path`, now. An `id` that is not a
    /// safe one (see [`is_safe_id`]) is replaced by a generated one.
    pub fn new(id: &str, path: &str) -> Self {
        if is_safe_id(id) {
            Self::at(id, path, SystemTime::now())
        } else {
            Self::generated(path)
        }
    }

    /// The context of request `id` at `path` and `time`.
    fn at(id: &str, path: &str, time: SystemTime) -> Self {
        let mut id_and_path = String::with_capacity(id.len() + path.len());
        id_and_path.push_str(id);
        id_and_path.push_str(path);
        RequestContext(Arc::new(Known {
            id_and_path: id_and_path.into_boxed_str(),
            id_len: id.len(),
            time,
        }))
    }

    /// A context with a generated id.
    ///
    /// ```
    /// use error_catalog::context::RequestContext;
    ///
    /// let first = RequestContext::generated("/");
    /// let second = RequestContext::generated("/");
    /// assert_eq!(first.id().len(), 36);
    /// assert_ne!(first.id(), second.id());
    /// ```
    pub fn generated(path: &str) -> Self {
        let id = generated_id();
        // ASCII hexadecimal digits and dashes: always UTF-8.
        Self::at(
            std::str::from_utf8(&id).unwrap_or_default(),
            path,
            SystemTime::now(),
        )
    }

    /// The context documentation shows: a fixed id, time and path, so that
    /// a document written twice is the same.
    #[cfg(feature = "openapi")]
    pub(crate) fn sample() -> Self {
        Self::at(
            "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
            "/path/of/the/request",
            UNIX_EPOCH + std::time::Duration::from_secs(1_767_225_600),
        )
    }

    /// The same context at another time: what a test that compares bodies
    /// byte for byte fixes.
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    ///
    /// use error_catalog::context::RequestContext;
    ///
    /// let context = RequestContext::new("req-7", "/").with_time(UNIX_EPOCH + Duration::from_secs(86_400));
    /// assert_eq!(context.timestamp(), "1970-01-02T00:00:00.000Z");
    /// ```
    #[must_use]
    pub fn with_time(mut self, time: SystemTime) -> Self {
        Arc::make_mut(&mut self.0).time = time;
        self
    }

    /// The request's id: the client's, when it sent a safe one, else one
    /// generated (a UUID v4 in its text form).
    pub fn id(&self) -> &str {
        self.0.id_and_path.get(..self.0.id_len).unwrap_or_default()
    }

    /// When the request came.
    pub fn time(&self) -> SystemTime {
        self.0.time
    }

    /// The request's path.
    pub fn path(&self) -> &str {
        self.0.id_and_path.get(self.0.id_len..).unwrap_or_default()
    }

    /// [`time`](Self::time) as an RFC 3339 timestamp in UTC, to the
    /// millisecond: `2026-12-05T06:45:12.123Z`.
    pub fn timestamp(&self) -> String {
        rfc3339(self.time(), 3)
    }

    /// [`time`](Self::time) as an RFC 3339 timestamp in UTC with `digits`
    /// digits of fractions of a second (at most 9; none for 0): 7 is what
    /// .NET services such as Azure Storage write,
    /// `2014-06-04T16:18:20.7088013Z`.
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    ///
    /// use error_catalog::context::RequestContext;
    ///
    /// let at = UNIX_EPOCH + Duration::from_nanos(1_401_898_700_708_801_300);
    /// let context = RequestContext::new("req-7", "/").with_time(at);
    /// assert_eq!(context.timestamp_to(7), "2014-06-04T16:18:20.7088013Z");
    /// assert_eq!(context.timestamp_to(0), "2014-06-04T16:18:20Z");
    /// ```
    pub fn timestamp_to(&self, digits: usize) -> String {
        rfc3339(self.time(), digits)
    }

    /// Runs `f` with the context of the request being answered, `None`
    /// outside a layer that makes one known (or a [`scope`](Self::scope)).
    #[inline]
    pub fn with_current<R>(f: impl FnOnce(Option<&RequestContext>) -> R) -> R {
        crate::scoped::with_lent(&CURRENT, f)
    }

    /// Runs `f` with this context known to the bodies it builds: what a
    /// task spawned away from the request uses to answer as the request
    /// would have. The context around it is restored after, even if `f`
    /// panics.
    pub fn scope<R>(&self, f: impl FnOnce() -> R) -> R {
        enter(self, f)
    }
}

/// Runs `f` with `context` as the current context, the one around
/// restored after.
pub(crate) fn enter<T>(context: &RequestContext, f: impl FnOnce() -> T) -> T {
    crate::scoped::lend(&CURRENT, Some(context), f)
}

/// Whether a request id sent by a client can be sent back as it is: 1 to
/// [`MAX_ID_LEN`] bytes of ASCII letters, digits, `-`, `_`, `.` and `:`,
/// which need no escaping in a header, JSON or XML.
///
/// ```
/// use error_catalog::context::is_safe_id;
///
/// assert!(is_safe_id("3f2a9c1e-7b1d-4c55-9a0e-2f6b1d0c9e77"));
/// assert!(!is_safe_id("<script>"));
/// assert!(!is_safe_id(""));
/// assert!(!is_safe_id(&"a".repeat(129)));
/// ```
pub fn is_safe_id(id: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"-_.:".contains(&byte))
}

/// A UUID v4 in its text form, from the random keys the standard library
/// seeds its hash maps with: unique enough for telling requests apart, and
/// no dependency.
fn generated_id() -> [u8; 36] {
    let random = || {
        std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish()
    };
    let (high, low) = (random(), random());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&high.to_be_bytes());
    bytes[8..].copy_from_slice(&low.to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = [0u8; 36];
    let mut at = 0;
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            text[at] = b'-';
            at += 1;
        }
        text[at] = HEX[usize::from(byte >> 4)];
        text[at + 1] = HEX[usize::from(byte & 0x0f)];
        at += 2;
    }
    text
}

/// `time` as `YYYY-MM-DDTHH:MM:SS.fffZ` with `digits` digits of fractions
/// (at most 9, and no `.` for none); a time before 1970 as the epoch.
fn rfc3339(time: SystemTime, digits: usize) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs();
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    let mut text = format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
    );
    let digits = digits.min(9);
    if digits > 0 {
        let nanos = format!("{:09}", since.subsec_nanos());
        text.push('.');
        text.push_str(&nanos[..digits]);
    }
    text.push('Z');
    text
}

/// The date `days` after 1970-01-01, by Howard Hinnant's algorithm.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn timestamps_are_rfc_3339_in_utc() {
        let at = |seconds: u64, millis: u64| {
            rfc3339(
                UNIX_EPOCH + Duration::from_secs(seconds) + Duration::from_millis(millis),
                3,
            )
        };
        assert_eq!(at(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(at(951_782_400, 5), "2000-02-29T00:00:00.005Z");
        assert_eq!(at(1_490_575_899, 446), "2017-03-27T00:51:39.446Z");
        assert_eq!(at(4_102_444_799, 999), "2099-12-31T23:59:59.999Z");
    }

    #[test]
    fn an_unsafe_id_is_replaced() {
        let context = RequestContext::new("a\"b<c>", "/");
        assert_eq!(context.id().len(), 36);
        assert!(is_safe_id(context.id()));
    }

    /// A scope entered while a body reads the current context is the
    /// current one inside, and the one read stays what it was.
    #[test]
    fn a_scope_entered_while_reading_the_context_is_current() {
        let outer = RequestContext::new("outer", "/a");
        let inner = RequestContext::new("inner", "/b");
        let read = outer.scope(|| {
            RequestContext::with_current(|around| {
                let within = inner.scope(|| {
                    RequestContext::with_current(|current| current.map(|c| c.id().to_owned()))
                });
                (around.map(|c| c.id().to_owned()), within)
            })
        });
        assert_eq!(read, (Some("outer".to_owned()), Some("inner".to_owned())));
    }

    #[test]
    fn a_generated_id_is_a_uuid_v4() {
        for _ in 0..64 {
            let context = RequestContext::generated("/");
            let id = context.id();
            let groups: Vec<&str> = id.split('-').collect();
            assert_eq!(
                groups.iter().map(|group| group.len()).collect::<Vec<_>>(),
                [8, 4, 4, 4, 12],
                "{id}"
            );
            assert!(
                id.bytes().all(|byte| byte == b'-'
                    || byte.is_ascii_digit()
                    || (b'a'..=b'f').contains(&byte)),
                "{id}"
            );
            assert!(groups[2].starts_with('4'), "version 4: {id}");
            assert!(
                groups[3].starts_with(['8', '9', 'a', 'b']),
                "variant 1: {id}"
            );
        }
    }
}
