//! `From` impls: for `#[from]` fields and for transparent variants alike,
//! so that `?` converts. The fallback emits them too, so that `?` keeps
//! compiling while another attribute is being fixed.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::generics::{impl_header, Bounds};
use super::tokens::ty_span;
use crate::model::{Catalog, FieldRef};

pub(crate) fn from_impls(catalog: &Catalog) -> TokenStream {
    catalog
        .from
        .iter()
        .map(|field| {
            let value = Ident::new("value", Span::mixed_site());
            // `#[from] Option<E>` converts from `E`, as thiserror's does.
            let (ty, wrapped) = match field.option_inner {
                Some(inner) => (inner, quote!(::core::option::Option::Some(#value))),
                None => (field.ty, quote!(#value)),
            };
            let member = field.member;
            let mut init = quote!(#member: #wrapped);
            if let Some(backtrace) = catalog.backtraces.iter().find(|backtrace| {
                backtrace.field.variant == field.variant && backtrace.field.member != field.member
            }) {
                let member = backtrace.field.member;
                init.extend(quote! {
                    , #member: ::core::convert::From::from(__ec::__private::Backtrace::capture())
                });
            }
            conversion(catalog, field.variant, ty, &value, &init)
        })
        .collect()
}

/// `From<Category>` for each transparent variant, and `From<T>` through the
/// category for each `T` of its `from = [...]` list.
pub(crate) fn wrapped_from_impls(catalog: &Catalog) -> TokenStream {
    let value = Ident::new("value", Span::mixed_site());
    let mut impls = TokenStream::new();
    for wrapped in &catalog.wrapped {
        impls.extend(from_impl(catalog, &wrapped.field));
        let (variant, member, category) = (
            wrapped.field.variant,
            wrapped.field.member,
            wrapped.field.ty,
        );
        for ty in &wrapped.lifts {
            let header = impl_header(
                catalog,
                Bounds::default(),
                quote!(::core::convert::From<#ty>),
            );
            // At the type in the list, which rustc blames when the
            // category does not convert from it.
            let lifted = quote_spanned! {ty_span(ty)=>
                __ec::__private::lift::<#ty, #category>(#value)
            };
            impls.extend(quote! {
                #header {
                    fn from(#value: #ty) -> Self {
                        Self::#variant {
                            #member: #lifted,
                        }
                    }
                }
            });
        }
    }
    impls
}

/// `impl From<ty> for Enum`, wrapping the value in the variant's one field.
fn from_impl(catalog: &Catalog, field: &FieldRef) -> TokenStream {
    let value = Ident::new("value", Span::mixed_site());
    let member = field.member;
    conversion(
        catalog,
        field.variant,
        field.ty,
        &value,
        &quote!(#member: #value),
    )
}

/// `impl From<ty> for Enum` building `Self::Variant { fields }` from `value`.
fn conversion(
    catalog: &Catalog,
    variant: &Ident,
    ty: &syn::Type,
    value: &Ident,
    fields: &TokenStream,
) -> TokenStream {
    let header = impl_header(
        catalog,
        Bounds::default(),
        quote!(::core::convert::From<#ty>),
    );
    quote! {
        #header {
            fn from(#value: #ty) -> Self {
                Self::#variant { #fields }
            }
        }
    }
}
