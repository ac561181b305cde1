//! Pieces of generated code that several generators share.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::model::{Catalog, FieldRef};

/// `Self::V { 0: inner, .. } => body(inner)` for each variant wrapping a
/// catalogue.
///
/// `inner` is the wrapped value seen through `__private::Category`, as
/// [`category`] names its type: a field that is no catalogue is one error,
/// on its type, and the bodies add none.
pub(super) fn wrapped_arms(
    catalog: &Catalog,
    body: impl Fn(&Ident) -> TokenStream,
) -> Vec<TokenStream> {
    catalog
        .wrapped
        .iter()
        .map(|wrapped| {
            let (variant, member) = (wrapped.field.variant, wrapped.field.member);
            let (inner, as_catalog) = as_catalog(wrapped.field.ty);
            let body = body(&inner);
            quote! {
                Self::#variant { #member: #inner, .. } => {
                    let #inner = #as_catalog;
                    #body
                }
            }
        })
        .collect()
}

/// The same for each catch-all variant, over the error it wraps; `body`
/// also gets the field, to point at its type.
pub(super) fn forwarding_arms(
    catalog: &Catalog,
    body: impl Fn(&Ident, &FieldRef) -> TokenStream,
) -> Vec<TokenStream> {
    let inner = Ident::new("inner", Span::mixed_site());
    catalog
        .forwarding
        .iter()
        .map(|field| {
            let (variant, member) = (field.variant, field.member);
            let body = body(&inner, field);
            quote!(Self::#variant { #member: #inner, .. } => #body)
        })
        .collect()
}

/// `inner`, the binding of a wrapped catalogue's value, and the expression
/// that sees it through `__private::Category`: both on the field's type,
/// where an error about it then points, alike for every use.
pub(super) fn as_catalog(ty: &syn::Type) -> (Ident, TokenStream) {
    let (first, last) = ends(ty);
    let inner = Ident::new("inner", first);
    let method = Ident::new("as_catalog", last);
    let arguments = quote_spanned!(last=> (#inner));
    let expression = quote_spanned!(first=> <#ty as __ec::__private::Category>::#method #arguments);
    (inner, expression)
}

/// A wrapped catalogue's type as the expansion names it, through
/// `__private::Category`: when the type is no catalogue, rustc says so on
/// the field's type, and every use of the projection is then an error type
/// it reports nothing more about.
pub(super) fn category(ty: &syn::Type) -> TokenStream {
    category_item(ty, "Catalog")
}

/// `<ty as __private::Category>::item`, spanned as [`category`] is.
pub(super) fn category_item(ty: &syn::Type, item: &str) -> TokenStream {
    let (first, last) = ends(ty);
    let item = Ident::new(item, last);
    quote_spanned!(first=> <#ty as __ec::__private::Category>::#item)
}

/// The spans of the first and last tokens of `ty`, as the user wrote them:
/// a path from one to the other spans the type exactly as rustc spans the
/// type itself, so that an error about either is the same error, which it
/// reports once. (The names these tokens carry resolve as the attribute's
/// own call-site names do.)
fn ends(ty: &syn::Type) -> (Span, Span) {
    let tokens: Vec<_> = quote::ToTokens::to_token_stream(ty).into_iter().collect();
    let span = |token: Option<&proc_macro2::TokenTree>, close: bool| {
        token.map(|token| match token {
            proc_macro2::TokenTree::Group(group) if close => group.span_close(),
            proc_macro2::TokenTree::Group(group) => group.span_open(),
            token => token.span(),
        })
    };
    let first = span(tokens.first(), false).unwrap_or_else(Span::call_site);
    let last = span(tokens.last(), true).unwrap_or(first);
    (first, last)
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
