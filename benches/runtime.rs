//! Run-time cost of `#[error_catalog]` against the code it replaces: the
//! seed 002 catalogue written by hand (an enum, a `match` per accessor, a
//! serde struct per body). Both are generated from the seed by `build.rs`.
//!
//! `cargo bench -p error-catalog-benches --bench runtime`, then `python3 benches/report.py` for the
//! ratios that `BENCHMARKS.md` quotes.

#![allow(dead_code)]

use std::borrow::Cow;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use error_catalog::body::{Google, JsonApi, Microsoft, Nested, Problem, Shaped};
use error_catalog::{error_catalog, Catalog, CatalogError};
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/bench_macro.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_hand.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_generated_5000.rs"));
include!(concat!(env!("OUT_DIR"), "/bench_symbolic.rs"));
include!(concat!(
    env!("OUT_DIR"),
    "/bench_generated_symbolic_5000.rs"
));

/// The same variant with a field, both ways.
#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MacroField {
    #[error(code = 1001, http = 400, message = "Invalid metric type {kind}")]
    InvalidMetricType { kind: String },
}

#[derive(Debug)]
pub enum HandField {
    InvalidMetricType { kind: String },
}

impl HandField {
    fn message(&self) -> Cow<'static, str> {
        match self {
            Self::InvalidMetricType { kind } => Cow::Owned(format!("Invalid metric type {kind}")),
        }
    }
}

/// The body a hand-written service serializes.
#[derive(Serialize)]
struct HandNested<'a> {
    error: HandNestedError<'a>,
}

#[derive(Serialize)]
struct HandNestedError<'a> {
    code: &'a str,
    message: &'a str,
    http: u16,
}

#[derive(Serialize)]
struct HandProblem<'a> {
    #[serde(rename = "type")]
    type_uri: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    resolution: Option<&'a str>,
}

fn all_macro() -> Vec<MacroError> {
    MacroError::ENTRIES
        .iter()
        .map(|entry| macro_of(entry.code()))
        .collect()
}

/// The variant with `code`: the benches need values, not entries.
fn macro_of(code: u32) -> MacroError {
    let hand = HandError::from_code(code).expect("the same codes");
    let index = hand as usize;
    ALL_MACRO[index]
}

include!(concat!(env!("OUT_DIR"), "/bench_all.rs"));

/// One name for the accessors of both enums, so one closure serves both.
trait Status {
    fn status(&self) -> http::StatusCode;
    fn code(&self) -> u32;
    fn code_str(&self) -> &'static str;
    fn message(&self) -> Cow<'static, str>;
}

impl Status for HandError {
    #[inline]
    fn status(&self) -> http::StatusCode {
        HandError::status(self)
    }
    #[inline]
    fn code(&self) -> u32 {
        HandError::code(self)
    }
    #[inline]
    fn code_str(&self) -> &'static str {
        HandError::code_str(self)
    }
    #[inline]
    fn message(&self) -> Cow<'static, str> {
        Cow::Borrowed(HandError::message(self))
    }
}

impl Status for MacroError {
    #[inline]
    fn status(&self) -> http::StatusCode {
        CatalogError::status(self)
    }
    #[inline]
    fn code(&self) -> u32 {
        CatalogError::code(self)
    }
    #[inline]
    fn code_str(&self) -> &'static str {
        CatalogError::code_str(self)
    }
    #[inline]
    fn message(&self) -> Cow<'static, str> {
        CatalogError::message(self)
    }
}

fn all_hand() -> Vec<HandError> {
    MacroError::ENTRIES
        .iter()
        .map(|entry| HandError::from_code(entry.code()).expect("the same codes"))
        .collect()
}

/// The accessor over every error of a slice, reduced to one number the
/// optimiser cannot precompute: each code string and message is a distinct
/// pointer.
fn sum_status<E: Status>(errors: &[E]) -> u32 {
    errors.iter().map(|e| u32::from(e.status().as_u16())).sum()
}

fn sum_code<E: Status>(errors: &[E]) -> u32 {
    errors.iter().map(Status::code).fold(0, u32::wrapping_add)
}

fn sum_code_str<E: Status>(errors: &[E]) -> usize {
    errors
        .iter()
        .map(|e| e.code_str().as_ptr() as usize)
        .fold(0, usize::wrapping_add)
}

fn sum_message<E: Status>(errors: &[E]) -> usize {
    errors
        .iter()
        .map(|e| e.message().as_ptr() as usize)
        .fold(0, usize::wrapping_add)
}

macro_rules! bench_pair {
    ($c:expr, $group:literal, $function:ident, $hand:expr, $ours:expr) => {{
        let mut group = $c.benchmark_group($group);
        group.bench_function("handwritten", |b| b.iter(|| $function(black_box($hand))));
        group.bench_function("error_catalog", |b| b.iter(|| $function(black_box($ours))));
        group.finish();
    }};
}

fn accessors(c: &mut Criterion) {
    let macro_errors = all_macro();
    let hand_errors = all_hand();
    bench_pair!(c, "status", sum_status, &hand_errors[..], &macro_errors[..]);
    bench_pair!(c, "code", sum_code, &hand_errors[..], &macro_errors[..]);
    bench_pair!(
        c,
        "code_str",
        sum_code_str,
        &hand_errors[..],
        &macro_errors[..]
    );
    bench_pair!(
        c,
        "message_unit",
        sum_message,
        &hand_errors[..],
        &macro_errors[..]
    );

    let macro_field = MacroField::InvalidMetricType {
        kind: "latency".into(),
    };
    let hand_field = HandField::InvalidMetricType {
        kind: "latency".into(),
    };
    let mut group = c.benchmark_group("message_fields");
    group.bench_function("handwritten", |b| {
        b.iter(|| black_box(&hand_field).message().len())
    });
    group.bench_function("error_catalog", |b| {
        b.iter(|| black_box(&macro_field).message().len())
    });
    group.finish();
}

fn lookups(c: &mut Criterion) {
    let codes: Vec<u32> = MacroError::ENTRIES
        .iter()
        .map(|e| e.code())
        .chain([999, 1005, 3000])
        .collect();
    let strings: Vec<String> = MacroError::ENTRIES
        .iter()
        .map(|e| e.code_str().to_owned())
        .chain(["ANALYTICS_1005".to_owned(), "nonsense".to_owned()])
        .collect();
    // 52 codes that exist, spread over the catalogue, and 3 that do not.
    let generated_codes: Vec<u32> = (0..52u32)
        .map(|i| 100_000 + 7 * (i * 96))
        .chain([99_999, 100_001, 200_000])
        .collect();
    let generated_strings: Vec<String> = generated_codes
        .iter()
        .map(|code| format!("GEN_{code}"))
        .collect();

    let mut group = c.benchmark_group("lookup");
    group.bench_function("handwritten_52", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter(|&&code| HandError::from_code(code).is_some())
                .count()
        })
    });
    group.bench_function("error_catalog_52", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter(|&&code| MacroError::lookup(code).is_some())
                .count()
        })
    });
    group.bench_function("error_catalog_5000", |b| {
        b.iter(|| {
            black_box(&generated_codes)
                .iter()
                .filter(|&&code| Generated5000::lookup(code).is_some())
                .count()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("lookup_str");
    group.bench_function("handwritten_52", |b| {
        b.iter(|| {
            black_box(&strings)
                .iter()
                .filter(|code| HandError::from_code_str(code).is_some())
                .count()
        })
    });
    group.bench_function("error_catalog_52", |b| {
        b.iter(|| {
            black_box(&strings)
                .iter()
                .filter(|code| MacroError::lookup_str(code).is_some())
                .count()
        })
    });
    group.bench_function("error_catalog_5000", |b| {
        b.iter(|| {
            black_box(&generated_strings)
                .iter()
                .filter(|code| Generated5000::lookup_str(code).is_some())
                .count()
        })
    });
    group.finish();

    // Catalogues without numbers: 52 lookups each time, of every code
    // string of the 52, and of 52 spread over the 5,000.
    let spread: Vec<&str> = GENERATED_SYMBOLIC_CODES
        .iter()
        .step_by(GENERATED_SYMBOLIC_CODES.len() / SYMBOLIC_CODES.len())
        .take(SYMBOLIC_CODES.len())
        .copied()
        .collect();
    assert_eq!(spread.len(), SYMBOLIC_CODES.len());
    let mut group = c.benchmark_group("lookup_str_symbolic");
    group.bench_function("handwritten_52", |b| {
        b.iter(|| {
            black_box(SYMBOLIC_CODES)
                .iter()
                .filter(|code| SymbolicHand::from_code_str(code).is_some())
                .count()
        })
    });
    group.bench_function("error_catalog_52", |b| {
        b.iter(|| {
            black_box(SYMBOLIC_CODES)
                .iter()
                .filter(|code| SymbolicError::lookup_str(code).is_some())
                .count()
        })
    });
    group.bench_function("error_catalog_5000", |b| {
        b.iter(|| {
            black_box(&spread)
                .iter()
                .filter(|code| GeneratedSymbolic5000::lookup_str(code).is_some())
                .count()
        })
    });
    group.finish();
}

/// The hand-written service's body for `error`.
fn hand_nested(error: &HandError) -> HandNested<'static> {
    HandNested {
        error: HandNestedError {
            code: error.code_str(),
            message: error.message(),
            http: error.status().as_u16(),
        },
    }
}

fn hand_problem(error: &HandError) -> HandProblem<'static> {
    HandProblem {
        type_uri: "about:blank",
        title: error.status().canonical_reason().unwrap_or(""),
        status: error.status().as_u16(),
        detail: error.message(),
        code: error.code_str(),
        resolution: error.resolution(),
    }
}

/// Writes `body` into the reused `buffer`, as a server does.
fn write_into<B: Serialize>(buffer: &mut Vec<u8>, body: &B) -> usize {
    buffer.clear();
    serde_json::to_writer(&mut *buffer, body).unwrap();
    buffer.len()
}

fn bodies(c: &mut Criterion) {
    let macro_error = macro_of(1203);
    let hand_error = HandError::from_code(1203).unwrap();
    let mut buffer = Vec::with_capacity(512);

    let mut group = c.benchmark_group("body_nested");
    group.bench_function("handwritten", |b| {
        b.iter(|| write_into(&mut buffer, &hand_nested(black_box(&hand_error))))
    });
    group.bench_function("error_catalog", |b| {
        b.iter(|| write_into(&mut buffer, &Nested::new(black_box(&macro_error))))
    });
    group.finish();

    let mut group = c.benchmark_group("body_problem");
    group.bench_function("handwritten", |b| {
        b.iter(|| write_into(&mut buffer, &hand_problem(black_box(&hand_error))))
    });
    group.bench_function("error_catalog", |b| {
        b.iter(|| write_into(&mut buffer, &Problem::new(black_box(&macro_error))))
    });
    group.finish();

    let mut group = c.benchmark_group("to_vec_nested");
    group.bench_function("handwritten", |b| {
        b.iter(|| serde_json::to_vec(&hand_nested(black_box(&hand_error))).unwrap())
    });
    group.bench_function("error_catalog", |b| {
        b.iter(|| serde_json::to_vec(&Nested::new(black_box(&macro_error))).unwrap())
    });
    group.finish();
}

#[path = "common/shapes_hand.rs"]
mod shapes_hand;

use shapes_hand::{hand_derived, hand_google, hand_json_api, hand_microsoft, Derived};

/// One group: the hand-written body against the shape, after checking that
/// both write the same bytes.
fn shape_group<H: Serialize, O: Serialize>(
    c: &mut Criterion,
    name: &str,
    hand: impl Fn() -> H,
    ours: impl Fn() -> O,
) {
    let (mut buffer, mut check) = (Vec::with_capacity(512), Vec::new());
    write_into(&mut check, &hand());
    write_into(&mut buffer, &ours());
    assert_eq!(
        String::from_utf8_lossy(&buffer),
        String::from_utf8_lossy(&check),
        "{name}"
    );
    let mut group = c.benchmark_group(name);
    group.bench_function("handwritten", |b| {
        b.iter(|| write_into(&mut buffer, &hand()))
    });
    group.bench_function("error_catalog", |b| {
        b.iter(|| write_into(&mut buffer, &ours()))
    });
    group.finish();
}

fn shapes(c: &mut Criterion) {
    let macro_error = macro_of(1203);
    let hand_error = HandError::from_code(1203).unwrap();
    let (macro_error, hand_error) = (&macro_error, &hand_error);
    shape_group(
        c,
        "body_json_api",
        || hand_json_api(black_box(hand_error)),
        || JsonApi::new(black_box(macro_error)),
    );
    shape_group(
        c,
        "body_google",
        || hand_google(black_box(hand_error)),
        || Google::new(black_box(macro_error)),
    );
    shape_group(
        c,
        "body_microsoft",
        || hand_microsoft(black_box(hand_error)),
        || Microsoft::new(black_box(macro_error)),
    );
    shape_group(
        c,
        "body_derived",
        || hand_derived(black_box(hand_error)),
        || Shaped::<Derived, _>::new(black_box(macro_error)),
    );
}

/// An OpenAPI document's error responses, built once at start-up: against
/// writing each code's body once as a JSON value, the least a document
/// with one example per code does.
fn openapi(c: &mut Criterion) {
    let hand = all_hand();
    let mut group = c.benchmark_group("openapi_responses");
    group.bench_function("handwritten_52", |b| {
        b.iter(|| {
            black_box(&hand)
                .iter()
                .map(|error| serde_json::to_value(hand_nested(error)).unwrap())
                .collect::<Vec<_>>()
        })
    });
    group.bench_function("error_catalog_52", |b| {
        b.iter(error_catalog::openapi::responses::<MacroError>)
    });
    group.bench_function("error_catalog_5000", |b| {
        b.iter(error_catalog::openapi::responses::<Generated5000>)
    });
    group.finish();
}

#[path = "common/vary_layer.rs"]
mod vary_layer;

/// A request whose handler fails, through an axum router in process: with
/// `negotiate()` (the `Accept` read and weighed, `Vary` sent) against the
/// same route without it and behind a layer that sends `Vary` alone, and a
/// route that succeeds, the floor, alone and with the layer.
fn negotiation(c: &mut Criterion) {
    async fn fails() -> Result<&'static str, MacroError> {
        Err(MacroError::MetricNotFound)
    }

    async fn succeeds() -> Result<&'static str, MacroError> {
        Ok("ok")
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bare = axum::Router::new().route("/", axum::routing::get(fails));
    let layered = bare.clone().layer(error_catalog::axum::negotiate());
    // The layer around the whole router, as a service may put it: no
    // boxed service per route.
    let outside = tower_layer::Layer::layer(&error_catalog::axum::negotiate(), bare.clone());
    // What any layer costs in axum (a boxed, cloned service per route):
    // one that passes the request through.
    let passed = bare.clone().layer(tower_layer::layer_fn(|inner| inner));
    // What any layer around the router that negotiates must do: wrap the
    // future and send `Vary`, reading nothing and choosing nothing.
    let vary_outside = vary_layer::VaryOnly(bare.clone());
    let ok = axum::Router::new().route("/", axum::routing::get(succeeds));
    let ok_outside = tower_layer::Layer::layer(&error_catalog::axum::negotiate(), ok.clone());
    // The same `Accept` everywhere; it prefers the catalogue's own shape, so
    // that the two routes write the same body and differ by the layer alone.
    // Shared bytes, as those of a request hyper parsed (see
    // `layer_count.rs`).
    let accept = bytes::Bytes::from_static(b"application/problem+json;q=0.5, application/json");
    let request = || {
        http::Request::builder()
            .uri("/")
            .header(
                "accept",
                http::HeaderValue::from_maybe_shared(accept.clone()).unwrap(),
            )
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let mut group = c.benchmark_group("negotiation");
    for (name, router) in [
        ("bare_route", bare),
        ("pass_through_layer", passed),
        ("negotiated", layered),
        ("ok_route", ok),
    ] {
        time_requests(&mut group, &runtime, name, router, &request);
    }
    for (name, service) in [
        ("negotiated_outside", outside),
        ("negotiated_outside_ok", ok_outside),
    ] {
        time_requests(&mut group, &runtime, name, service, &request);
    }
    time_requests(&mut group, &runtime, "vary_outside", vary_outside, &request);
    group.finish();
}

/// Times `service` answering `request()` in `runtime`, as the function
/// `name` of `group`.
fn time_requests<S>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    runtime: &tokio::runtime::Runtime,
    name: &str,
    mut service: S,
    request: &impl Fn() -> http::Request<axum::body::Body>,
) where
    S: tower_service::Service<http::Request<axum::body::Body>, Response = axum::response::Response>,
    S::Error: std::fmt::Debug,
{
    group.bench_function(name, |b| {
        b.iter(|| {
            let response = runtime
                .block_on(service.call(black_box(request())))
                .unwrap();
            black_box(response.status())
        })
    });
}

criterion_group!(
    benches,
    accessors,
    lookups,
    bodies,
    shapes,
    openapi,
    negotiation
);
criterion_main!(benches);
