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
//!   same choice), so that none is answered by the choice the thread
//!   remembers;
//! - `none`: the loop alone, subtracted from the others.

#![allow(dead_code)]

use std::hint::black_box;

use tower_layer::Layer;
use tower_service::Service;

include!(concat!(env!("OUT_DIR"), "/bench_macro.rs"));

const ROUNDS: usize = 20_000;

async fn fails() -> Result<&'static str, MacroError> {
    Err(MacroError::MetricNotFound)
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    let bare = axum::Router::new().route("/", axum::routing::get(fails));
    // The same `Accept` everywhere; it prefers the catalogue's own shape, so
    // that the routes write the same body and differ by the layer alone. Its
    // bytes are shared, as a request hyper parsed shares its buffer: a copy
    // of the value allocates nothing (hyper's counts a reference; these,
    // static, not even that), where one of a value `Request::builder` made
    // from a `&str` allocates on its first copy.
    let accepts = [
        bytes::Bytes::from_static(b"application/problem+json;q=0.5, application/json"),
        bytes::Bytes::from_static(b"application/problem+json;q=0.4, application/json"),
    ];
    let varied = which == "negotiated_outside_varied";
    let mut sent = 0usize;
    let mut request = || {
        sent += 1;
        let accept = &accepts[if varied { sent % 2 } else { 0 }];
        let value = http::HeaderValue::from_maybe_shared(accept.clone()).expect("a header value");
        http::Request::builder()
            .uri("/")
            .header("accept", value)
            .body(axum::body::Body::empty())
            .expect("a request")
    };
    let mut statuses = 0usize;
    let mut run = |service: &mut dyn FnMut(http::Request<axum::body::Body>) -> u16| {
        for _ in 0..ROUNDS {
            statuses += usize::from(service(black_box(request())));
        }
    };
    match which.as_str() {
        "bare_route" => {
            let mut router = bare.clone();
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
        "negotiated_outside" | "negotiated_outside_varied" => {
            let mut service = error_catalog::axum::negotiate().layer(bare.clone());
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
