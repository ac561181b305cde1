//! Checks of a variant's fields and of the message that names them.

use std::collections::{BTreeSet, HashMap};

use syn::Fields;

use crate::args;
use crate::ast::{is_collection, option_inner, Field, Input, Variant};
use crate::errors::Errors;
use crate::resolve;
use crate::resolve::{Conversion, MessageText};
use crate::suggest::did_you_mean;
use crate::template::Piece;

use super::catalog::template_problem;

pub(super) fn check_fields(variant: &Variant, errors: &mut Errors) {
    let sources: Vec<&Field> = variant.fields.iter().filter(|f| f.is_source()).collect();
    if let [_, second, ..] = sources.as_slice() {
        let marker = second.source.or(second.from);
        errors.spanned(
            marker,
            format!(
                "`{}` has more than one source field: mark only one with #[source] or #[from]",
                variant.ident()
            ),
        );
    }
    marked_once(variant, "details", |field| field.details, errors);
    if let Some(field) = variant
        .fields
        .iter()
        .find(|field| field.details.is_some() && field.is_source())
    {
        errors.spanned(
            field.details,
            "a field cannot be both #[details], which clients see, and a source, whose text stays in logs",
        );
    }
    marked_once(variant, "backtrace", |field| field.backtrace, errors);
    check_public(variant, errors);
    if let Some(field) = variant.backtrace().filter(|field| field.details.is_some()) {
        errors.spanned(
            field.details,
            "a backtrace stays in logs: it cannot be #[details], which clients see",
        );
    }
    let Some(from_field) = variant.field_with_from() else {
        return;
    };
    let others = variant.fields_beside_from();
    if others > 0 {
        errors.spanned(
            from_field.from,
            format!(
                "#[from] needs `{}` to have this one field only (and a backtrace, which it captures): a `From` impl cannot fill the other {}\n  use #[source] instead, and build the variant by hand",
                variant.ident(),
                if others == 1 { "field" } else { "fields" }
            ),
        );
    }
}

/// `#[public]` fields: each a member with a name of its own, and never a
/// source or a backtrace, which stay in logs.
pub(super) fn check_public(variant: &Variant, errors: &mut Errors) {
    let mut names: HashMap<String, &Field> = HashMap::new();
    for field in &variant.fields {
        let Some(public) = &field.public else {
            continue;
        };
        if variant.is_transparent() {
            errors.spanned(
                public.attr,
                "the field of a transparent variant is the error it wraps: it cannot be #[public]",
            );
            continue;
        }
        if field.is_source()
            || field.backtrace.is_some()
            || variant.backtrace().is_some_and(|b| std::ptr::eq(b, field))
        {
            errors.spanned(
                public.attr,
                "a source or a backtrace stays in logs: it cannot be #[public], which clients see",
            );
            continue;
        }
        let Some(name) = field.public_name() else {
            errors.spanned(
                public.attr,
                "a tuple field has no name to send: write #[public(name = \"memberName\")]",
            );
            continue;
        };
        if let Some(first) = names.insert(name.clone(), field) {
            errors.spanned(
                public.attr,
                format!("`{}` has two #[public] members named `{name}`: rename one with #[public(name = \"...\")]", variant.ident()),
            );
            if let Some(first) = &first.public {
                errors.spanned(first.attr, format!("the first `{name}` is here"));
            }
        }
    }
}

/// In a catalogue that answers in Google's shape, each `#[public]` field is
/// an entry of `ErrorInfo.metadata`, a `map<string, string>`: a list, a
/// set, a map or a tuple has no string form there. (A type of the user's
/// that serializes as one fails when the body is written; the minimal body
/// goes instead, on HTTP and gRPC alike.)
pub(super) fn check_google_metadata(input: &Input, errors: &mut Errors) {
    let Some(body) = &input.args.body else {
        return;
    };
    if body
        .segments
        .last()
        .is_none_or(|last| last.ident != "Google")
    {
        return;
    }
    for variant in &input.variants {
        for field in variant.fields.iter().filter(|field| field.public.is_some()) {
            let ty = &field.original.ty;
            if is_collection(option_inner(ty).unwrap_or(ty)) {
                errors.spanned(
                    ty,
                    format!(
                        "`body = Google` sends each #[public] field as an entry of `ErrorInfo.metadata`, a map of strings, and `{}` has no string form\n  send one string (the values joined, say), or choose a shape with room for lists, such as `body = Problem`",
                        crate::case::compact(&quote::ToTokens::to_token_stream(ty).to_string())
                    ),
                );
            }
        }
    }
}

/// Each header a variant declares: a name the response does not set
/// itself, and a value of visible ASCII whose placeholders name fields
/// that are no source (whose text stays in logs).
pub(super) fn check_headers(input: &Input, facts: &resolve::Facts, errors: &mut Errors) {
    let code_header = match &input.args.code_header {
        None => Some("x-error-code"),
        Some(header) => header.as_ref().map(|text| text.value.as_str()),
    };
    for (name, value) in &facts.headers {
        let set_by_response = [
            "content-type",
            "content-length",
            "transfer-encoding",
            "vary",
        ];
        if set_by_response.contains(&name.value.as_str()) || code_header == Some(&name.value) {
            errors.at(
                name.span,
                format!(
                    "the response sets `{}` itself: declare another header",
                    name.value
                ),
            );
        }
        let span = value.span;
        if value.text.is_empty() {
            errors.at(
                span,
                "a header's value cannot be empty: write what the header says, or remove it",
            );
            continue;
        }
        let pieces = match &value.pieces {
            Ok(pieces) => pieces,
            Err(problem) => {
                errors.at(span, template_problem("the header's value", problem));
                continue;
            }
        };
        for piece in pieces {
            match piece {
                Piece::Text(text) if !text.chars().all(|c| c == ' ' || c == '\t' || c.is_ascii_graphic()) => {
                    errors.at(span, "a header's value holds visible ASCII characters, spaces and tabs only (RFC 9110, 5.5)");
                }
                Piece::Text(_) => {}
                Piece::Hole { name, .. } if name.is_empty() => errors.at(
                    span,
                    "`{}` names nothing: a header's value names a field, as in `{seconds}`",
                ),
                Piece::Hole { name, .. } => match resolve::placeholder_field(facts.variant, name) {
                    None => errors.at(span, missing_field(facts.variant, name, FieldSyntax::Header)),
                    Some(field) if field.is_source() || facts.variant.is_transparent() => errors.at(
                        span,
                        format!("`{{{name}}}` is a source, whose text stays in logs: a header, which clients see, cannot hold it"),
                    ),
                    Some(_) => {}
                },
            }
        }
    }
}

/// At most one field of `variant` carries the marker `#[name]`.
pub(super) fn marked_once<'a>(
    variant: &Variant<'a>,
    name: &str,
    marker: impl Fn(&Field<'a>) -> Option<&'a syn::Attribute>,
    errors: &mut Errors,
) {
    if let Some(second) = variant.fields.iter().filter_map(marker).nth(1) {
        errors.spanned(
            second,
            format!(
                "`{}` has more than one #[{name}] field: mark only one",
                variant.ident()
            ),
        );
    }
}

/// Two `#[from]` fields of the same type would give two conflicting `From`
/// impls; say so here rather than let rustc blame the generated code.
pub(super) fn check_from_types(conversions: &[Conversion], errors: &mut Errors) {
    for conversion in conversions {
        let Some(first) = conversion.first else {
            continue;
        };
        let key = resolve::type_key(conversion.ty);
        errors.spanned(
            conversion.ty,
            format!("another variant already converts from `{key}`: `From<{key}>` would be implemented twice"),
        );
        errors.spanned(first, "the first conversion from that type is here");
    }
}

pub(super) fn check_message(variant: &Variant, message: &MessageText, errors: &mut Errors) {
    let span = message.span;
    if message.from_enum && message.pieces.is_err() {
        // Reported once, with the enum's keys.
        return;
    }
    if message.text.trim().is_empty() {
        if message.from_enum {
            return;
        }
        errors.at(
            span,
            "the message is empty: write what went wrong, in words a client can read",
        );
        return;
    }
    let pieces = match &message.pieces {
        Ok(pieces) => pieces,
        Err(problem) => {
            errors.at(span, template_problem("the message", problem));
            return;
        }
    };
    let mut targets = resolve::Targets::new(&message.args);
    let mut used = vec![false; message.args.len()];
    // Where each piece was written, to point at a placeholder.
    let placed = crate::template::parse_placed(&message.text).unwrap_or_default();
    for (index, piece) in pieces.iter().enumerate() {
        let Piece::Hole { name, .. } = piece else {
            continue;
        };
        let at = placed
            .get(index)
            .map_or(span, |(_, at)| message.span_of(at));
        match targets.of(variant, name) {
            Some(resolve::Target::Arg(index)) => used[index] = true,
            Some(resolve::Target::Field(_)) => {}
            None if name.is_empty() => errors.at(
                at,
                "in the message: `{}` stands for an argument, and none follows the template: name a field, `{field}` or `{0}`, or give the value after it: `message(\"... {}\", expr)`",
            ),
            None => errors.at(at, missing_field(variant, name, FieldSyntax::Placeholder)),
        }
    }
    for (arg, used) in message.args.iter().zip(used) {
        if !used {
            let unused = |how: &str| {
                format!("this argument is never used: the message has no {how} for it; remove it or use it in the template")
            };
            match &arg.name {
                Some(name) => errors.at(name.span(), unused(&format!("{{{name}}}"))),
                None => errors.spanned(&arg.expr, unused("`{}`")),
            }
        }
        for found in args::field_uses(&arg.expr) {
            if resolve::placeholder_field(variant, &found.name).is_none() {
                errors.at(
                    found.span,
                    missing_field(variant, &found.name, FieldSyntax::Argument),
                );
            }
        }
    }
    let mut names = BTreeSet::new();
    for name in message.args.iter().filter_map(|arg| arg.name.as_ref()) {
        if !names.insert(name.to_string()) {
            errors.at(
                name.span(),
                format!("the argument `{name}` is given twice; keep one"),
            );
        }
    }
}

/// How a message refers to a field: `{name}` in the template, `.name` in
/// an argument after it.
#[derive(Clone, Copy)]
pub(super) enum FieldSyntax {
    Placeholder,
    Argument,
    /// A placeholder in a header's value.
    Header,
}

impl FieldSyntax {
    fn show(self, name: &str) -> String {
        match self {
            FieldSyntax::Placeholder | FieldSyntax::Header => format!("{{{name}}}"),
            FieldSyntax::Argument => format!("`.{name}`"),
        }
    }
}

pub(super) fn missing_field(variant: &Variant, name: &str, syntax: FieldSyntax) -> String {
    let ident = variant.ident();
    let is_index = name.starts_with(|c: char| c.is_ascii_digit());
    let (who, used) = match syntax {
        FieldSyntax::Placeholder => ("the message", syntax.show(name)),
        FieldSyntax::Argument => ("an argument of the message", syntax.show(name)),
        FieldSyntax::Header => ("the header's value", syntax.show(name)),
    };
    match &variant.original.fields {
        Fields::Unit => format!(
            "{who} uses {used}, but `{ident}` has no fields: add the field to the variant or remove the placeholder"
        ),
        Fields::Named(_) if is_index => format!(
            "{who} uses {used}, but `{ident}` has named fields: refer to them by name, like {}",
            syntax.show(&variant.fields.first().map(Field::placeholder_name).unwrap_or_default())
        ),
        Fields::Unnamed(_) if !is_index => format!(
            "{who} uses {used}, but the fields of `{ident}` have no names: refer to them by index, like {}",
            syntax.show("0")
        ),
        _ => {
            let names: Vec<String> = variant.fields.iter().map(Field::placeholder_name).collect();
            let hint = did_you_mean(name, names.iter().map(String::as_str));
            let list = names.iter().map(|n| syntax.show(n)).collect::<Vec<_>>().join(", ");
            format!("{who} uses {used}, but `{ident}` has no such field{hint}\n  its fields are: {list}")
        }
    }
}
