//! Localized messages, to be counted, not timed: `benches/instructions.sh`
//! runs this under valgrind. The argument says which to do, `ROUNDS`
//! times:
//!
//! - `fluent_direct`: the German message with a plural, formatted by
//!   fluent-bundle itself (a bundle built once, the arguments built each
//!   time, as a service calling it would);
//! - `ours_in_de`: the same message, `public_message_in("de")`;
//! - `body_plain` and `body_localized_default`: a `Problem` body of the
//!   same error, from a catalogue without locales and from the one with
//!   them answering in its default locale (no locale chosen);
//! - `request_plain`: the body of the catalogue without locales, each
//!   inside its own `locale::scope("en-GB, en")`, as a request with an
//!   `Accept-Language` is answered inside a negotiating layer;
//! - `request_localized_en` and `request_localized_de`: the body of the
//!   catalogue with locales, each inside its own scope, of a request that
//!   chooses the default locale (`en-GB, en`) and of one that chooses
//!   German (`de`);
//! - `none`: the loop alone, subtracted from the others.

use std::hint::black_box;

use error_catalog::body::Problem;
use error_catalog::{error_catalog, CatalogError};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

const ROUNDS: usize = 20_000;

/// The catalogue, with its German file.
#[error_catalog(prefix = "CART", locales = "locales")]
#[derive(Debug)]
pub enum Localized {
    #[error(code = 1, http = 404, message = "No cart {id}")]
    NoSuchCart { id: u32 },
    #[error(
        code = 2,
        http = 409,
        message = "The cart holds {count} items, more than {limit}"
    )]
    TooManyItems { count: u32, limit: u32 },
}

/// The same catalogue, without locales.
#[error_catalog(prefix = "CART")]
#[derive(Debug)]
pub enum Plain {
    #[error(code = 1, http = 404, message = "No cart {id}")]
    NoSuchCart { id: u32 },
    #[error(
        code = 2,
        http = 409,
        message = "The cart holds {count} items, more than {limit}"
    )]
    TooManyItems { count: u32, limit: u32 },
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/de.ftl"))
        .expect("the German file");
    let mut bundle = FluentBundle::new_concurrent(vec!["de".parse().expect("a tag")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(FluentResource::try_new(source).expect("it parses"))
        .expect("one resource");
    let localized = Localized::TooManyItems { count: 5, limit: 3 };
    let plain = Plain::TooManyItems { count: 5, limit: 3 };
    // Both write the same text; the bundle is built once, ours on first use.
    let direct = |count: u32, limit: u32| {
        let message = bundle.get_message("CART_2").expect("CART_2");
        let mut args = FluentArgs::with_capacity(2);
        args.set("count", FluentValue::from(count));
        args.set("limit", FluentValue::from(limit));
        let mut errors = Vec::new();
        bundle
            .format_pattern(message.value().expect("a value"), Some(&args), &mut errors)
            .into_owned()
    };
    assert_eq!(
        Some(direct(5, 3)),
        localized
            .public_message_in("de")
            .map(|text| text.into_owned())
    );
    let mut buffer = Vec::with_capacity(512);
    let mut written = 0usize;
    let mut count = || match which.as_str() {
        "fluent_direct" => direct(black_box(5), black_box(3)).len(),
        "ours_in_de" => black_box(&localized)
            .public_message_in("de")
            .map_or(0, |text| text.len()),
        "body_plain" => write(&mut buffer, &Problem::new(black_box(&plain))),
        "body_localized_default" => write(&mut buffer, &Problem::new(black_box(&localized))),
        "request_plain" => error_catalog::locale::scope(black_box("en-GB, en"), || {
            write(&mut buffer, &Problem::new(black_box(&plain)))
        }),
        "request_localized_en" => error_catalog::locale::scope(black_box("en-GB, en"), || {
            write(&mut buffer, &Problem::new(black_box(&localized)))
        }),
        "request_localized_de" => error_catalog::locale::scope(black_box("de"), || {
            write(&mut buffer, &Problem::new(black_box(&localized)))
        }),
        _ => 0,
    };
    for _ in 0..ROUNDS {
        written += count();
    }
    println!("{written}");
}

fn write(buffer: &mut Vec<u8>, body: &impl serde::Serialize) -> usize {
    buffer.clear();
    serde_json::to_writer(&mut *buffer, body).expect("bodies serialize");
    buffer.len()
}
