//! The package of error-catalog's runnable examples: each is an
//! `[[example]]` of this package (`cargo run --example analytics`), and the
//! catalogues they share are in `catalogs/`. The library itself is empty;
//! Cargo wants a package to have one.
