//! What is emitted when the checks fail: the enum and impls of every trait
//! the macro promises, with bodies that are never run. Without them each
//! `err.code()`, `?` or `{err}` in the user's crate would add an error of its
//! own and bury the real one.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::block;
use crate::expand::from::from_impls;
use crate::expand::generics::{impl_header, Bounds};
use crate::model::Catalog;

pub(crate) fn stubs(catalog: &Catalog) -> TokenStream {
    let ident = catalog.ident;
    let (_, ty_generics, _) = catalog.generics.split_for_impl();
    let catalog_header = impl_header(catalog, Bounds::default(), quote!(__ec::Catalog));
    let display_header = impl_header(catalog, Bounds::default(), quote!(::core::fmt::Display));
    // `for<'workaround>` keeps the bounds from being trivially false, which
    // rustc rejects outright (rust-lang/rust#48214) when, say, the user has
    // not derived `Debug` yet.
    let mut error_bounds = Bounds::default();
    error_bounds.always(syn::parse_quote!(
        for<'workaround> #ident #ty_generics: ::core::fmt::Debug + ::core::fmt::Display
    ));
    let error_header = impl_header(catalog, error_bounds, quote!(::std::error::Error));
    let mut catalog_error_bounds = Bounds::default();
    catalog_error_bounds.always(syn::parse_quote!(
        for<'workaround> #ident #ty_generics: ::std::error::Error
    ));
    let catalog_error_header =
        impl_header(catalog, catalog_error_bounds, quote!(__ec::CatalogError));
    let from_impls = from_impls(catalog);
    block(
        catalog,
        quote! {
            #catalog_header {
                const ENTRIES: &'static [__ec::Entry] = &[];
            }

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

            #from_impls
        },
    )
}
