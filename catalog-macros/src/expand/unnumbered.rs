//! For a catalogue without numbers, the enum's own `code` and `lookup`:
//! they shadow `CatalogError::code` and `Catalog::lookup`, which would
//! answer 0 and `None`, and their bound is one no type meets, so that a
//! call is a compile error that says to use the code string instead.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Catalog;

pub(super) fn guards(catalog: &Catalog) -> Option<TokenStream> {
    // A composed catalogue may wrap numbered ones, whose numbers its
    // `code` and `lookup` give.
    if !catalog.symbolic || !catalog.wrapped.is_empty() {
        return None;
    }
    let ident = catalog.ident;
    let (impl_generics, ty_generics, where_clause) = catalog.generics.split_for_impl();
    let predicates = where_clause.map(|clause| &clause.predicates);
    Some(quote! {
        #[allow(dead_code)]
        impl #impl_generics #ident #ty_generics {
            /// A catalogue without numbers has no numeric codes: calling
            /// this is a compile error that points to `code_str`.
            #[doc(hidden)]
            pub fn code<'__numbered>(&'__numbered self) -> u32
            where
                Self: __ec::__private::Numbered<'__numbered>,
                #predicates
            {
                0
            }

            /// A catalogue without numbers has no numeric codes: calling
            /// this is a compile error that points to `lookup_str`.
            #[doc(hidden)]
            pub fn lookup<'__numbered>(_code: u32) -> ::core::option::Option<&'static __ec::Entry>
            where
                Self: __ec::__private::Numbered<'__numbered>,
                #predicates
            {
                ::core::option::Option::None
            }
        }
    })
}
