//! The `#[error_catalog]` attribute. Use it through the `error-catalog`
//! crate, which re-exports it together with the traits it implements.
//!
//! Data flows one way: `attr` parses the attribute arguments, `ast` holds a
//! borrowed model of the enum, `valid` checks it and resolves every value,
//! `expand` writes the impls, and `fallback` writes stand-ins when a check
//! fails.

mod ast;
mod attr;
mod case;
mod errors;
mod expand;
mod fallback;
mod status;
mod suggest;
mod template;
mod valid;

use proc_macro::TokenStream;

/// Turns an enum into a checked error catalogue. See the `error-catalog`
/// crate for the full reference.
#[proc_macro_attribute]
pub fn error_catalog(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::error_catalog(args.into(), item.into()).into()
}
