//! The `CatalogError` impl: `entry()`, one `match` of constants per
//! accessor, and the messages.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::catalog::DIRECT;
use super::generics::impl_header;
use super::message::{format_arm, format_bounds, formatted_arms, has_plain, public_arms};
use super::text::{self, Source, USE_OPTION, USE_STATUS};
use super::tokens::{forwarding_arms, match_self, ty_span, wrapped_arms};
use crate::model::{Catalog, Entry, FieldRef, Segment};

pub(super) fn catalog_error_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = format_bounds(catalog);
    // `Error` is a supertrait; with type parameters it holds only under the
    // bounds of the `Display` and `Error` impls.
    bounds.on_self_if_generic(catalog.generics, quote!(::core::error::Error));
    let header = impl_header(catalog, bounds, quote!(__ec::CatalogError));
    let entry = entry_method(catalog);
    let messages = messages(catalog);
    let public_message = public_message(catalog);
    let backtrace = backtrace_method(catalog);
    let headers = headers_method(catalog);
    let locale = super::locale::locale_methods(catalog);
    // Without numbers, `code()` is the entry's, 0 (see `Entry::code`).
    let code = (!catalog.without_numbers).then(|| {
        accessor(catalog, &CODE, |source, entry| {
            source.number(entry.code);
        })
    });
    let code_str = accessor(catalog, &CODE_STR, |source, entry| {
        source.string(&entry.code_str);
    });
    let name = accessor(catalog, &NAME, |source, entry| {
        source.string(&entry.name);
    });
    let status = accessor(catalog, &STATUS, |source, entry| {
        match entry.status_name {
            Some(name) => source.code("StatusCode::").code(name),
            None => source
                .code("const { __ec::__private::status(")
                .number(entry.status)
                .code(") }"),
        };
    });
    let resolution = accessor(catalog, &RESOLUTION, |source, entry| {
        source.optional_string(entry.resolution.as_deref());
    });
    quote! {
        #header {
            #entry
            #code
            #code_str
            #name
            #status
            #resolution

            fn message(&self) -> __ec::__private::Cow<'static, str> {
                #messages
            }

            #public_message
            #backtrace
            #headers
            #locale
        }
    }
}

/// `for_each_header()`, when a variant declares headers or wraps a
/// catalogue that may: each fixed value as a constant, each value over
/// fields formatted as a message is.
fn headers_method(catalog: &Catalog) -> Option<TokenStream> {
    let declaring: Vec<&Entry> = catalog
        .entries
        .iter()
        .filter(|entry| !entry.headers.is_empty())
        .collect();
    if declaring.is_empty() && catalog.wrapped.is_empty() {
        return None;
    }
    let each = Ident::new("each", Span::mixed_site());
    let mut arms: Vec<TokenStream> = declaring
        .iter()
        .map(|entry| {
            let mut used: Vec<&FieldRef> = Vec::new();
            let calls = entry
                .headers
                .iter()
                .map(|header| {
                    let name = &header.name;
                    let mut fixed = String::new();
                    for segment in &header.value.segments {
                        match segment {
                            Segment::Text(text) => fixed.push_str(text),
                            Segment::Field(placeholder) => {
                                if !used
                                    .iter()
                                    .any(|known| known.member == placeholder.field.member)
                                {
                                    used.push(&placeholder.field);
                                }
                            }
                            Segment::Arg { .. } => {}
                        }
                    }
                    if header
                        .value
                        .segments
                        .iter()
                        .all(|segment| matches!(segment, Segment::Text(_)))
                    {
                        quote!(#each(#name, #fixed);)
                    } else {
                        let (_, format) = format_arm(entry, &header.value);
                        quote!(#each(#name, &__ec::__private::format!(#format));)
                    }
                })
                .collect::<Vec<_>>();
            let variant = entry.variant;
            let members = used.iter().map(|field| field.member);
            let bindings = used.iter().map(|field| &field.binding);
            quote! {
                Self::#variant { #(#members: #bindings,)* .. } => { #(#calls)* }
            }
        })
        .collect();
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::CatalogError::for_each_header(#inner, #each)),
    ));
    let fallthrough = (arms.len() < catalog.variant_count).then(|| quote!(_ => {}));
    Some(quote! {
        fn for_each_header(&self, #each: &mut dyn ::core::ops::FnMut(&'static str, &str)) {
            match self {
                #(#arms,)*
                #fallthrough
            }
        }
    })
}

/// `backtrace()`, when a variant holds one or wraps a catalogue that may.
fn backtrace_method(catalog: &Catalog) -> Option<TokenStream> {
    let own: Vec<_> = catalog
        .backtraces
        .iter()
        .filter(|backtrace| !backtrace.of_source)
        .collect();
    if own.is_empty() && catalog.wrapped.is_empty() {
        return None;
    }
    let mut arms: Vec<TokenStream> = own
        .iter()
        .map(|own| {
            let (variant, member) = (own.field.variant, own.field.member);
            // Spanned on the field's type: a field that holds no backtrace
            // is blamed there, in the words of `__private::AsBacktrace`.
            let backtrace = Ident::new("backtrace", ty_span(own.field.ty));
            quote_spanned! {ty_span(own.field.ty)=>
                Self::#variant { #member: #backtrace, .. } => __ec::__private::AsBacktrace::as_backtrace(#backtrace)
            }
        })
        .collect();
    arms.extend(wrapped_arms(
        catalog,
        |inner| quote!(__ec::CatalogError::backtrace(#inner)),
    ));
    let fallthrough =
        (arms.len() < catalog.variant_count).then(|| quote!(_ => ::core::option::Option::None,));
    Some(quote! {
        fn backtrace(&self) -> ::core::option::Option<&__ec::__private::Backtrace> {
            match self {
                #(#arms,)*
                #fallthrough
            }
        }
    })
}

/// One method of `CatalogError`, written as a `match` over the variants.
struct Accessor {
    method: &'static str,
    /// The return type.
    ty: fn() -> TokenStream,
    /// Marked `#[inline]`: the constant accessors, which then compile to
    /// what a hand-written `match` compiles to.
    inline: bool,
    /// What the arms' values need imported.
    imports: Imports,
}

#[derive(Clone, Copy)]
enum Imports {
    None,
    Option,
    /// `StatusCode`, for the statuses `http` names.
    Status,
}

const CODE: Accessor = Accessor {
    method: "code",
    ty: || quote!(u32),
    inline: true,
    imports: Imports::None,
};
const CODE_STR: Accessor = Accessor {
    method: "code_str",
    ty: || quote!(&'static str),
    inline: true,
    imports: Imports::None,
};
const NAME: Accessor = Accessor {
    method: "name",
    ty: || quote!(&'static str),
    inline: true,
    imports: Imports::None,
};
const STATUS: Accessor = Accessor {
    method: "status",
    ty: || quote!(__ec::http::StatusCode),
    inline: true,
    imports: Imports::Status,
};
const RESOLUTION: Accessor = Accessor {
    method: "resolution",
    ty: || quote!(::core::option::Option<&'static str>),
    inline: true,
    imports: Imports::Option,
};

/// `entry()`: the variant's position in the entry table, then one read of
/// the table; a wrapped catalogue's error answers with its own entry.
fn entry_method(catalog: &Catalog) -> TokenStream {
    if catalog.entries.is_empty() {
        let wrapped = wrapped_arms(catalog, |inner| quote!(__ec::CatalogError::entry(#inner)));
        let matched = match_self(catalog, &quote!(#(#wrapped,)*));
        return quote! {
            fn entry(&self) -> &'static __ec::Entry {
                #matched
            }
        };
    }
    let mut arms = Source::default();
    for (position, entry) in catalog.entries.iter().enumerate() {
        arms.variant(entry)
            .code(" => ")
            .number(position)
            .code(",\n");
    }
    let arms = arms.into_tokens();
    let wrapped = wrapped_arms(
        catalog,
        |inner| quote!(return __ec::CatalogError::entry(#inner)),
    );
    let direct = Ident::new(DIRECT, Span::call_site());
    quote! {
        fn entry(&self) -> &'static __ec::Entry {
            let position: usize = match self {
                #arms
                #(#wrapped,)*
            };
            &#direct[position]
        }
    }
}

/// Each accessor is its own `match` of constants, as hand-written code
/// would be, rather than a read through `entry()`: one load, no pointer.
/// `value` writes an entry's value.
fn accessor(
    catalog: &Catalog,
    accessor: &Accessor,
    value: impl Fn(&mut Source, &Entry),
) -> TokenStream {
    // Imports only where an arm uses them: rustc would not report an unused
    // one in a macro's output, but it would be dead code for whoever reads
    // the expansion. `const { status(499) }` needs no import.
    let imports = match accessor.imports {
        Imports::Option if !catalog.entries.is_empty() => USE_OPTION,
        Imports::Status
            if catalog
                .entries
                .iter()
                .any(|entry| entry.status_name.is_some()) =>
        {
            USE_STATUS
        }
        _ => "",
    };
    let imports = text::tokens(imports);
    let mut arms = Source::default();
    for entry in &catalog.entries {
        arms.variant(entry).code(" => ");
        value(&mut arms, entry);
        arms.code(",\n");
    }
    let arms = arms.into_tokens();
    let method = Ident::new(accessor.method, Span::call_site());
    let wrapped = wrapped_arms(catalog, |inner| quote!(__ec::CatalogError::#method(#inner)));
    let inline = accessor.inline.then(|| quote!(#[inline]));
    let ty = (accessor.ty)();
    let matched = match_self(catalog, &quote!(#arms #(#wrapped,)*));
    quote! {
        #inline
        fn #method(&self) -> #ty {
            #imports
            #matched
        }
    }
}

/// `message()`: borrowed from `FixedMessage` when the message has no
/// placeholder, else formatted through `Display`.
fn messages(catalog: &Catalog) -> TokenStream {
    let formatted = formatted_arms(catalog);
    let wrapped = wrapped_arms(catalog, |inner| quote!(__ec::CatalogError::message(#inner)));
    let forwarding = forwarding_arms(catalog, |_, _| {
        quote!(__ec::__private::display_to_owned(self, 64))
    });
    let plain = has_plain(catalog).then(|| {
        quote! {
            _ => __ec::__private::Cow::Borrowed(__ec::__private::FixedMessage::fixed_message(self)),
        }
    });
    match_self(
        catalog,
        &quote!(#formatted #(#wrapped,)* #(#forwarding,)* #plain),
    )
}

/// `public_message()`, where some variant's differs from its message: the
/// message without source fields, and the wrapped catalogues' own.
fn public_message(catalog: &Catalog) -> Option<TokenStream> {
    let (differing, arms) = public_arms(catalog);
    if differing == 0 && catalog.wrapped.is_empty() {
        return None;
    }
    let wrapped = wrapped_arms(
        catalog,
        |inner| quote!(__ec::CatalogError::public_message(#inner)),
    );
    let rest = (differing + wrapped.len() < catalog.variant_count)
        .then(|| quote!(_ => __ec::CatalogError::message(self),));
    Some(quote! {
        fn public_message(&self) -> __ec::__private::Cow<'static, str> {
            match self {
                #arms
                #(#wrapped,)*
                #rest
            }
        }
    })
}
