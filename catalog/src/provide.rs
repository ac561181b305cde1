//! What the generated `Error::provide` calls, on compilers that offer it
//! (see the build script): the unstable API is named here, in this crate,
//! which turns the feature on, so that the user's crate need not.

use core::error::{Error, Request};
use std::backtrace::Backtrace;

/// Offers what `error` offers.
pub fn provide_source<'a, E: Error + ?Sized>(error: &'a E, request: &mut Request<'a>) {
    error.provide(request);
}

/// Offers `backtrace`.
pub fn provide_backtrace<'a>(request: &mut Request<'a>, backtrace: &'a Backtrace) {
    request.provide_ref::<Backtrace>(backtrace);
}
