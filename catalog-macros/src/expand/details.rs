//! `Details`: the `#[details]` field, or `null`, and the `#[public]`
//! fields, each a member of the bodies that send them.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::generics::{impl_header, Bounds};
use super::tokens::{match_self, ty_span, wrapped_arms};
use crate::model::{Catalog, Public};

pub(super) fn details_impl(catalog: &Catalog) -> TokenStream {
    let serializer = Ident::new("serializer", Span::mixed_site());
    let mut bounds = Bounds::default();
    let mut arms = Vec::new();
    for field in &catalog.details {
        bounds.field(field, quote!(__ec::__private::serde::Serialize));
        let (variant, member) = (field.variant, field.member);
        // Spanned on the field's type, so that a type which is not
        // `Serialize` is blamed there.
        let details = Ident::new("details", ty_span(field.ty));
        let call = quote_spanned! {ty_span(field.ty)=>
            __ec::__private::serde::Serialize::serialize(#details, #serializer)
        };
        arms.push(quote!(Self::#variant { #member: #details, .. } => #call));
    }
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::body::Details::serialize_details(#inner, #serializer)),
    ));
    if arms.len() < catalog.variant_count {
        arms.push(quote!(_ => #serializer.serialize_none()));
    }
    let has_details = has_method(
        catalog,
        "has_details",
        catalog.details.iter().map(|field| {
            let variant = field.variant;
            quote!(Self::#variant { .. } => true)
        }),
    );
    let has_public = has_method(
        catalog,
        "has_public",
        catalog.publics.iter().map(public_arm),
    );
    let public = public_method(catalog, &mut bounds);
    let public = Some(quote!(#has_details #has_public #public));
    let header = impl_header(catalog, bounds, quote!(__ec::body::Details));
    details_item(
        &header,
        &serializer,
        &match_self(catalog, &quote!(#(#arms,)*)),
        public,
    )
}

/// `has_public`'s arm for a variant: true, unless each of its `#[public]`
/// fields is an `Option`, which is left out when `None`.
fn public_arm(public: &Public) -> TokenStream {
    let variant = public.variant;
    if public
        .fields
        .iter()
        .any(|(field, _)| field.option_inner.is_none())
    {
        return quote!(Self::#variant { .. } => true);
    }
    let (members, bindings): (Vec<_>, Vec<_>) = public
        .fields
        .iter()
        .map(|(field, _)| (field.member, &field.binding))
        .unzip();
    let present = bindings.iter().map(|binding| quote!(#binding.is_some()));
    quote!(Self::#variant { #(#members: #bindings,)* .. } => #(#present)||*)
}

/// `has_details` or `has_public`: the `arms` of the variants that may
/// have them, and for a wrapped catalogue's error what it says.
fn has_method(
    catalog: &Catalog,
    method: &str,
    arms: impl Iterator<Item = TokenStream>,
) -> Option<TokenStream> {
    let mut arms: Vec<TokenStream> = arms.collect();
    if arms.is_empty() && catalog.wrapped.is_empty() {
        return None;
    }
    let method = Ident::new(method, Span::call_site());
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::body::Details::#method(#inner)),
    ));
    if arms.len() < catalog.variant_count {
        arms.push(quote!(_ => false));
    }
    let body = match_self(catalog, &quote!(#(#arms,)*));
    Some(quote! {
        fn #method(&self) -> bool {
            #body
        }
    })
}

/// `serialize_public`: each `#[public]` field as an entry of the map, under
/// its member's name; a wrapped catalogue's, through it.
fn public_method(catalog: &Catalog, bounds: &mut Bounds) -> Option<TokenStream> {
    if catalog.publics.is_empty() && catalog.wrapped.is_empty() {
        return None;
    }
    let map = Ident::new("map", Span::mixed_site());
    let mut arms = Vec::new();
    for public in &catalog.publics {
        let variant = public.variant;
        let mut bindings = Vec::new();
        let mut entries = Vec::new();
        for (field, name) in &public.fields {
            bounds.field(field, quote!(__ec::__private::serde::Serialize));
            let (member, binding) = (field.member, &field.binding);
            bindings.push(quote!(#member: #binding));
            // Every token at the field's type, so that a type which is not
            // `Serialize` is blamed there.
            let span = ty_span(field.ty);
            let (map, name) = (Ident::new("map", span), syn::LitStr::new(name, span));
            let binding = Ident::new(&binding.to_string(), span);
            // A `None` is left out, as Stripe's bodies leave it out.
            entries.push(if field.option_inner.is_some() {
                quote_spanned! {span=>
                    if let ::core::option::Option::Some(#binding) = #binding {
                        __ec::__private::serde::ser::SerializeMap::serialize_entry(#map, #name, #binding)?;
                    }
                }
            } else {
                quote_spanned! {span=>
                    __ec::__private::serde::ser::SerializeMap::serialize_entry(#map, #name, #binding)?;
                }
            });
        }
        arms.push(quote!(Self::#variant { #(#bindings,)* .. } => { #(#entries)* }));
    }
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::body::Details::serialize_public(#inner, #map)?),
    ));
    if arms.len() < catalog.variant_count {
        arms.push(quote!(_ => {}));
    }
    let body = match_self(catalog, &quote!(#(#arms,)*));
    Some(quote! {
        fn serialize_public<M: __ec::__private::serde::ser::SerializeMap>(
            &self,
            #map: &mut M,
        ) -> ::core::result::Result<(), M::Error> {
            #body
            ::core::result::Result::Ok(())
        }
    })
}

/// The stand-in for a catalogue whose checks failed, never run.
pub(crate) fn stand_in_details_impl(catalog: &Catalog) -> TokenStream {
    let header = impl_header(catalog, Bounds::default(), quote!(__ec::body::Details));
    let serializer = Ident::new("_serializer", Span::mixed_site());
    details_item(&header, &serializer, &quote!(::core::unreachable!()), None)
}

fn details_item(
    header: &TokenStream,
    serializer: &Ident,
    body: &TokenStream,
    public: Option<TokenStream>,
) -> TokenStream {
    quote! {
        __ec::__private::with_serde! {
            #header {
                fn serialize_details<S: __ec::__private::serde::Serializer>(
                    &self,
                    #serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    #body
                }

                #public
            }
        }
    }
}
