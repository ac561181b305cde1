//! Content negotiation for error bodies: which of the media types a
//! catalogue can send the request's `Accept` prefers, and the scope in
//! which a web-framework layer makes the request's `Accept` known to the
//! responses built inside it.
//!
//! A response is built by `IntoResponse` (or actix's `ResponseError`), which
//! never sees the request. The layer lends the request's `Accept` through
//! a thread-local for the time each poll of the inner service's future
//! takes, which is when a handler's error is turned into a response; the
//! response reads it there. Outside a layer there is nothing to read, and
//! responses are as the catalogue chose.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use http::HeaderValue;

use crate::context::RequestContext;
use crate::quality;

thread_local! {
    /// Lent by a negotiating layer: the request's `Accept`, if any.
    static ACCEPT: Cell<*const Option<HeaderValue>> = const { Cell::new(std::ptr::null()) };

    /// The last choices made on this thread. Clients send the same few
    /// `Accept` values (each SDK and browser its own), and a choice depends
    /// on the value and the types offered alone: a request that sends one
    /// of them again is answered without reading it.
    static LAST_CHOICES: RefCell<LastChoices> = const { RefCell::new(LastChoices::NONE) };
}

/// How many choices a thread keeps: as many `Accept` values as the
/// clients of a service commonly send in turn.
const KEPT_CHOICES: usize = 4;

/// The choices a thread keeps, the oldest replaced first.
struct LastChoices {
    choices: [LastChoice; KEPT_CHOICES],
    /// The one to replace next.
    next: usize,
}

impl LastChoices {
    const NONE: LastChoices = LastChoices {
        choices: [LastChoice::NONE; KEPT_CHOICES],
        next: 0,
    };

    fn of(&self, accept: &[u8], offer: Offer) -> Option<&'static str> {
        self.choices
            .iter()
            .find_map(|choice| choice.of(accept, offer))
    }

    fn keep(&mut self, accept: &[u8], offer: Offer, chosen: &'static str) {
        if self.choices[self.next].keep(accept, offer, chosen) {
            self.next = (self.next + 1) % KEPT_CHOICES;
        }
    }
}

/// An `Accept` value, the offer it was weighed against, and what it chose.
/// Its bytes are held in place, so that the thread-local needs no
/// destructor and is reached without checking that it was set up.
struct LastChoice {
    accept: [u8; LONGEST_KEPT],
    accept_len: usize,
    /// `None` while nothing is kept.
    offer: Option<Offer>,
    chosen: &'static str,
}

/// The longest `Accept` a thread keeps with its choice: a client's is a
/// few dozen bytes, and a thread holds no more than this for one that
/// sends kilobytes.
const LONGEST_KEPT: usize = 256;

impl LastChoice {
    const NONE: LastChoice = LastChoice {
        accept: [0; LONGEST_KEPT],
        accept_len: 0,
        offer: None,
        chosen: "",
    };

    /// The choice of `accept` in `offer`, if it is the one kept.
    fn of(&self, accept: &[u8], offer: Offer) -> Option<&'static str> {
        let same = self.offer.is_some_and(|kept| kept.is(offer))
            && self.accept.get(..self.accept_len) == Some(accept);
        same.then_some(self.chosen)
    }

    /// Keeps this choice in place of the one held, unless its `Accept` is
    /// too long to keep: whether it was kept.
    fn keep(&mut self, accept: &[u8], offer: Offer, chosen: &'static str) -> bool {
        let Some(place) = self.accept.get_mut(..accept.len()) else {
            return false;
        };
        place.copy_from_slice(accept);
        self.accept_len = accept.len();
        self.offer = Some(offer);
        self.chosen = chosen;
        true
    }
}

/// What a response may be sent as: its catalogue's own media type, and the
/// alternatives a negotiating layer offers besides (a problem), each a
/// `'static` string of the library's or the catalogue's.
#[derive(Clone, Copy)]
struct Offer {
    own: &'static str,
    alternatives: &'static [&'static str],
}

impl Offer {
    /// Whether `other` is this offer: compared by address, which the same
    /// catalogue's offers are at, so that a response finds its kept choice
    /// without listing its types. Another address for the same types
    /// (a copy of a constant) only costs a choice made again.
    fn is(self, other: Offer) -> bool {
        std::ptr::eq(self.own, other.own) && std::ptr::eq(self.alternatives, other.alternatives)
    }

    /// The types offered, the catalogue's own first, each once (a
    /// catalogue whose own shape is a problem offers it once), at most
    /// [`MOST_OFFERED`].
    fn types(self) -> ([&'static str; MOST_OFFERED], usize) {
        let mut types = [self.own; MOST_OFFERED];
        let mut count = 1;
        for &alternative in self.alternatives.iter().take(MOST_OFFERED - 1) {
            if alternative != self.own {
                types[count] = alternative;
                count += 1;
            }
        }
        (types, count)
    }

    /// The type `accept` prefers of this offer (see [`preferred`]).
    fn preferred(self, accept: Option<&[u8]>) -> &'static str {
        let (types, count) = self.types();
        preferred(accept, &types[..count])
    }
}

/// The request's `Accept` as a layer stores it while the inner service
/// runs, lent to the responses built during each poll; and its context,
/// when the layer makes one.
#[derive(Debug, Default)]
pub(crate) struct Scope {
    /// `None` for a scope that negotiates nothing (a [`Negotiation`] taken
    /// outside every layer).
    accept: Option<Option<HeaderValue>>,
    context: Option<RequestContext>,
    /// The request's `Accept-Language`, which chooses the locale of a
    /// catalogue that has locales.
    #[cfg(feature = "locale")]
    language: Option<crate::locale::Languages>,
}

impl Scope {
    pub(crate) fn new(accept: Option<HeaderValue>, context: Option<RequestContext>) -> Self {
        Scope {
            accept: Some(accept),
            context,
            #[cfg(feature = "locale")]
            language: None,
        }
    }

    /// The same scope, with the request's `Accept-Language`.
    #[cfg(feature = "locale")]
    pub(crate) fn with_language(mut self, language: Option<HeaderValue>) -> Self {
        self.language = Some(crate::locale::Languages::new(language));
        self
    }

    /// Runs `poll` with this scope's `Accept` known to the responses it
    /// builds; a scope around it (a layer inside a layer) is restored after,
    /// even if `poll` panics.
    pub(crate) fn enter<T>(&self, poll: impl FnOnce() -> T) -> T {
        crate::scoped::lend(&ACCEPT, self.accept.as_ref(), || {
            #[cfg(feature = "locale")]
            let poll = || match &self.language {
                // Likewise, a layer that does not read `Accept-Language`.
                Some(language) => crate::locale::enter(language, poll),
                None => poll(),
            };
            // A layer that makes no context leaves that of a layer around it.
            match &self.context {
                Some(context) => crate::context::enter(context, poll),
                None => poll(),
            }
        })
    }
}

/// What a negotiating layer makes known of the request being answered (its
/// `Accept`, and its context when the layer makes one), taken along to
/// build a response somewhere the layer does not reach: a task spawned by
/// the handler (`tokio::spawn`, `actix_web::rt::spawn`), whose polls run
/// outside the layer's. Outside a layer it holds nothing, and responses
/// built in its scope are as the catalogue chose.
#[cfg_attr(
    feature = "axum",
    doc = r#"
```
use axum::response::{IntoResponse, Response};
use error_catalog::axum::Negotiation;
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No such order")]
    NoSuchOrder,
}

async fn order() -> Response {
    let negotiation = Negotiation::current();
    // Built elsewhere (a thread here, a spawned task alike): under the
    // scope, as the request asked.
    let answer = std::thread::spawn(move || {
        negotiation.scope(|| ShopError::NoSuchOrder.into_response())
    });
    answer.join().unwrap()
}
# let _ = order;
```
"#
)]
#[derive(Debug, Clone, Default)]
pub struct Negotiation {
    accept: Option<Option<HeaderValue>>,
    context: Option<RequestContext>,
    #[cfg(feature = "locale")]
    language: Option<Option<HeaderValue>>,
}

impl Negotiation {
    /// What the layer around the current response knows; nothing outside
    /// one.
    pub fn current() -> Self {
        let accept = crate::scoped::with_lent(&ACCEPT, |accept| accept.cloned());
        let context = RequestContext::with_current(|context| context.cloned());
        Negotiation {
            accept,
            context,
            #[cfg(feature = "locale")]
            language: crate::locale::current(),
        }
    }

    /// Runs `f` with this negotiation known to the responses it builds, as
    /// the layer would have; what was known around it is restored after.
    pub fn scope<R>(&self, f: impl FnOnce() -> R) -> R {
        let scope = Scope {
            accept: self.accept.clone(),
            context: self.context.clone(),
            #[cfg(feature = "locale")]
            language: self.language.clone().map(crate::locale::Languages::new),
        };
        scope.enter(f)
    }
}

/// The context of a request, for a layer that makes one: its id from the
/// header `id_header` when the client sent a safe one (see
/// [`is_safe_id`](crate::context::is_safe_id)), else a generated one, and a
/// refused one logged.
pub(crate) fn request_context(id_header: &str, sent: Option<&[u8]>, path: &str) -> RequestContext {
    match sent.map(std::str::from_utf8) {
        Some(Ok(id)) if crate::context::is_safe_id(id) => RequestContext::new(id, path),
        Some(_) => {
            let context = RequestContext::generated(path);
            crate::logging::log_refused_request_id(
                id_header,
                sent.unwrap_or_default(),
                context.id(),
            );
            context
        }
        None => RequestContext::generated(path),
    }
}

pin_project_lite::pin_project! {
    /// The future of a negotiating layer's service: the inner one, polled
    /// with the request's `Accept` known to the responses it builds.
    #[cfg_attr(feature = "axum", doc = r#"
```
use error_catalog::axum::{negotiate, NegotiateFuture};
use tower_layer::Layer;
use tower_service::Service;

let mut service = negotiate().layer(axum::Router::new());
let future: NegotiateFuture<_> = service.call(http::Request::new(axum::body::Body::empty()));
# drop(future);
```
"#)]
    pub struct NegotiateFuture<F> {
        #[pin]
        inner: F,
        scope: Scope,
    }
}

impl<F: Future> Future for NegotiateFuture<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let inner = this.inner;
        this.scope.enter(|| inner.poll(cx))
    }
}

impl<F> NegotiateFuture<F> {
    pub(crate) fn new(inner: F, scope: Scope) -> Self {
        NegotiateFuture { inner, scope }
    }
}

/// The request's `Accept` as one value: RFC 9110 (5.3) makes the lines of
/// a field one list, so a second line is joined to the first with `, `.
/// One line, the usual case, is kept as it is, without a copy.
#[inline]
pub(crate) fn joined_lines<'a>(
    first: HeaderValue,
    rest: impl Iterator<Item = &'a [u8]>,
) -> HeaderValue {
    let mut joined: Option<Vec<u8>> = None;
    for line in rest {
        let bytes = joined.get_or_insert_with(|| first.as_bytes().to_vec());
        bytes.extend_from_slice(b", ");
        bytes.extend_from_slice(line);
    }
    joined
        .and_then(|bytes| HeaderValue::from_bytes(&bytes).ok())
        .unwrap_or(first)
}

/// What the response being built should be sent as: `None` outside a
/// negotiating layer, known inline; inside, the media type the request's
/// `Accept` prefers of `own` (the catalogue's) and the `alternatives`.
#[inline]
pub(crate) fn negotiated(
    own: &'static str,
    alternatives: &'static [&'static str],
) -> Option<&'static str> {
    crate::scoped::with_lent(&ACCEPT, |accept| {
        let offer = Offer { own, alternatives };
        Some(match accept? {
            Some(accept) => remembered(accept.as_bytes(), offer),
            None => own,
        })
    })
}

/// What `accept` prefers of `offer`, remembered for the next requests that
/// send the same `Accept` on this thread (see `LAST_CHOICES`).
fn remembered(accept: &[u8], offer: Offer) -> &'static str {
    LAST_CHOICES
        .try_with(|cell| {
            let mut last = cell.try_borrow_mut().ok()?;
            if let Some(chosen) = last.of(accept, offer) {
                return Some(chosen);
            }
            let chosen = offer.preferred(Some(accept));
            last.keep(accept, offer, chosen);
            Some(chosen)
        })
        .ok()
        .flatten()
        .unwrap_or_else(|| offer.preferred(Some(accept)))
}

/// How many media types a response can offer: its catalogue's, and problem
/// details in JSON and XML. Any past this many are not offered.
const MOST_OFFERED: usize = 4;

/// The media type of `offered` with the highest quality in `accept`; ties
/// go to the earlier one. No `Accept`, or one that accepts none of them
/// (an unsatisfiable `Accept`), gets the first: an error is better sent in
/// the catalogue's shape than replaced by a `406` that hides it.
///
/// The header is read once, range by range, each range weighed against
/// every offered type: the quality of a type is that of the most specific
/// range that matches it (`type/subtype`, then `type/*`, then `*/*`), 0
/// when none does. A range that is not text (a byte outside ASCII) is
/// passed over; the others still count.
pub(crate) fn preferred(accept: Option<&[u8]>, offered: &[&'static str]) -> &'static str {
    let Some(&first) = offered.first() else {
        return "";
    };
    let Some(accept) = accept else {
        return first;
    };
    let offered = &offered[..offered.len().min(MOST_OFFERED)];
    // For each offered type, the specificity and quality of the most
    // specific range that matched it so far.
    let mut matched: [Option<(u8, u16)>; MOST_OFFERED] = [None; MOST_OFFERED];
    for quality::Item {
        value: range,
        quality,
        spaced,
    } in quality::items(accept)
    {
        for (slot, media_type) in matched.iter_mut().zip(offered) {
            let Some(specificity) = specificity(range, spaced, media_type.as_bytes()) else {
                continue;
            };
            if slot.is_none_or(|(known, _)| specificity > known) {
                *slot = Some((specificity, quality));
            }
        }
        // The catalogue's own type named at full quality: nothing after
        // can prefer another (a tie goes to the catalogue's).
        if matched[0] == Some((3, 1000)) {
            return first;
        }
    }
    let mut best = (first, 0u16);
    for (slot, &media_type) in matched.iter().zip(offered) {
        let quality = slot.map_or(0, |(_, quality)| quality);
        if quality > best.1 {
            best = (media_type, quality);
        }
    }
    best.0
}

/// How specifically `range` names the media type `offered`: 3 for the
/// type itself, 2 for `type/*`, 1 for `*/*`; `None` for a range that does
/// not match it. The range is compared whole, lengths first, and as bytes
/// before bytes case aside, since clients write media types in lowercase,
/// as the types offered are; a `spaced` range (`application / json`) is
/// taken apart at its `/` and each side trimmed first.
fn specificity(range: &[u8], spaced: bool, offered: &[u8]) -> Option<u8> {
    if spaced {
        let (kind, subtype) = quality::split_at(range, b'/')?;
        let (kind, subtype) = (kind.trim_ascii(), subtype.trim_ascii());
        let whole = [kind, b"/", subtype].concat();
        return specificity(&whole, false, offered);
    }
    let same = |sent: &[u8], offered: &[u8]| {
        sent.len() == offered.len() && (sent == offered || sent.eq_ignore_ascii_case(offered))
    };
    if same(range, offered) {
        return Some(3);
    }
    match range {
        b"*/*" => Some(1),
        [kind @ .., b'/', b'*'] if offered.get(kind.len()) == Some(&b'/') => {
            same(kind, &offered[..kind.len()]).then_some(2)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A qvalue as RFC 9110 writes it, `0` to `1` with at most three
    /// decimals, in thousandths; anything else 0.
    fn reference_quality(value: &str) -> u16 {
        let valid = match value.split_once('.') {
            None => value == "0" || value == "1",
            Some((whole, fraction)) => {
                (whole == "0" || whole == "1")
                    && fraction.len() <= 3
                    && fraction.bytes().all(|byte| byte.is_ascii_digit())
            }
        };
        let quality = value.parse::<f64>().map_or(0.0, |quality| quality * 1000.0);
        if valid && quality <= 1000.0 {
            quality.round() as u16
        } else {
            0
        }
    }

    /// RFC 9110's choice, written plainly: each offered type takes the
    /// quality of the most specific range naming it (the first of those),
    /// the best quality wins, a tie goes to the earlier type, and none
    /// matched gives the first.
    fn reference(accept: &str, offered: &[&'static str]) -> &'static str {
        let ranges: Vec<(String, String, u16)> = accept
            .split(',')
            .filter_map(|range| {
                let mut parts = range.split(';');
                let (kind, subtype) = parts.next()?.trim().split_once('/')?;
                let quality = parts
                    .filter_map(|parameter| parameter.split_once('='))
                    .find(|(name, _)| name.trim().eq_ignore_ascii_case("q"))
                    .map_or(1000, |(_, value)| reference_quality(value.trim()));
                Some((
                    kind.trim().to_ascii_lowercase(),
                    subtype.trim().to_ascii_lowercase(),
                    quality,
                ))
            })
            .collect();
        let quality_of = |media_type: &str| {
            let (kind, subtype) = media_type.split_once('/').unwrap();
            let specificity = |(k, s, _): &(String, String, u16)| match (k.as_str(), s.as_str()) {
                (k, s) if k == kind && s == subtype => 3,
                (k, "*") if k == kind => 2,
                ("*", "*") => 1,
                _ => 0,
            };
            let most = ranges.iter().map(specificity).max().unwrap_or(0);
            ranges
                .iter()
                .find(|range| most > 0 && specificity(range) == most)
                .map_or(0, |range| range.2)
        };
        let mut best = (offered[0], 0);
        for &media_type in offered {
            let quality = quality_of(media_type);
            if quality > best.1 {
                best = (media_type, quality);
            }
        }
        best.0
    }

    proptest::proptest! {
        /// A choice remembered is the choice made: over a run of requests
        /// whose `Accept` and offered types repeat, change and come back,
        /// more of them than a thread keeps.
        #[test]
        fn a_remembered_choice_is_the_choice_made(requests in proptest::collection::vec(
            (
                proptest::sample::select(vec![
                    "application/problem+json", "application/json;q=0.5, application/problem+json",
                    "*/*", "text/html", "application/problem+xml, */*;q=0.1",
                    "application/*;q=0.2, application/problem+xml;q=0.3",
                ]),
                proptest::sample::select(vec![0usize, 1, 2]),
            ),
            1..24,
        )) {
            const OFFERS: [Offer; 3] = [
                Offer {
                    own: "application/json",
                    alternatives: &["application/problem+json", "application/problem+xml"],
                },
                Offer {
                    own: "application/problem+json",
                    alternatives: &["application/problem+json", "application/problem+xml"],
                },
                Offer { own: "text/plain", alternatives: &["application/problem+json"] },
            ];
            for (accept, offer) in requests {
                let offer = OFFERS[offer];
                let (types, count) = offer.types();
                proptest::prop_assert_eq!(
                    remembered(accept.as_bytes(), offer),
                    preferred(Some(accept.as_bytes()), &types[..count])
                );
            }
        }

        #[test]
        fn the_choice_is_rfc_9110_s(ranges in proptest::collection::vec(
            (
                proptest::sample::select(vec![
                    "application/json", "APPLICATION/Json", "application/problem+json",
                    "application/problem+xml", "application/*", "*/*", "text/html", "text/*",
                    "text/plain",
                    "application", "application/jsonx", "json", " application / json ",
                ]),
                proptest::sample::select(vec![
                    "", ";q=0", ";q=0.5", ";q=1", ";Q=0.8", "; q=0.25", ";q=2", ";level=1",
                    ";level=1;q=0.3", ";q=abc",
                ]),
            ),
            0..6,
        ), own in proptest::sample::select(vec![
            "application/json", "application/problem+json", "application/xml", "text/plain",
        ])) {
            let accept: Vec<String> = ranges.iter().map(|(range, parameters)| format!("{range}{parameters}")).collect();
            let accept = accept.join(", ");
            let mut offered = vec![own];
            for alternative in ["application/problem+json", "application/problem+xml"] {
                if alternative != own {
                    offered.push(alternative);
                }
            }
            let header = HeaderValue::from_str(&accept).unwrap();
            proptest::prop_assert_eq!(preferred(Some(header.as_bytes()), &offered), reference(&accept, &offered), "{}", accept);
        }
    }

    const OFFERED: [&str; 2] = ["application/json", "application/problem+json"];

    fn pick(accept: &str) -> &'static str {
        preferred(Some(accept.as_bytes()), &OFFERED)
    }

    #[test]
    fn the_preferred_media_type_wins_and_ties_go_to_the_catalogue() {
        assert_eq!(preferred(None, &OFFERED), "application/json");
        assert_eq!(pick("application/problem+json"), "application/problem+json");
        assert_eq!(pick("*/*"), "application/json");
        assert_eq!(pick("application/*"), "application/json");
        assert_eq!(
            pick("application/json;q=0.5, application/problem+json"),
            "application/problem+json"
        );
        assert_eq!(
            pick("application/problem+json;q=0.4, */*;q=0.5"),
            "application/json"
        );
        assert_eq!(
            pick("APPLICATION/PROBLEM+JSON ; Q=1"),
            "application/problem+json"
        );
        // Unsatisfiable, or refusing both: the catalogue's own.
        assert_eq!(pick("text/html"), "application/json");
        assert_eq!(
            pick("application/json;q=0, application/problem+json;q=0"),
            "application/json"
        );
        // A more specific range overrides a wildcard, whatever the order.
        assert_eq!(
            pick("*/*;q=0.9, application/json;q=0.1"),
            "application/problem+json"
        );
    }

    #[test]
    fn any_accept_gets_an_offered_media_type() {
        let long = "a/b;q=0.5,".repeat(2_000);
        let nasty = [
            "",
            ",",
            ";",
            "/",
            "*",
            "*/",
            "/*",
            ";q=1",
            "q=0.5",
            ",,,;;;===",
            "application/json;q",
            "application/json;q=",
            "application/json;q==1",
            "application/json;q=1.0000",
            "application/json ; ; q=0.1 ; level=1",
            "text/*;q=0.9, */*;q=0.1, application/problem+json;q=0.95",
            long.as_str(),
        ];
        for accept in nasty {
            let chosen = pick(accept);
            assert!(OFFERED.contains(&chosen), "{accept:?}");
        }
        // Bytes that are no text at all.
        let opaque = HeaderValue::from_bytes(b"\xff\xfe/\x80").unwrap();
        assert_eq!(
            preferred(Some(opaque.as_bytes()), &OFFERED),
            "application/json"
        );
        assert_eq!(preferred(None, &[]), "");
    }

    #[test]
    fn a_byte_outside_ascii_loses_its_range_only() {
        let accept =
            HeaderValue::from_bytes(b"text/h\xe9ml;q=1, application/problem+json;q=0.9").unwrap();
        assert_eq!(
            preferred(Some(accept.as_bytes()), &OFFERED),
            "application/problem+json"
        );
    }

    #[test]
    fn lines_of_one_field_are_one_list() {
        let first = HeaderValue::from_static("text/html");
        let joined = joined_lines(
            first.clone(),
            [&b"application/problem+json"[..]].into_iter(),
        );
        assert_eq!(joined, "text/html, application/problem+json");
        assert_eq!(
            preferred(Some(joined.as_bytes()), &OFFERED),
            "application/problem+json"
        );
        // One line is kept as it is.
        assert_eq!(joined_lines(first.clone(), std::iter::empty()), first);
        // A line that cannot be a header value leaves the first.
        assert_eq!(
            joined_lines(first.clone(), [&b"a\nb"[..]].into_iter()),
            first
        );
    }

    #[test]
    fn a_scope_is_seen_inside_and_restored_after() {
        assert_eq!(negotiated(OFFERED[0], &OFFERED[1..]), None);
        let outer = Scope::new(
            Some(HeaderValue::from_static("application/problem+json")),
            None,
        );
        outer.enter(|| {
            assert_eq!(
                negotiated(OFFERED[0], &OFFERED[1..]),
                Some("application/problem+json")
            );
            let inner = Scope::new(None, None);
            inner.enter(|| {
                assert_eq!(
                    negotiated(OFFERED[0], &OFFERED[1..]),
                    Some("application/json")
                )
            });
            assert_eq!(
                negotiated(OFFERED[0], &OFFERED[1..]),
                Some("application/problem+json")
            );
        });
        assert_eq!(negotiated(OFFERED[0], &OFFERED[1..]), None);
        // The scope keeps its value for the next poll.
        outer.enter(|| {
            assert_eq!(
                negotiated(OFFERED[0], &OFFERED[1..]),
                Some("application/problem+json")
            )
        });
    }
}
