//! Messages: the one `match` of the messages without placeholders
//! (`FixedMessage`, read by `Display` and `CatalogError::message`), format
//! arms for the others, and the bounds formatting needs.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::generics::{impl_header, Bounds};
use super::text::Source;
use super::tokens::{match_self, ty_span};
use crate::model::{Catalog, Entry, FieldRef, Message, Segment};

/// `impl FixedMessage`: one arm per variant whose message has no
/// placeholder.
pub(super) fn plain_message_impl(catalog: &Catalog) -> TokenStream {
    let mut arms = Source::default();
    let mut plain = 0;
    for entry in &catalog.entries {
        if let Some(text) = entry.message.plain_text() {
            arms.variant(entry).code(" => ").string(&text).code(",\n");
            plain += 1;
        }
    }
    if plain < catalog.variant_count {
        arms.code("_ => \"\",");
    }
    let matched = match_self(catalog, &arms.into_tokens());
    let header = impl_header(
        catalog,
        Bounds::default(),
        quote!(__ec::__private::FixedMessage),
    );
    quote! {
        #header {
            #[inline]
            fn fixed_message(&self) -> &'static str {
                #matched
            }
        }
    }
}

/// Whether some variant's message is read from `FixedMessage`.
pub(super) fn has_plain(catalog: &Catalog) -> bool {
    catalog
        .entries
        .iter()
        .any(|entry| entry.message.plain_text().is_some())
}

/// The arms `Self::V { .. } => display_to_owned(self, capacity)` of the
/// variants whose message has placeholders: formatted through `Display`,
/// so that a field that cannot be formatted is reported once, into a buffer
/// sized for the template, as `format!` would size it.
pub(super) fn formatted_arms(catalog: &Catalog) -> TokenStream {
    let mut arms = Source::default();
    for entry in &catalog.entries {
        if entry.message.plain_text().is_some() {
            continue;
        }
        let capacity = entry
            .message
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Text(text) => text.len(),
                Segment::Field(_) | Segment::Arg { .. } => 16,
            })
            .sum::<usize>();
        arms.variant(entry)
            .code(" => __ec::__private::display_to_owned(self, ")
            .number(capacity)
            .code("),\n");
    }
    arms.into_tokens()
}

/// The arms of `public_message` for the variants whose public message
/// differs from their message: borrowed text, or formatted without the
/// source fields.
pub(super) fn public_arms(catalog: &Catalog) -> (usize, TokenStream) {
    let mut text_arms = Source::default();
    let mut token_arms = TokenStream::new();
    let mut count = 0;
    for entry in &catalog.entries {
        let Some(public) = &entry.public_message else {
            continue;
        };
        count += 1;
        match public.plain_text() {
            Some(plain) => {
                text_arms
                    .variant(entry)
                    .code(" => __ec::__private::Cow::Borrowed(")
                    .string(&plain)
                    .code("),\n");
            }
            None => {
                let (pattern, format) = format_arm(entry, public);
                token_arms.extend(
                    quote!(#pattern => __ec::__private::Cow::Owned(__ec::__private::format!(#format)),),
                );
            }
        }
    }
    let text_arms = text_arms.into_tokens();
    (count, quote!(#text_arms #token_arms))
}

/// `Self::V { kind: kind, .. }` and `"Invalid {kind}"`: the pattern binding
/// the fields a message uses, and the arguments of `format!`: the message
/// as a format string over those bindings, spanned on the message so that
/// rustc blames a field that cannot be formatted there, then `path =
/// path.display()` for each path field, `__pointer_x = *x` for a field
/// formatted with `{:p}`, and `__argN = expr` for each argument written
/// after the template.
pub(super) fn format_arm(entry: &Entry, message: &Message) -> (TokenStream, TokenStream) {
    let mut used: Vec<&FieldRef> = Vec::new();
    let mut paths = Vec::new();
    let mut pointers = Vec::new();
    let mut args_used: Vec<usize> = Vec::new();
    fn bind<'m>(used: &mut Vec<&'m FieldRef<'m>>, field: &'m FieldRef<'m>) {
        if !used.iter().any(|known| known.member == field.member) {
            used.push(field);
        }
    }
    let format = message.template(|segment| match segment {
        Segment::Field(placeholder) => {
            let field = &placeholder.field;
            bind(&mut used, field);
            if placeholder.spec.ends_with('p') {
                // The binding is a reference to the field: `{:p}` shows
                // where the field points, as it would on the field.
                if !pointers.contains(&&field.binding) {
                    pointers.push(&field.binding);
                }
                format!("__pointer_{}", field.binding)
            } else {
                if field.path && !paths.contains(&&field.binding) {
                    paths.push(&field.binding);
                }
                field.binding.to_string()
            }
        }
        Segment::Arg { index, .. } => {
            if !args_used.contains(index) {
                args_used.push(*index);
                for field in &message.args[*index].fields {
                    bind(&mut used, field);
                }
            }
            format!("__arg{index}")
        }
        Segment::Text(_) => String::new(),
    });
    let variant = entry.variant;
    let members = used.iter().map(|field| field.member);
    let bindings = used.iter().map(|field| &field.binding);
    let pattern = quote!(Self::#variant { #(#members: #bindings,)* .. });
    let span = message.span.resolved_at(Span::mixed_site());
    let format = syn::LitStr::new(&format, span);
    let args = args_used.iter().map(|&index| {
        let name = Ident::new(&format!("__arg{index}"), span);
        let expr = &message.args[index].expr;
        quote!(#name = #expr)
    });
    let pointer_names = pointers
        .iter()
        .map(|binding| Ident::new(&format!("__pointer_{binding}"), span));
    (
        pattern,
        quote!(#format #(, #paths = #paths.display())* #(, #pointer_names = *#pointers)* #(, #args)*),
    )
}

/// A `Display` (or `Debug`, `LowerHex`, ...) bound for each field of
/// generic type that a message formats.
pub(super) fn format_bounds(catalog: &Catalog) -> Bounds {
    let mut bounds = Bounds::default();
    for entry in &catalog.entries {
        let headers = entry
            .headers
            .iter()
            .flat_map(|header| &header.value.segments);
        for segment in entry.message.segments.iter().chain(headers) {
            if let Segment::Field(placeholder) = segment {
                let fmt_trait = Ident::new(format_trait(&placeholder.spec), Span::call_site());
                bounds.field(&placeholder.field, quote!(::core::fmt::#fmt_trait));
            }
        }
    }
    bounds
}

/// The `core::fmt` trait a format spec asks for, by its last character.
fn format_trait(spec: &str) -> &'static str {
    match spec.chars().next_back() {
        Some('?') => "Debug",
        Some('o') => "Octal",
        Some('x') => "LowerHex",
        Some('X') => "UpperHex",
        Some('p') => "Pointer",
        Some('b') => "Binary",
        Some('e') => "LowerExp",
        Some('E') => "UpperExp",
        _ => "Display",
    }
}

/// A function never called, whose body reads each field of
/// `Catalog::unmarked` through `__private::UnmarkedField`: a field that
/// holds an error, or a pointer to one, fails to compile there, on its
/// type, with what to do. An error's text never reaches a body unmarked.
pub(super) fn unmarked_checks(catalog: &Catalog) -> TokenStream {
    if catalog.unmarked.is_empty() {
        return TokenStream::new();
    }
    let ident = catalog.ident;
    let (impl_generics, ty_generics, where_clause) = catalog.generics.split_for_impl();
    let value = Ident::new("value", Span::mixed_site());
    let checks = catalog.unmarked.iter().map(|field| {
        let (variant, member, binding) = (field.variant, field.member, &field.binding);
        // The binding again, on the field's type, where rustc then points.
        let at_type = Ident::new(&binding.to_string(), ty_span(field.ty));
        let check = quote_spanned! {ty_span(field.ty)=>
            (&&__ec::__private::UnmarkedField(#at_type)).kind().check(#at_type)
        };
        quote! {
            if let #ident::#variant { #member: #binding, .. } = #value {
                #check;
            }
        }
    });
    quote! {
        #[allow(dead_code, irrefutable_let_patterns)]
        fn __unmarked_fields #impl_generics (#value: &#ident #ty_generics) #where_clause {
            use __ec::__private::{UnmarkedData as _, UnmarkedError as _, UnmarkedPointer as _};
            #(#checks)*
        }
    }
}
