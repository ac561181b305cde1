//! `std::error::Error`, with `source()` for the marked fields and the
//! wrapped catalogues.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::generics::{impl_header, Bounds};
use super::tokens::{forwarding_arms, ty_span, wrapped_arms};
use crate::model::{Catalog, FieldRef};

pub(super) fn error_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = Bounds::default();
    bounds.on_self_if_generic(
        catalog.generics,
        quote!(::core::fmt::Debug + ::core::fmt::Display),
    );
    let mut arms = Vec::new();
    for field in &catalog.sources {
        // `Option<E>` is a source when it holds one: the bound is on `E`.
        match field.option_inner {
            Some(inner) if field.generic => {
                bounds.always(syn::parse_quote!(#inner: ::core::error::Error + 'static))
            }
            _ => bounds.field(field, quote!(::core::error::Error + 'static)),
        }
        let (variant, member) = (field.variant, field.member);
        let source = Ident::new("source", ty_span(field.ty));
        let error = source_error(field, &source);
        arms.push(quote_spanned! {ty_span(field.ty)=>
            Self::#variant { #member: #source, .. } => #error
        });
    }
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(::core::error::Error::source(#inner)),
    ));
    // A catch-all is the error it wraps: its source is that error's source.
    for field in &catalog.forwarding {
        bounds.field(field, quote!(::core::error::Error + 'static));
    }
    arms.extend(forwarding_arms(catalog, |inner, field| {
        let error = source_error(field, inner);
        quote! {
            match #error {
                ::core::option::Option::Some(error) => error.source(),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }));
    let source_method = (!arms.is_empty()).then(|| {
        let fallthrough = (arms.len() < catalog.variant_count)
            .then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                match self {
                    #(#arms,)*
                    #fallthrough
                }
            }
        }
    });
    let provide_method = provide_method(catalog);
    let header = impl_header(catalog, bounds, quote!(::core::error::Error));
    quote! {
        #header {
            #source_method
            #provide_method
        }
    }
}

/// `Option<&dyn Error>` of a field that holds an error: a `#[source]`, or
/// the error a catch-all wraps. Whatever the field is (an error, a pointer
/// to one, an `Option` of either) is worked out by autoref specialization
/// on `__private::SourceField`, spanned on the field's type, so that a type
/// which is no error is blamed on the field, in the words of
/// `__private::IsError`.
fn source_error(field: &FieldRef, binding: &Ident) -> TokenStream {
    let at_type = Ident::new(&binding.to_string(), ty_span(field.ty));
    quote_spanned! {ty_span(field.ty)=>
        {
            #[allow(unused_imports)]
            use __ec::__private::{
                ErrorSourceKind as _, NotASourceKind as _, OptionPointerSourceKind as _,
                OptionSourceKind as _, PointerSourceKind as _,
            };
            (&&&&__ec::__private::SourceField(#at_type)).kind().source(#at_type)
        }
    }
}

/// `Error::provide` (nightly, behind `error_generic_member_access`): each
/// variant offers its source's backtrace, then its own, and a transparent
/// variant what the error it wraps offers.
fn provide_method(catalog: &Catalog) -> Option<TokenStream> {
    if catalog.backtraces.is_empty() && catalog.wrapped.is_empty() && catalog.forwarding.is_empty()
    {
        return None;
    }
    let request = Ident::new("request", Span::mixed_site());
    let source = Ident::new("source", Span::mixed_site());
    let backtrace = Ident::new("backtrace", Span::mixed_site());
    let mut arms = Vec::new();
    for own in &catalog.backtraces {
        let variant = own.field.variant;
        let source_field = catalog
            .sources
            .iter()
            .find(|field| field.variant == variant);
        let from_source = source_field.map(|field| {
            let member = field.member;
            let error = source_error(field, &source);
            let provide = quote! {
                if let ::core::option::Option::Some(error) = #error {
                    __ec::__private::provide_source(error, #request);
                }
            };
            (quote!(#member: #source,), provide)
        });
        let (source_binding, source_provide) = from_source.unzip();
        let own_provide = (!own.of_source).then(|| {
            let member = own.field.member;
            (
                quote!(#member: #backtrace,),
                quote! {
                    if let ::core::option::Option::Some(#backtrace) = __ec::__private::AsBacktrace::as_backtrace(#backtrace) {
                        __ec::__private::provide_backtrace(#request, #backtrace);
                    }
                },
            )
        });
        let (own_binding, own_provide) = own_provide.unzip();
        arms.push(quote! {
            Self::#variant { #source_binding #own_binding .. } => {
                #source_provide
                #own_provide
            }
        });
    }
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::__private::provide_source(#inner, #request)),
    ));
    arms.extend(forwarding_arms(catalog, |inner, field| {
        let error = source_error(field, inner);
        quote! {
            if let ::core::option::Option::Some(error) = #error {
                __ec::__private::provide_source(error, #request);
            }
        }
    }));
    let fallthrough = (arms.len() < catalog.variant_count).then(|| quote!(_ => {}));
    Some(quote! {
        __ec::__private::with_provide! {
            self, #request, {
                match self {
                    #(#arms,)*
                    #fallthrough
                }
            }
        }
    })
}
