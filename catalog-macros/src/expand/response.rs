//! axum's `IntoResponse`, when the runtime crate's `axum` feature is on.

use proc_macro2::TokenStream;
use quote::quote;

use super::generics::{impl_header, Bounds};
use crate::model::Catalog;

pub(super) fn response_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = Bounds::default();
    bounds.on_self_if_generic(catalog.generics, quote!(__ec::CatalogError));
    response_item(catalog, bounds, &quote!(__ec::axum::response(&self)))
}

/// The stand-in for a catalogue whose checks failed, never run.
pub(crate) fn stand_in_response_impl(catalog: &Catalog) -> TokenStream {
    response_item(catalog, Bounds::default(), &quote!(::core::unreachable!()))
}

fn response_item(catalog: &Catalog, bounds: Bounds, body: &TokenStream) -> TokenStream {
    let header = impl_header(
        catalog,
        bounds,
        quote!(__ec::__private::axum_core::response::IntoResponse),
    );
    quote! {
        __ec::__private::with_axum! {
            #header {
                fn into_response(self) -> __ec::__private::axum_core::response::Response {
                    #body
                }
            }
        }
    }
}
