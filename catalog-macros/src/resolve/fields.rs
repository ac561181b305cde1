//! Fields: how generated code names them, the `From` conversions, the
//! wrapped catalogues, and the unmarked fields whose text a message shows.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::Member;

use crate::ast::{Field, Input, Variant};
use crate::model::{Entry, FieldRef, Segment, Wrapped};
use crate::symbol;

pub(super) fn field_ref<'a>(
    input: &Input,
    variant: &'a Variant<'a>,
    field: &'a Field<'a>,
) -> FieldRef<'a> {
    FieldRef {
        variant: variant.ident(),
        member: &field.member,
        binding: binding(&field.member),
        ty: &field.original.ty,
        generic: input.mentions_type_param(&field.original.ty),
        source: field.is_source(),
        option_inner: crate::ast::option_inner(&field.original.ty),
        path: is_path(&field.original.ty),
    }
}

/// A type written `Path`, `PathBuf`, `std::path::PathBuf`, or a reference to
/// one of them.
pub(super) fn is_path(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(reference) => is_path(&reference.elem),
        syn::Type::Path(path) => {
            path.qself.is_none()
                && path.path.segments.last().is_some_and(|last| {
                    (last.ident == "Path" || last.ident == "PathBuf") && last.arguments.is_empty()
                })
        }
        _ => false,
    }
}

/// The name a field is bound to in generated arms: `kind`, or `field_0`
/// for a tuple field (and `field_type` for `r#type`).
pub(super) fn binding(member: &Member) -> Ident {
    let name = match member {
        Member::Named(ident) => {
            let name = ident.to_string();
            match name.strip_prefix("r#") {
                Some(raw) => format!("field_{raw}"),
                None => name,
            }
        }
        Member::Unnamed(index) => format!("field_{}", index.index),
    };
    Ident::new(&name, Span::mixed_site())
}

/// The `From` impls the enum gets: the `#[from]` fields (of a variant with
/// no other field), the transparent variants (each with its one field of a
/// concrete type), and the types of their `from = [...]` lists. Each type
/// once: a repeat is an error `valid` reports, which one impl keeps rustc
/// from reporting again.
/// A type a `From` impl would be written for, and the earlier conversion
/// from the same type when this one repeats it.
pub(crate) struct Conversion<'a> {
    pub ty: &'a syn::Type,
    pub first: Option<&'a syn::Type>,
}

/// Every type the enum converts from, in declaration order: each variant's
/// `#[from]` field (unless it wraps a catalogue), the catalogue it wraps,
/// and its `from = [...]` list. The first conversion from each type gets
/// its impl; `valid` reports the repeats.
pub(super) fn conversion_types<'a>(input: &'a Input<'a>) -> Vec<Conversion<'a>> {
    let mut seen: HashMap<String, &syn::Type> = HashMap::new();
    let mut all = Vec::new();
    for variant in &input.variants {
        let field = variant
            .field_with_from()
            .filter(|_| !variant.wraps_catalog())
            .map(Field::converted_type);
        let wrapped = match variant.fields.as_slice() {
            [field] if variant.wraps_catalog() => Some(&field.original.ty),
            _ => None,
        };
        let lifts = variant
            .error
            .as_ref()
            .and_then(|args| args.from.as_ref())
            .into_iter()
            .flat_map(|from| &from.value);
        for ty in field.into_iter().chain(wrapped).chain(lifts) {
            let key = type_key(ty);
            let first = seen.get(&key).copied();
            if first.is_none() {
                seen.insert(key, ty);
            }
            all.push(Conversion { ty, first });
        }
    }
    all
}

/// The `From` impls to write: a `#[from]` field's, unless other fields
/// beside it could not be filled, and the wrapped catalogues' with their
/// `from = [...]` lists; each only for the first conversion from its type.
pub(super) fn conversions<'a>(
    input: &'a Input<'a>,
    types: &[Conversion<'a>],
) -> (Vec<FieldRef<'a>>, Vec<Wrapped<'a>>) {
    // By address: the conversions name the types of this very input.
    let repeats: HashSet<*const syn::Type> = types
        .iter()
        .filter(|conversion| conversion.first.is_some())
        .map(|conversion| std::ptr::from_ref(conversion.ty))
        .collect();
    let repeated = |ty: &syn::Type| repeats.contains(&std::ptr::from_ref(ty));
    let from = input
        .variants
        .iter()
        .filter(|variant| !variant.wraps_catalog())
        .filter_map(|variant| {
            let field = variant.field_with_from()?;
            (variant.fields_beside_from() == 0 && !repeated(field.converted_type()))
                .then(|| field_ref(input, variant, field))
        })
        .collect();
    let mut wrapped: Vec<Wrapped> = input
        .variants
        .iter()
        .filter_map(|variant| wrapped(input, variant))
        .collect();
    for category in &mut wrapped {
        category.lifts.retain(|ty| !repeated(ty));
    }
    (from, wrapped)
}

/// A transparent variant with its one field, of a concrete type.
pub(super) fn wrapped<'a>(input: &'a Input<'a>, variant: &'a Variant<'a>) -> Option<Wrapped<'a>> {
    if !variant.wraps_catalog() {
        return None;
    }
    let [field] = variant.fields.as_slice() else {
        return None;
    };
    let field = field_ref(input, variant, field);
    // `From<T> for Enum<T>` would clash with `From<T> for T` (and `valid`
    // reports the generic field).
    if field.generic {
        return None;
    }
    let lifts = variant
        .error
        .as_ref()
        .and_then(|args| args.from.as_ref())
        .map(|from| from.value.iter().collect())
        .unwrap_or_default();
    Some(Wrapped {
        type_name: crate::case::compact(&field.ty.to_token_stream().to_string()),
        field,
        lifts,
    })
}

/// The marked fields of the variants with fields of their own: a
/// transparent variant's one field is the error it stands for.
pub(super) fn fields_marked<'a>(
    input: &'a Input<'a>,
    marked: impl for<'v> Fn(&'v Variant<'a>) -> Option<&'v Field<'a>>,
) -> Vec<FieldRef<'a>> {
    input
        .variants
        .iter()
        .filter(|variant| !variant.is_transparent())
        .filter_map(|variant| Some(field_ref(input, variant, marked(variant)?)))
        .collect()
}

/// The fields whose type must not be an error, since none is marked a
/// source: each field a message shows clients (once per variant), and each
/// field named `source` (by thiserror's habit, the source).
pub(super) fn unmarked<'a>(input: &'a Input<'a>, entries: &[Entry<'a>]) -> Vec<FieldRef<'a>> {
    let shown = entries.iter().flat_map(|entry| {
        let message = entry.public_message.as_ref().unwrap_or(&entry.message);
        message.segments.iter().filter_map(|segment| match segment {
            Segment::Field(placeholder) if !placeholder.field.source => {
                Some(placeholder.field.clone())
            }
            _ => None,
        })
    });
    let named_source = input
        .variants
        .iter()
        .filter(|variant| !variant.is_transparent())
        .filter_map(|variant| {
            let field = variant.fields.iter().find(|field| {
                !field.is_source()
                    && matches!(&field.member, Member::Named(ident) if ident == "source")
            })?;
            Some(field_ref(input, variant, field))
        });
    let mut fields: Vec<FieldRef<'a>> = Vec::new();
    for field in shown.chain(named_source) {
        if !fields
            .iter()
            .any(|other| other.variant == field.variant && other.member == field.member)
        {
            fields.push(field);
        }
    }
    fields
}

/// Two `From` impls conflict when their types are written alike.
pub(crate) fn type_key(ty: &syn::Type) -> String {
    crate::case::compact(&ty.to_token_stream().to_string())
}

/// The type `body = ...` names: a built-in shape by its bare name, over the
/// enum (`__ec::body::Problem<Self>`), else the user's path as written.
pub(super) fn body_shape(path: &syn::Path) -> TokenStream {
    match path.get_ident() {
        Some(ident) if symbol::BUILT_IN_SHAPES.iter().any(|shape| ident == shape) => {
            quote::quote!(__ec::body::#ident<Self>)
        }
        _ => path.to_token_stream(),
    }
}
