//! `Display`: each variant's message with its fields formatted in.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::generics::{impl_header, Bounds};
use super::wrapped_arms;
use crate::model::{Catalog, Entry, Message, Segment};

pub(super) fn display_impl(catalog: &Catalog) -> TokenStream {
    let formatter = Ident::new("formatter", Span::mixed_site());
    let mut arms: Vec<TokenStream> = catalog
        .entries
        .iter()
        .map(|entry| {
            let variant = entry.variant;
            if let Some(text) = entry.message.plain_text() {
                return quote!(Self::#variant { .. } => #formatter.write_str(#text));
            }
            let (pattern, format) = format_arm(entry, &entry.message);
            quote!(#pattern => ::core::write!(#formatter, #format))
        })
        .collect();
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(::core::fmt::Display::fmt(#inner, #formatter)),
    ));
    let header = impl_header(
        catalog,
        format_bounds(catalog),
        quote!(::core::fmt::Display),
    );
    quote! {
        #header {
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#arms,)*
                }
            }
        }
    }
}

/// `Self::V { kind: kind, .. }` and `"Invalid {kind}"`: the pattern binding
/// the fields a message uses, and the message as a format string over those
/// bindings, spanned on the message so that rustc blames a field that
/// cannot be formatted there.
pub(super) fn format_arm(entry: &Entry, message: &Message) -> (TokenStream, syn::LitStr) {
    let mut format = String::new();
    let mut used = Vec::new();
    for segment in &message.segments {
        match segment {
            Segment::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Segment::Field(placeholder) => {
                let field = &placeholder.field;
                format.push('{');
                format.push_str(&field.binding.to_string());
                if !placeholder.spec.is_empty() {
                    format.push(':');
                    format.push_str(&placeholder.spec);
                }
                format.push('}');
                if !used.iter().any(|(member, _)| *member == field.member) {
                    used.push((field.member, &field.binding));
                }
            }
        }
    }
    let variant = entry.variant;
    let (members, bindings): (Vec<_>, Vec<_>) = used.into_iter().unzip();
    let pattern = quote!(Self::#variant { #(#members: #bindings,)* .. });
    let span = message.span.resolved_at(Span::mixed_site());
    (pattern, syn::LitStr::new(&format, span))
}

/// A `Display` (or `Debug`) bound for each field of generic type that a
/// message formats.
pub(super) fn format_bounds(catalog: &Catalog) -> Bounds {
    let mut bounds = Bounds::default();
    for entry in &catalog.entries {
        for segment in &entry.message.segments {
            if let Segment::Field(placeholder) = segment {
                let fmt_trait = if placeholder.spec.ends_with('?') {
                    quote!(Debug)
                } else {
                    quote!(Display)
                };
                bounds.field(&placeholder.field, quote!(::core::fmt::#fmt_trait));
            }
        }
    }
    bounds
}
