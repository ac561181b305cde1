//! The `CatalogError` impl: `entry()`, one `match` of constants per
//! accessor, and the messages.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::catalog::DIRECT;
use super::display::{format_arm, format_bounds};
use super::generics::impl_header;
use super::text::{self, Source, USE_COW, USE_OPTION, USE_STATUS};
use super::wrapped_arms;
use crate::model::{Catalog, Entry, Message, Segment};

pub(super) fn catalog_error_impl(catalog: &Catalog) -> TokenStream {
    let mut bounds = format_bounds(catalog);
    // `Error` is a supertrait; with type parameters it holds only under the
    // bounds of the `Display` and `Error` impls.
    bounds.on_self_if_generic(catalog.generics, quote!(::std::error::Error));
    let header = impl_header(catalog, bounds, quote!(__ec::CatalogError));
    let entry = accessor(catalog, &ENTRY, |source, position, _| {
        source
            .code("&")
            .code(DIRECT)
            .code("[")
            .number(position)
            .code("]");
    });
    let messages = message_match(
        catalog.entries.iter().map(|entry| (entry, None)),
        &wrapped_arms(catalog, |inner| quote!(__ec::CatalogError::message(#inner))),
    );
    let public_message = (catalog
        .entries
        .iter()
        .any(|entry| entry.public_message.is_some())
        || !catalog.wrapped.is_empty())
    .then(|| {
        let messages = message_match(
            catalog
                .entries
                .iter()
                .map(|entry| (entry, entry.public_message.as_ref())),
            &wrapped_arms(
                catalog,
                |inner| quote!(__ec::CatalogError::public_message(#inner)),
            ),
        );
        quote! {
            fn public_message(&self) -> __ec::__private::Cow<'static, str> {
                #messages
            }
        }
    });
    let code = accessor(catalog, &CODE, |source, _, entry| {
        source.number(entry.code);
    });
    let code_str = accessor(catalog, &CODE_STR, |source, _, entry| {
        source.string(&entry.code_str);
    });
    let name = accessor(catalog, &NAME, |source, _, entry| {
        source.string(&entry.name);
    });
    let status = accessor(catalog, &STATUS, |source, _, entry| {
        match crate::status::name_of(entry.status) {
            Some(name) => source.code("StatusCode::").code(name),
            None => source
                .code("const { __ec::__private::status(")
                .number(entry.status)
                .code(") }"),
        };
    });
    let resolution = accessor(catalog, &RESOLUTION, |source, _, entry| {
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
        }
    }
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

const ENTRY: Accessor = Accessor {
    method: "entry",
    ty: || quote!(&'static __ec::Entry),
    inline: false,
    imports: Imports::None,
};
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

/// Each accessor is its own `match` of constants, as hand-written code
/// would be, rather than a read through `entry()`: one load, no pointer.
/// `value` writes an entry's value, given its position in the table.
fn accessor(
    catalog: &Catalog,
    accessor: &Accessor,
    value: impl Fn(&mut Source, usize, &Entry),
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
                .any(|entry| crate::status::name_of(entry.status).is_some()) =>
        {
            USE_STATUS
        }
        _ => "",
    };
    let imports = text::tokens(imports);
    let mut arms = Source::default();
    for (position, entry) in catalog.entries.iter().enumerate() {
        arms.variant(entry).code(" => ");
        value(&mut arms, position, entry);
        arms.code(",\n");
    }
    let arms = arms.into_tokens();
    let method = Ident::new(accessor.method, Span::call_site());
    let wrapped = wrapped_arms(catalog, |inner| quote!(__ec::CatalogError::#method(#inner)));
    let inline = accessor.inline.then(|| quote!(#[inline]));
    let ty = (accessor.ty)();
    quote! {
        #inline
        fn #method(&self) -> #ty {
            #imports
            match self {
                #arms
                #(#wrapped,)*
            }
        }
    }
}

/// A `match` returning each variant's message as a `Cow`: borrowed when it
/// has no placeholder, else formatted; `wrapped` are the transparent arms.
/// `own` is the variant's own message, or `None` where it is the `Display`
/// text, which is then reused: formatting a field in one place only keeps a
/// type error in it from being reported twice.
fn message_match<'a, I>(messages: I, wrapped: &[TokenStream]) -> TokenStream
where
    I: Iterator<Item = (&'a Entry<'a>, Option<&'a Message<'a>>)>,
{
    // Arms without user spans are written as text, the others as tokens.
    // `Cow` is imported for the borrowed arms (see `USE_OPTION`); it names a
    // type, which no field binding in a pattern can collide with.
    let mut imports = "";
    let mut text_arms = Source::default();
    let mut token_arms = TokenStream::new();
    for (entry, own) in messages {
        let message = own.unwrap_or(&entry.message);
        if let Some(text) = message.plain_text() {
            imports = USE_COW;
            text_arms
                .variant(entry)
                .code(" => Cow::Borrowed(")
                .string(&text)
                .code("),\n");
        } else if own.is_none() {
            // Through `Display`, so that a field that cannot be formatted is
            // reported once; into a buffer sized for the template, as
            // `format!` would size it.
            let capacity = message
                .segments
                .iter()
                .map(|segment| match segment {
                    Segment::Text(text) => text.len(),
                    Segment::Field(_) => 16,
                })
                .sum::<usize>();
            text_arms
                .variant(entry)
                .code(" => __ec::__private::display_to_owned(self, ")
                .number(capacity)
                .code("),\n");
        } else {
            let (pattern, format) = format_arm(entry, message);
            token_arms
                .extend(quote!(#pattern => __ec::__private::Cow::Owned(::std::format!(#format)),));
        }
    }
    let imports = text::tokens(imports);
    let text_arms = text_arms.into_tokens();
    quote! {
        #imports
        match self {
            #text_arms
            #token_arms
            #(#wrapped,)*
        }
    }
}
