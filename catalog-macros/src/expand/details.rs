//! `Details`, for `Flat` bodies: the `#[details]` field, or `null`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::generics::{impl_header, Bounds};
use super::tokens::{match_self, ty_span, wrapped_arms};
use crate::model::Catalog;

pub(super) fn details_impl(catalog: &Catalog) -> TokenStream {
    let serializer = Ident::new("serializer", Span::mixed_site());
    let mut bounds = Bounds::default();
    let mut arms = Vec::new();
    for field in &catalog.details {
        bounds.field(field, quote!(__ec::__private::serde::Serialize));
        let (variant, member) = (field.variant, field.member);
        // Spanned on the field's type, so that a type which is not
        // `Serialize` is blamed there.
        let details = Ident::new("details", ty_span(field.ty));
        let call = quote_spanned! {ty_span(field.ty)=>
            __ec::__private::serde::Serialize::serialize(#details, #serializer)
        };
        arms.push(quote!(Self::#variant { #member: #details, .. } => #call));
    }
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::body::Details::serialize_details(#inner, #serializer)),
    ));
    if arms.len() < catalog.variant_count {
        arms.push(quote!(_ => #serializer.serialize_none()));
    }
    let header = impl_header(catalog, bounds, quote!(__ec::body::Details));
    details_item(
        &header,
        &serializer,
        &match_self(catalog, &quote!(#(#arms,)*)),
    )
}

/// The stand-in for a catalogue whose checks failed, never run.
pub(crate) fn stand_in_details_impl(catalog: &Catalog) -> TokenStream {
    let header = impl_header(catalog, Bounds::default(), quote!(__ec::body::Details));
    let serializer = Ident::new("_serializer", Span::mixed_site());
    details_item(&header, &serializer, &quote!(::core::unreachable!()))
}

fn details_item(header: &TokenStream, serializer: &Ident, body: &TokenStream) -> TokenStream {
    quote! {
        __ec::__private::with_serde! {
            #header {
                fn serialize_details<S: __ec::__private::serde::Serializer>(
                    &self,
                    #serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    #body
                }
            }
        }
    }
}
