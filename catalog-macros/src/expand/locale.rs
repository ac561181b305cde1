//! The locales of a catalogue, inside its `CatalogError` impl: `locales()`
//! with the Fluent files embedded (so that editing one rebuilds the crate),
//! and each message and resolution in a locale, the placeholders' values as
//! Fluent variables; a wrapped catalogue's are its own.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::message::format_arm;
use super::tokens::wrapped_arms;
use crate::locale::fluent_id;
use crate::model::{Catalog, Entry, Message, Placeholder, Segment};

/// The three methods, for a catalogue with locales or wrapping catalogues
/// that may have some; nothing without the feature `locale`, nor for an
/// enum without variants, which has no error to ask.
pub(super) fn locale_methods(catalog: &Catalog) -> Option<TokenStream> {
    if !cfg!(feature = "locale")
        || catalog.variant_count == 0
        || (catalog.locales.is_none() && catalog.wrapped.is_empty())
    {
        return None;
    }
    let own = locales_statics(catalog).map(|_| locales_fn());
    let mut locales_arms =
        wrapped_arms(catalog, |inner| quote!(__ec::CatalogError::locales(#inner)));
    // The variants not wrapped are the own entries.
    if catalog.wrapped.len() < catalog.variant_count {
        locales_arms.push(match &own {
            Some(locales) => quote!(_ => #locales()),
            None => quote!(_ => ::core::option::Option::None),
        });
    }
    let (messages, resolutions) = if own.is_some() {
        own_text_arms(catalog)
    } else {
        (Vec::new(), Vec::new())
    };
    let wrapped_messages = wrapped_arms(
        catalog,
        |inner| quote!(__ec::CatalogError::public_message_in(#inner, tag)),
    );
    let wrapped_resolutions = wrapped_arms(
        catalog,
        |inner| quote!(__ec::CatalogError::resolution_in(#inner, tag)),
    );
    let none = quote!(_ => ::core::option::Option::None,);
    let message_rest =
        (messages.len() + wrapped_messages.len() < catalog.variant_count).then_some(&none);
    let resolution_rest =
        (resolutions.len() + wrapped_resolutions.len() < catalog.variant_count).then_some(&none);
    Some(quote! {
        fn locales(&self) -> ::core::option::Option<&'static __ec::locale::Locales> {
            match self {
                #(#locales_arms,)*
            }
        }

        fn public_message_in(
            &self,
            tag: &str,
        ) -> ::core::option::Option<__ec::__private::Cow<'static, str>> {
            match self {
                #(#messages)*
                #(#wrapped_messages,)*
                #message_rest
            }
        }

        fn resolution_in(&self, tag: &str) -> ::core::option::Option<__ec::__private::String> {
            match self {
                #(#resolutions)*
                #(#wrapped_resolutions,)*
                #resolution_rest
            }
        }
    })
}

/// The function that gives the catalogue's own locales, which its statics
/// hold (see `locales_statics`).
pub(super) fn locales_fn() -> Ident {
    Ident::new(super::catalog::LOCALES_FN, Span::call_site())
}

/// The statics of a catalogue's own locales, the Fluent files embedded
/// with `include_str!` (which makes each a dependency of the crate, so
/// that editing one rebuilds it), and the function that gives them.
pub(super) fn locales_statics(catalog: &Catalog) -> Option<TokenStream> {
    let locales = catalog
        .locales
        .as_ref()
        .filter(|_| cfg!(feature = "locale"))?;
    let default = &locales.default;
    let count = locales.files.len();
    let files = locales.files.iter().map(|file| {
        let (tag, path) = (&file.tag, &file.path);
        let messages = file
            .messages
            .iter()
            .map(|(id, position)| quote!((#id, #position)));
        quote!(__ec::locale::LocaleFile::with_messages(
            #tag,
            ::core::include_str!(#path),
            &[#(#messages),*],
        ))
    });
    let function = locales_fn();
    Some(quote! {
        static __ERROR_CATALOG_LOCALE_FILES: [__ec::locale::LocaleFile; #count] = [#(#files),*];
        static __ERROR_CATALOG_LOCALES: __ec::locale::Locales =
            __ec::locale::Locales::new(#default, &__ERROR_CATALOG_LOCALE_FILES);
        fn #function() -> ::core::option::Option<&'static __ec::locale::Locales> {
            ::core::option::Option::Some(&__ERROR_CATALOG_LOCALES)
        }
    })
}

/// The `#[public]` fields of `entry` that a translation names and its
/// message does not, each as the placeholder `{field}` would be.
fn translated_publics<'a>(
    catalog: &Catalog<'a>,
    entry: &Entry<'a>,
    id: &str,
    known: &[(String, Segment<'a>)],
) -> Vec<(String, Segment<'a>)> {
    let Some(locales) = &catalog.locales else {
        return Vec::new();
    };
    let used: Vec<&String> = locales
        .used
        .iter()
        .filter(|(message, _)| message == id)
        .flat_map(|(_, names)| names)
        .collect();
    let publics = catalog
        .publics
        .iter()
        .filter(|public| public.variant == entry.variant)
        .flat_map(|public| &public.fields);
    let mut translated: Vec<(String, Segment<'a>)> = Vec::new();
    for (field, name) in publics {
        let seen = known
            .iter()
            .map(|(known, _)| known)
            .chain(translated.iter().map(|(known, _)| known));
        if used.contains(&name) && !seen.into_iter().any(|known| known == name) {
            let placeholder = Placeholder {
                field: field.clone(),
                spec: String::new(),
            };
            translated.push((name.clone(), Segment::Field(placeholder)));
        }
    }
    translated
}

/// The arms of `public_message_in` for every own entry, and of
/// `resolution_in` for each with a resolution.
fn own_text_arms<'a>(catalog: &Catalog<'a>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let mut messages = Vec::new();
    let mut resolutions = Vec::new();
    let locales = locales_fn();
    for (place, entry) in catalog.entries.iter().enumerate() {
        let id = fluent_id(&entry.code_str);
        let public = entry.public_message.as_ref().unwrap_or(&entry.message);
        let mut variables: Vec<(String, Segment)> = public
            .fluent_variables()
            .into_iter()
            .map(|(name, segment)| (name, segment.clone()))
            .collect();
        let message_variables = variables.len();
        let translated = translated_publics(catalog, entry, &id, &variables);
        variables.extend(translated);
        let message_of = |segments: Vec<Segment<'a>>, place: usize| Message {
            segments,
            span: public.span,
            // The arguments after the template are the message's own.
            args: if place < message_variables {
                public.args.clone()
            } else {
                Vec::new()
            },
        };
        // The pattern binds every field a variable reads.
        let every = variables
            .iter()
            .map(|(_, segment)| segment.clone())
            .collect();
        let (pattern, _) = format_arm(entry, &message_of(every, 0));
        let mut shown_as_is = false;
        let values: Vec<TokenStream> = variables
            .iter()
            .enumerate()
            .map(|(place, (name, segment))| {
                let value = match segment {
                    // A field shown as it is: a number stays a number, on
                    // which a plural selects.
                    Segment::Field(placeholder)
                        if placeholder.spec.is_empty() && !placeholder.field.path =>
                    {
                        let binding = &placeholder.field.binding;
                        shown_as_is = true;
                        quote!((&__ec::__private::ValueOf(#binding)).value())
                    }
                    _ => {
                        let (_, format) =
                            format_arm(entry, &message_of(vec![segment.clone()], place));
                        quote!(__ec::locale::Value::from(__ec::__private::format!(#format)))
                    }
                };
                quote!((#name, #value))
            })
            .collect();
        let value_traits = shown_as_is.then(|| {
            quote!(
                use __ec::__private::{NumberValue as _, TextValue as _};
            )
        });
        messages.push(quote! {
            #pattern => {
                #value_traits
                #locales()?
                    .file(tag)?
                    .format_entry(#place, ::core::option::Option::None, [#(#values),*])
                    .map(__ec::__private::Cow::Owned)
            }
        });
        if entry.resolution.is_some() {
            let variant = entry.variant;
            resolutions.push(quote! {
                Self::#variant { .. } => #locales()?.file(tag)?.format_entry(
                    #place,
                    ::core::option::Option::Some("resolution"),
                    ::core::iter::empty(),
                ),
            });
        }
    }
    (messages, resolutions)
}
