//! `From` impls: for `#[from]` fields and for transparent variants alike,
//! so that `?` converts. The fallback emits them too, so that `?` keeps
//! compiling while another attribute is being fixed.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::generics::{impl_header, Bounds};
use crate::model::{Catalog, FieldRef};

pub(crate) fn from_impls(catalog: &Catalog) -> TokenStream {
    catalog
        .from
        .iter()
        .map(|field| from_impl(catalog, field))
        .collect()
}

pub(crate) fn wrapped_from_impls(catalog: &Catalog) -> TokenStream {
    catalog
        .wrapped
        .iter()
        .map(|wrapped| from_impl(catalog, &wrapped.field))
        .collect()
}

/// `impl From<ty> for Enum`, wrapping the value in the variant's one field.
fn from_impl(catalog: &Catalog, field: &FieldRef) -> TokenStream {
    let (variant, member, ty) = (field.variant, field.member, field.ty);
    let header = impl_header(
        catalog,
        Bounds::default(),
        quote!(::core::convert::From<#ty>),
    );
    let value = Ident::new("value", Span::mixed_site());
    quote! {
        #header {
            fn from(#value: #ty) -> Self {
                Self::#variant { #member: #value }
            }
        }
    }
}
