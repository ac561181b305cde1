//! What is emitted when the checks fail: the enum and impls of every trait
//! the macro promises, with bodies that are never run. Without them each
//! `err.code()`, `?` or `{err}` in the user's crate would add an error of its
//! own and bury the real one.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Input;
use crate::expand::{from_impls, with_predicate};

pub(crate) fn stubs(input: &Input) -> TokenStream {
    let ident = &input.item.ident;
    let (impl_generics, ty_generics, where_clause) = input.item.generics.split_for_impl();
    let from_impls = from_impls(input);
    // `for<'workaround>` keeps the bounds from being trivially false, which
    // rustc rejects outright (rust-lang/rust#48214) when, say, the user has
    // not derived `Debug` yet.
    let error_generics = with_predicate(
        &input.item.generics,
        syn::parse_quote!(for<'workaround> #ident #ty_generics: ::core::fmt::Debug + ::core::fmt::Display),
    );
    let (error_impl_generics, _, error_where_clause) = error_generics.split_for_impl();
    let catalog_error_generics = with_predicate(
        &input.item.generics,
        syn::parse_quote!(for<'workaround> #ident #ty_generics: ::std::error::Error),
    );
    let (catalog_error_impl_generics, _, catalog_error_where_clause) =
        catalog_error_generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::error_catalog::Catalog for #ident #ty_generics #where_clause {
            const ENTRIES: &'static [::error_catalog::Entry] = &[];
        }

        #[automatically_derived]
        impl #catalog_error_impl_generics ::error_catalog::CatalogError for #ident #ty_generics #catalog_error_where_clause {
            fn entry(&self) -> &'static ::error_catalog::Entry {
                ::core::unreachable!()
            }

            fn message(&self) -> ::error_catalog::__private::Cow<'static, str> {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #error_impl_generics ::std::error::Error for #ident #ty_generics #error_where_clause {}

        #from_impls
    }
}
