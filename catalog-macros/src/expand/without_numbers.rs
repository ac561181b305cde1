//! For a catalogue whose own codes have no numbers, the enum's own `code`
//! and `lookup`: they shadow `CatalogError::code` and `Catalog::lookup`,
//! which would answer 0 and `None`, and their bound (`Numbered`) holds only
//! where some wrapped catalogue has numbers, so that a call on a catalogue
//! without any is a compile error that says to use the code string
//! instead. Where the bound holds they answer as the traits do.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Catalog;

pub(super) fn guards(catalog: &Catalog) -> Option<TokenStream> {
    // A catalogue that only wraps others has numbers where they do, which
    // the bound finds out; an empty enum has no code to ask for.
    if catalog.numbers_own_codes() || (catalog.entries.is_empty() && catalog.wrapped.is_empty()) {
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
                <Self as __ec::CatalogError>::code(self)
            }

            /// A catalogue without numbers has no numeric codes: calling
            /// this is a compile error that points to `lookup_str`.
            #[doc(hidden)]
            pub fn lookup<'__numbered>(code: u32) -> ::core::option::Option<&'static __ec::Entry>
            where
                Self: __ec::__private::Numbered<'__numbered>,
                #predicates
            {
                <Self as __ec::Catalog>::lookup(code)
            }
        }
    })
}
