//! `Display`: each variant's message with its fields formatted in.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::generics::impl_header;
use super::message::{format_arm, format_bounds, has_plain};
use super::tokens::{forwarding_arms, match_self, wrapped_arms};
use crate::model::Catalog;

pub(super) fn display_impl(catalog: &Catalog) -> TokenStream {
    let formatter = Ident::new("formatter", Span::mixed_site());
    let mut arms: Vec<TokenStream> = catalog
        .entries
        .iter()
        .filter(|entry| entry.message.plain_text().is_none())
        .map(|entry| {
            let (pattern, format) = format_arm(entry, &entry.message);
            quote!(#pattern => ::core::write!(#formatter, #format))
        })
        .collect();
    let forward = |inner: &Ident| quote!(::core::fmt::Display::fmt(#inner, #formatter));
    arms.extend(wrapped_arms(catalog, forward));
    arms.extend(forwarding_arms(catalog, |inner, _| forward(inner)));
    if has_plain(catalog) {
        arms.push(quote! {
            _ => #formatter.write_str(__ec::__private::FixedMessage::fixed_message(self))
        });
    }
    let mut bounds = format_bounds(catalog);
    for field in &catalog.forwarding {
        bounds.field(field, quote!(::core::fmt::Display));
    }
    let header = impl_header(catalog, bounds, quote!(::core::fmt::Display));
    let matched = match_self(catalog, &quote!(#(#arms,)*));
    quote! {
        #header {
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #matched
            }
        }
    }
}
