//! Code generation from the resolved model, one module per thing generated.
//!
//! Every path into the runtime crate starts at `__ec`, the name the block
//! around the impls gives it once (`use ::error_catalog as __ec;`, or the
//! `crate = "..."` path), as serde's `const _: () = { extern crate serde as
//! _serde; ... }` does: a renamed crate costs one line, and every path is
//! shorter for the compiler to read.

pub(crate) mod catalog;
mod catalog_error;
pub(crate) mod details;
mod display;
mod error;
pub(crate) mod from;
pub(crate) mod generics;
mod locale;
mod message;
pub(crate) mod openapi;
pub(crate) mod response;
mod text;
mod tokens;
mod without_numbers;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Catalog;

/// Every impl of a catalogue that passed the checks.
pub(crate) fn impls(catalog: &Catalog) -> TokenStream {
    let items = [
        catalog::statics(catalog),
        locale::locales_statics(catalog).unwrap_or_default(),
        catalog::catalog_impl(catalog),
        catalog_error::catalog_error_impl(catalog),
        message::plain_message_impl(catalog),
        message::unmarked_checks(catalog),
        display::display_impl(catalog),
        error::error_impl(catalog),
        details::details_impl(catalog),
        response::respond_impl(catalog),
        response::response_impl(catalog),
        openapi::openapi_impls(catalog),
        from::from_impls(catalog),
        from::wrapped_from_impls(catalog),
        without_numbers::guards(catalog).unwrap_or_default(),
    ];
    block(&catalog.krate, items.into_iter().collect())
}

/// `items` in an anonymous `const` block that names the runtime crate: the
/// statics the impls share stay out of the user's namespace. A deprecated
/// enum, variant or wrapped catalogue is the user's to use; the generated
/// code's uses of it warn about nothing.
pub(crate) fn block(krate: &syn::Path, items: TokenStream) -> TokenStream {
    quote! {
        #[allow(deprecated)]
        const _: () = {
            use #krate as __ec;
            #items
        };
    }
}
