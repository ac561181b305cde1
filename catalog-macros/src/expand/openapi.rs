//! utoipa's `IntoResponses`, and the entries of each variant that
//! `responses!` reads, when the runtime crate's `openapi` feature is on.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::catalog::DIRECT;
use super::generics::{impl_header, Bounds};
use super::tokens::category;
use crate::model::Catalog;

pub(super) fn openapi_impls(catalog: &Catalog) -> TokenStream {
    let direct = Ident::new(DIRECT, Span::call_site());
    let own = catalog.entries.iter().enumerate().map(|(position, entry)| {
        let name = entry.variant.to_string();
        quote!(#name => ::core::slice::from_ref(&#direct[#position]),)
    });
    let wrapped = catalog.wrapped.iter().map(|wrapped| {
        let (name, ty) = (
            wrapped.field.variant.to_string(),
            category(wrapped.field.ty),
        );
        quote!(#name => <#ty as __ec::Catalog>::ENTRIES,)
    });
    let variant = parameter();
    items(
        catalog,
        &quote! {
            match #variant {
                #(#own)*
                #(#wrapped)*
                _ => &[],
            }
        },
        &quote!(__ec::openapi::responses::<Self>()),
    )
}

/// The stand-ins for a catalogue whose checks failed, never run: a
/// `responses!` set that names its variants compiles.
pub(crate) fn stand_in_openapi_impls(catalog: &Catalog) -> TokenStream {
    let unreachable = quote!(::core::unreachable!());
    let variant = parameter();
    items(
        catalog,
        &quote!({
            let _ = #variant;
            #unreachable
        }),
        &unreachable,
    )
}

/// The name of `variant_entries`' parameter, out of the user's reach: a
/// constant of theirs named `variant` would turn it into a pattern.
fn parameter() -> Ident {
    Ident::new("variant", Span::mixed_site())
}

fn items(catalog: &Catalog, variant_entries: &TokenStream, responses: &TokenStream) -> TokenStream {
    let mut bounds = Bounds::default();
    for wrapped in &catalog.wrapped {
        bounds.field(&wrapped.field, quote!(__ec::Catalog));
    }
    let entries_header = impl_header(catalog, bounds, quote!(__ec::__private::VariantEntries));
    let mut bounds = Bounds::default();
    bounds.deferred_on_self(catalog, quote!(__ec::Catalog + __ec::body::Respond));
    let variant = parameter();
    let responses_header = impl_header(
        catalog,
        bounds,
        quote!(__ec::__private::utoipa::IntoResponses),
    );
    quote! {
        __ec::__private::with_utoipa! {
            #entries_header {
                type Catalog = Self;

                fn variant_entries(#variant: &str) -> &'static [__ec::Entry] {
                    #variant_entries
                }
            }

            #responses_header {
                fn responses() -> __ec::__private::BTreeMap<
                    __ec::__private::String,
                    __ec::__private::utoipa::openapi::RefOr<
                        __ec::__private::utoipa::openapi::Response,
                    >,
                > {
                    #responses
                }
            }
        }
    }
}
