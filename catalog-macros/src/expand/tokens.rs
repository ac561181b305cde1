//! Pieces of generated code that several generators share.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Catalog, FieldRef};

/// `Self::V { 0: inner, .. } => body(inner)` for each variant wrapping a
/// catalogue.
pub(super) fn wrapped_arms(
    catalog: &Catalog,
    body: impl Fn(&Ident) -> TokenStream,
) -> Vec<TokenStream> {
    field_arms(catalog.wrapped.iter().map(|wrapped| &wrapped.field), body)
}

/// The same for each catch-all variant, over the error it wraps.
pub(super) fn forwarding_arms(
    catalog: &Catalog,
    body: impl Fn(&Ident) -> TokenStream,
) -> Vec<TokenStream> {
    field_arms(catalog.forwarding.iter(), body)
}

fn field_arms<'f, 'a: 'f>(
    fields: impl Iterator<Item = &'f FieldRef<'a>>,
    body: impl Fn(&Ident) -> TokenStream,
) -> Vec<TokenStream> {
    let inner = Ident::new("inner", Span::mixed_site());
    fields
        .map(|field| {
            let (variant, member) = (field.variant, field.member);
            let body = body(&inner);
            quote!(Self::#variant { #member: #inner, .. } => #body)
        })
        .collect()
}

/// Where rustc points when a generated item depends on a field's type: the
/// type as the user wrote it, with the macro's own hygiene.
pub(super) fn ty_span(ty: &syn::Type) -> Span {
    syn::spanned::Spanned::span(ty).resolved_at(Span::mixed_site())
}

/// `Option::Some(value)` or `Option::None`, with full paths.
pub(super) fn optional<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

/// `match self { arms }`; for an enum without variants, whose references
/// rustc still counts as inhabited, `match *self {}`.
pub(super) fn match_self(catalog: &Catalog, arms: &TokenStream) -> TokenStream {
    if catalog.variant_count == 0 {
        quote!(match *self {})
    } else {
        quote!(match self { #arms })
    }
}
