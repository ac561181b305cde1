//! A request through an axum router in process, to be counted, not timed:
//! `benches/instructions.sh` runs this under valgrind. The argument says
//! which router answers, `ROUNDS` times, each request whose handler fails
//! with the same `Accept`:
//!
//! - `bare_route`: the route alone;
//! - `pass_through_layer`: behind a layer that passes the request through
//!   (what any layer costs in axum: a boxed, cloned service per route);
//! - `negotiated`: behind `negotiate()`;
//! - `negotiated_outside`: the router inside `negotiate()`'s service, as a
//!   service that puts the layer around its whole router;
//! - `negotiated_outside_varied`: the same, each request's `Accept` other
//!   than the last one's (two values in turn, of the same length and the
//!   same choice), both among the choices the thread keeps;
//! - `negotiated_outside_new`: the same, sixteen values in turn, more
//!   than a thread keeps, so that no request is answered by a kept choice;
//! - `vary_outside`: the router inside a layer that only wraps its future
//!   and adds `Vary: accept` (`common/vary_layer.rs`): what any layer
//!   around the router that negotiates must do, without reading `Accept`
//!   or choosing;
//! - `ok_route` and `negotiated_outside_ok`: a route whose handler
//!   succeeds, alone and inside `negotiate()`'s service, since most
//!   requests pay the layer without an error to negotiate;
//! - `none`: the loop alone, subtracted from the others.
//!
//! `ROUNDS` is 20,000 unless the environment sets it: `benches/layer_time.sh`
//! times the same requests, more of them, runs of each way in turn.

#![allow(dead_code)]

use std::hint::black_box;

use tower_layer::Layer;
use tower_service::Service;

include!(concat!(env!("OUT_DIR"), "/bench_macro.rs"));

#[path = "common/vary_layer.rs"]
mod vary_layer;

/// How many requests each way sends: `ROUNDS` from the environment, else
/// 20,000.
fn rounds() -> usize {
    std::env::var("ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(20_000)
}

async fn fails() -> Result<&'static str, MacroError> {
    Err(MacroError::MetricNotFound)
}

async fn succeeds() -> Result<&'static str, MacroError> {
    Ok("metric 1")
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let bare = axum::Router::new().route("/", axum::routing::get(fails));
    let ok = axum::Router::new().route("/", axum::routing::get(succeeds));
    // `Accept` values that prefer the catalogue's own shape, so that the
    // routes write the same body and differ by the layer alone, each of the
    // same length. Their bytes are shared, as a request hyper parsed shares
    // its buffer: a copy of the value counts a reference and allocates
    // nothing, where one of a value `Request::builder` made from a `&str`
    // allocates on its first copy.
    let accepts: Vec<bytes::Bytes> = (0..16)
        .map(|hundredths| {
            let value = format!("application/problem+json;q=0.{hundredths:02}, application/json");
            bytes::Bytes::from(value.into_bytes())
        })
        .collect();
    let kinds = match which.as_str() {
        "negotiated_outside_varied" => 2,
        "negotiated_outside_new" => accepts.len(),
        _ => 1,
    };
    let mut sent = 0usize;
    let mut request = || {
        sent += 1;
        let accept = &accepts[sent % kinds];
        let value = http::HeaderValue::from_maybe_shared(accept.clone()).expect("a header value");
        http::Request::builder()
            .uri("/")
            .header("accept", value)
            .body(axum::body::Body::empty())
            .expect("a request")
    };
    let rounds = rounds();
    let mut statuses = 0usize;
    let mut run = |service: &mut dyn FnMut(http::Request<axum::body::Body>) -> u16| {
        for _ in 0..rounds {
            statuses += usize::from(service(black_box(request())));
        }
    };
    match which.as_str() {
        "bare_route" | "ok_route" => {
            let mut router = if which == "ok_route" {
                ok.clone()
            } else {
                bare.clone()
            };
            run(&mut |request| {
                runtime
                    .block_on(router.call(request))
                    .map_or(0, |r| r.status().as_u16())
            });
        }
        "pass_through_layer" => {
            let mut router = bare.clone().layer(tower_layer::layer_fn(|inner| inner));
            run(&mut |request| {
                runtime
                    .block_on(router.call(request))
                    .map_or(0, |r| r.status().as_u16())
            });
        }
        "negotiated" => {
            let mut router = bare.clone().layer(error_catalog::axum::negotiate());
            run(&mut |request| {
                runtime
                    .block_on(router.call(request))
                    .map_or(0, |r| r.status().as_u16())
            });
        }
        "negotiated_outside" | "negotiated_outside_varied" | "negotiated_outside_new" => {
            let mut service = error_catalog::axum::negotiate().layer(bare.clone());
            run(&mut |request| {
                runtime
                    .block_on(service.call(request))
                    .map_or(0, |r| r.status().as_u16())
            });
        }
        "vary_outside" => {
            let mut service = vary_layer::VaryOnly(bare.clone());
            run(&mut |request| {
                runtime
                    .block_on(service.call(request))
                    .map_or(0, |r| r.status().as_u16())
            });
        }
        "negotiated_outside_ok" => {
            let mut service = error_catalog::axum::negotiate().layer(ok.clone());
            run(&mut |request| {
                runtime
                    .block_on(service.call(request))
                    .map_or(0, |r| r.status().as_u16())
            });
        }
        _ => run(&mut |request| {
            drop(request);
            0
        }),
    }
    println!("{statuses}");
}
