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
    let inner = Ident::new("inner", Span::mixed_site());
    let categories = catalog.wrapped.iter().map(|wrapped| {
        let (name, ty) = (
            wrapped.field.variant.to_string(),
            category(wrapped.field.ty),
        );
        quote!(#name => <#ty as __ec::__private::VariantEntries>::variant_entries(#inner),)
    });
    let names = catalog
        .entries
        .iter()
        .map(|entry| entry.variant.to_string())
        .chain(
            catalog
                .wrapped
                .iter()
                .map(|wrapped| wrapped.field.variant.to_string()),
        );
    let category_names = catalog.wrapped.iter().map(|wrapped| {
        let (name, ty) = (
            wrapped.field.variant.to_string(),
            category(wrapped.field.ty),
        );
        quote!((#name, <#ty as __ec::__private::VariantEntries>::VARIANTS))
    });
    items(
        catalog,
        &Lists {
            variant_entries: quote! {
                match #variant {
                    #(#own)*
                    #(#wrapped)*
                    _ => &[],
                }
            },
            category_entries: quote! {
                match #variant {
                    #(#categories)*
                    _ => {
                        let _ = #inner;
                        &[]
                    }
                }
            },
            variants: quote!(&[#(#names),*]),
            categories: quote!(&[#(#category_names),*]),
        },
        &quote!(__ec::openapi::responses::<Self>()),
    )
}

/// The bodies of `VariantEntries`' items.
struct Lists {
    variant_entries: TokenStream,
    category_entries: TokenStream,
    variants: TokenStream,
    categories: TokenStream,
}

/// The stand-ins for a catalogue whose checks failed, never run: a
/// `responses!` set that names its variants compiles.
pub(crate) fn stand_in_openapi_impls(catalog: &Catalog) -> TokenStream {
    let unreachable = quote!(::core::unreachable!());
    let (variant, inner) = (parameter(), Ident::new("inner", Span::mixed_site()));
    items(
        catalog,
        &Lists {
            variant_entries: quote!({
                let _ = #variant;
                #unreachable
            }),
            category_entries: quote!({
                let _ = (#variant, #inner);
                #unreachable
            }),
            // Every name passes, so that a set naming this catalogue's
            // variants adds no error to the one the catalogue has.
            variants: quote!(&[]),
            categories: quote!(&[]),
        },
        &unreachable,
    )
}

/// The name of `variant_entries`' parameter, out of the user's reach: a
/// constant of theirs named `variant` would turn it into a pattern.
fn parameter() -> Ident {
    Ident::new("variant", Span::mixed_site())
}

fn items(catalog: &Catalog, lists: &Lists, responses: &TokenStream) -> TokenStream {
    let mut bounds = Bounds::default();
    for wrapped in &catalog.wrapped {
        bounds.field(&wrapped.field, quote!(__ec::Catalog));
    }
    let Lists {
        variant_entries,
        category_entries,
        variants,
        categories,
    } = lists;
    let inner = Ident::new("inner", Span::mixed_site());
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

                const VARIANTS: &'static [&'static str] = #variants;

                const CATEGORIES: &'static [(&'static str, &'static [&'static str])] = #categories;

                fn variant_entries(#variant: &str) -> &'static [__ec::Entry] {
                    #variant_entries
                }

                fn category_entries(#variant: &str, #inner: &str) -> &'static [__ec::Entry] {
                    #category_entries
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
