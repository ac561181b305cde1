//! What the catalogue's responses send (`body::Respond`, with serde), and
//! axum's `IntoResponse` over it, when the runtime crate's `axum` feature is
//! on.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::generics::{impl_header, Bounds};
use super::tokens::{as_catalog, category, match_self, optional, wrapped_arms};
use crate::model::{Catalog, Entry};

/// `Respond`: the chosen shape, else `Nested`; a variant's own `body =
/// ...` over both. A composed catalogue sends the errors of a category that
/// chose their shape in that shape.
pub(super) fn respond_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = Bounds::default();
    bounds.deferred_on_self(catalog, quote!(__ec::CatalogError + __ec::body::Details));
    for wrapped in &catalog.wrapped {
        bounds.field(&wrapped.field, quote!(__ec::body::Respond + __ec::Catalog));
    }
    let header = impl_header(catalog, bounds, quote!(__ec::body::Respond));
    let shape = catalog
        .body
        .clone()
        .unwrap_or_else(|| quote!(__ec::body::Nested<Self>));
    let chosen = catalog.body.is_some();
    let code_header = catalog.code_header.as_ref().map(|header| {
        let header = optional(header.as_deref());
        quote!(const CODE_HEADER: ::core::option::Option<&'static str> = #header;)
    });
    let serializer = Ident::new("serializer", Span::mixed_site());
    let entry = Ident::new("entry", Span::mixed_site());
    let content_type = dispatch(
        catalog,
        &shape,
        &quote!(content_type),
        &quote!(),
        |shape| quote!(<#shape as __ec::body::Shape>::CONTENT_TYPE),
    );
    let xml_document = dispatch(
        catalog,
        &shape,
        &quote!(xml_document),
        &quote!(),
        |shape| quote!(<#shape as __ec::body::Shape>::XML),
    );
    let serialize = dispatch(
        catalog,
        &shape,
        &quote!(serialize_body),
        &quote!(, #serializer),
        |shape| quote!(<#shape as __ec::body::Shape>::serialize_error(self, #serializer)),
    );
    let minimal = dispatch(
        catalog,
        &shape,
        &quote!(serialize_minimal),
        &quote!(, #serializer),
        |shape| {
            quote!(<#shape as __ec::body::Shape>::serialize_error(
                &__ec::__private::Bare(self),
                #serializer,
            ))
        },
    );
    let entry_content_type = entry_dispatch(
        catalog,
        &shape,
        &entry,
        &quote!(entry_content_type),
        &quote!(),
        |shape| quote!(<#shape as __ec::body::Shape>::CONTENT_TYPE),
    );
    let entry_xml_document = entry_dispatch(
        catalog,
        &shape,
        &entry,
        &quote!(entry_xml_document),
        &quote!(),
        |shape| quote!(<#shape as __ec::body::Shape>::XML),
    );
    let serialize_entry = entry_dispatch(
        catalog,
        &shape,
        &entry,
        &quote!(serialize_entry),
        &quote!(, #serializer),
        |shape| quote!(<#shape as __ec::body::Shape>::serialize_error(&#entry, #serializer)),
    );
    let choices = choice_methods(catalog, chosen, &entry);
    let batch = Ident::new("batch", Span::mixed_site());
    quote! {
        __ec::__private::with_serde! {
            #header {
                const CHOSEN: bool = #chosen;
                #code_header

                fn content_type(&self) -> &'static str {
                    #content_type
                }

                fn xml_document(&self) -> ::core::option::Option<__ec::body::XmlDocument> {
                    #xml_document
                }

                fn serialize_body<__S: __ec::__private::serde::Serializer>(
                    &self,
                    #serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    #serialize
                }

                fn serialize_minimal<__S: __ec::__private::serde::Serializer>(
                    &self,
                    #serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    #minimal
                }

                fn entry_content_type(#entry: &'static __ec::Entry) -> &'static str {
                    #entry_content_type
                }

                fn entry_xml_document(
                    #entry: &'static __ec::Entry,
                ) -> ::core::option::Option<__ec::body::XmlDocument> {
                    #entry_xml_document
                }

                fn serialize_entry<__S: __ec::__private::serde::Serializer>(
                    #entry: &'static __ec::Entry,
                    #serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    #serialize_entry
                }

                fn serialize_batch<__S: __ec::__private::serde::Serializer>(
                    #batch: &__ec::body::Batch<Self>,
                    #serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    <#shape as __ec::body::Shape>::serialize_batch(#batch, #serializer)
                }

                fn serialize_entry_batch<__S: __ec::__private::serde::Serializer>(
                    #batch: &__ec::body::Batch<&'static __ec::Entry>,
                    #serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    <#shape as __ec::body::Shape>::serialize_batch(#batch, #serializer)
                }

                fn batch_content_type() -> &'static str {
                    <#shape as __ec::body::Shape>::CONTENT_TYPE
                }

                fn batch_xml_document() -> ::core::option::Option<__ec::body::XmlDocument> {
                    <#shape as __ec::body::Shape>::XML
                }

                #choices
            }
        }
    }
}

/// The entries of variants with a `body = ...` of their own, and that
/// shape.
fn own_shapes<'c>(catalog: &'c Catalog) -> impl Iterator<Item = (&'c Entry<'c>, &'c TokenStream)> {
    catalog
        .entries
        .iter()
        .filter_map(|entry| Some((entry, entry.body.as_ref()?)))
}

/// `chooses_shape` and `chooses_entry_shape`, where an error's choice is
/// not the catalogue's alone: a variant's own `body = ...`, or a wrapped
/// catalogue, which says for its errors.
fn choice_methods(catalog: &Catalog, chosen: bool, entry: &Ident) -> Option<TokenStream> {
    if own_shapes(catalog).next().is_none() && catalog.wrapped.is_empty() {
        return None;
    }
    let mut arms: Vec<TokenStream> = own_shapes(catalog)
        .map(|(own, _)| {
            let variant = own.variant;
            quote!(Self::#variant { .. } => true)
        })
        .collect();
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::body::Respond::chooses_shape(#inner)),
    ));
    if arms.len() < catalog.variant_count {
        arms.push(quote!(_ => #chosen));
    }
    let by_error = match_self(catalog, &quote!(#(#arms,)*));
    let own_codes = own_shapes(catalog).map(|(own, _)| {
        let code_str = &own.code_str;
        quote! {
            if #entry.code_str() == #code_str {
                return true;
            }
        }
    });
    let categories = catalog.wrapped.iter().map(|wrapped| {
        let ty = category(wrapped.field.ty);
        quote! {
            if <#ty as __ec::Catalog>::lookup_str(#entry.code_str()).is_some() {
                return <#ty as __ec::body::Respond>::chooses_entry_shape(#entry);
            }
        }
    });
    Some(quote! {
        fn chooses_shape(&self) -> bool {
            #by_error
        }

        fn chooses_entry_shape(#entry: &'static __ec::Entry) -> bool {
            #(#own_codes)*
            #(#categories)*
            #chosen
        }
    })
}

/// `own` for the catalogue's shape, a variant's own shape for its entry,
/// except for the entries of categories that chose their shape, which
/// `Respond::method` of the category answers. Entries are told apart by
/// code string, which is unique in a composed catalogue.
fn entry_dispatch(
    catalog: &Catalog,
    shape: &TokenStream,
    entry: &Ident,
    method: &TokenStream,
    args: &TokenStream,
    own: impl Fn(&TokenStream) -> TokenStream,
) -> TokenStream {
    let variants = own_shapes(catalog).map(|(variant, variant_shape)| {
        let code_str = &variant.code_str;
        let own = own(variant_shape);
        quote! {
            if #entry.code_str() == #code_str {
                return #own;
            }
        }
    });
    let categories = catalog.wrapped.iter().map(|wrapped| {
        let ty = category(wrapped.field.ty);
        quote! {
            if <#ty as __ec::Catalog>::lookup_str(#entry.code_str()).is_some()
                && <#ty as __ec::body::Respond>::chooses_entry_shape(#entry)
            {
                return <#ty as __ec::body::Respond>::#method(#entry #args);
            }
        }
    });
    let own = own(shape);
    quote! {
        #(#variants)*
        #(#categories)*
        #own
    }
}

/// `own` for the catalogue's shape, a variant's own shape for its errors,
/// except for the errors of categories that chose their shape, which
/// `Respond::method` of the category answers.
fn dispatch(
    catalog: &Catalog,
    shape: &TokenStream,
    method: &TokenStream,
    args: &TokenStream,
    own: impl Fn(&TokenStream) -> TokenStream,
) -> TokenStream {
    if catalog.wrapped.is_empty() && own_shapes(catalog).next().is_none() {
        return own(shape);
    }
    let variants = own_shapes(catalog).map(|(variant, variant_shape)| {
        let ident = variant.variant;
        let own = own(variant_shape);
        quote!(Self::#ident { .. } => #own,)
    });
    let categories = catalog.wrapped.iter().map(|wrapped| {
        let (variant, member) = (wrapped.field.variant, wrapped.field.member);
        let (inner, as_catalog) = as_catalog(wrapped.field.ty);
        quote! {
            Self::#variant { #member: #inner, .. }
                if __ec::body::Respond::chooses_shape({ let #inner = #as_catalog; #inner }) =>
            {
                let #inner = #as_catalog;
                __ec::body::Respond::#method(#inner #args)
            }
        }
    });
    let own = own(shape);
    quote! {
        match self {
            #(#variants)*
            #(#categories)*
            _ => #own,
        }
    }
}

pub(super) fn response_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = Bounds::default();
    bounds.on_self_if_generic(catalog.generics, quote!(__ec::body::Respond));
    let axum = response_item(catalog, bounds, &quote!(__ec::axum::error_response(&self)));
    let mut bounds = Bounds::default();
    bounds.on_self_if_generic(catalog.generics, quote!(__ec::body::Respond));
    // `ResponseError` needs `Debug` and `Display`.
    bounds.deferred_on_self(catalog, quote!(::core::fmt::Debug + ::core::fmt::Display));
    let actix = actix_item(
        catalog,
        bounds,
        &quote!(__ec::actix::status_code(self)),
        &quote!(__ec::actix::error_response(self)),
    );
    let tonic = tonic_item(catalog, false);
    quote!(#axum #actix #tonic)
}

/// `From<E> for tonic::Status`, when the runtime crate's `tonic` feature is
/// on; never run in a stand-in. Under a bound rustc checks where the impl is
/// used, as `Respond`'s.
fn tonic_item(catalog: &Catalog, stand_in: bool) -> TokenStream {
    let ident = catalog.ident;
    let (_, ty_generics, _) = catalog.generics.split_for_impl();
    let mut bounds = Bounds::default();
    bounds.deferred_on_self(catalog, quote!(__ec::CatalogError + __ec::body::Details));
    let generics = bounds.apply(catalog.generics);
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let error = Ident::new("error", Span::mixed_site());
    let body = if stand_in {
        quote!({
            let _ = #error;
            ::core::unreachable!()
        })
    } else {
        quote!(__ec::tonic::status(&#error))
    };
    quote! {
        __ec::__private::with_tonic! {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#ident #ty_generics>
                for __ec::__private::tonic::Status #where_clause
            {
                fn from(#error: #ident #ty_generics) -> Self {
                    #body
                }
            }
        }
    }
}

/// actix-web's `ResponseError`, when the runtime crate's `actix` feature is
/// on.
fn actix_item(
    catalog: &Catalog,
    bounds: Bounds,
    status: &TokenStream,
    response: &TokenStream,
) -> TokenStream {
    let header = impl_header(
        catalog,
        bounds,
        quote!(__ec::__private::actix_web::ResponseError),
    );
    quote! {
        __ec::__private::with_actix! {
            #header {
                fn status_code(&self) -> __ec::__private::actix_web::http::StatusCode {
                    #status
                }

                fn error_response(&self) -> __ec::__private::actix_web::HttpResponse {
                    #response
                }
            }
        }
    }
}

/// The stand-ins for a catalogue whose checks failed, never run: `Respond`
/// keeps its defaults, so that a catalogue composed from this one compiles.
pub(crate) fn stand_in_response_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = Bounds::default();
    bounds.deferred_on_self(catalog, quote!(__ec::CatalogError + __ec::body::Details));
    let respond = impl_header(catalog, bounds, quote!(__ec::body::Respond));
    let response = response_item(catalog, Bounds::default(), &quote!(::core::unreachable!()));
    let mut bounds = Bounds::default();
    // `ResponseError` needs `Debug` and `Display`.
    bounds.deferred_on_self(catalog, quote!(::core::fmt::Debug + ::core::fmt::Display));
    let unreachable = quote!(::core::unreachable!());
    let actix = actix_item(catalog, bounds, &unreachable, &unreachable);
    let tonic = tonic_item(catalog, true);
    quote! {
        __ec::__private::with_serde! {
            #respond {}
        }
        #response
        #actix
        #tonic
    }
}

fn response_item(catalog: &Catalog, bounds: Bounds, body: &TokenStream) -> TokenStream {
    let header = impl_header(
        catalog,
        bounds,
        quote!(__ec::__private::axum_core::response::IntoResponse),
    );
    quote! {
        __ec::__private::with_axum! {
            #header {
                fn into_response(self) -> __ec::__private::axum_core::response::Response {
                    #body
                }
            }
        }
    }
}
