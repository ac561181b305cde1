//! What is emitted when the checks fail: the enum and impls of every trait
//! the full expansion implements, with bodies that are never run, and the
//! values the enum declares (prefix, range, retired codes, title). Without
//! them each `err.code()`, `?` or `{err}` in the user's crate, and every
//! catalogue composed of this one, would add errors of their own and bury
//! the real one.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::block;
use crate::expand::catalog::stand_in_catalog_impl;
use crate::expand::details::stand_in_details_impl;
use crate::expand::from::{from_impls, wrapped_from_impls};
use crate::expand::generics::{impl_header, Bounds};
use crate::expand::openapi::stand_in_openapi_impls;
use crate::expand::response::stand_in_response_impl;
use crate::model::Catalog;

pub(crate) fn stubs(catalog: &Catalog) -> TokenStream {
    let display_header = impl_header(catalog, Bounds::default(), quote!(::core::fmt::Display));
    let mut error_bounds = Bounds::default();
    error_bounds.deferred_on_self(catalog, quote!(::core::fmt::Debug + ::core::fmt::Display));
    let error_header = impl_header(catalog, error_bounds, quote!(::core::error::Error));
    let mut catalog_error_bounds = Bounds::default();
    catalog_error_bounds.deferred_on_self(catalog, quote!(::core::error::Error));
    let catalog_error_header =
        impl_header(catalog, catalog_error_bounds, quote!(__ec::CatalogError));
    let catalog_impl = stand_in_catalog_impl(catalog);
    let details_impl = stand_in_details_impl(catalog);
    let response_impl = stand_in_response_impl(catalog);
    let openapi_impls = stand_in_openapi_impls(catalog);
    let from_impls = from_impls(catalog);
    let wrapped_from_impls = wrapped_from_impls(catalog);
    block(
        &catalog.krate,
        quote! {
            #catalog_impl

            #catalog_error_header {
                fn entry(&self) -> &'static __ec::Entry {
                    ::core::unreachable!()
                }

                fn message(&self) -> __ec::__private::Cow<'static, str> {
                    ::core::unreachable!()
                }
            }

            #display_header {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }

            #error_header {}

            #details_impl
            #response_impl
            #openapi_impls
            #from_impls
            #wrapped_from_impls
        },
    )
}
