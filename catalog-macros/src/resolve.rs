//! From the parsed enum to the resolved model: names, code strings, range
//! labels, doc URLs, titles, the entry order, messages with each
//! placeholder bound to its field, public messages and the `From` list.
//!
//! Nothing here reports: a value that cannot be resolved is left out, and
//! `valid` says why. Generation runs only when `valid` found nothing, and
//! then every variant resolved.

use std::collections::HashSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::{Fields, Member};

use crate::args::{self, FormatArg};
use crate::ast::{placeholder_name, Field, Input, Numbering, Variant};
use crate::attr::{MetaEntry, Spanned};
use crate::case::sentence;
use crate::model::{self, Catalog, Entry, FieldRef, Message, Segment, Shape, Wrapped};
use crate::range::Bounds;
use crate::symbol;
use crate::template::{self, Piece};

/// The model, and what resolved of each variant for the checks to judge.
pub(crate) struct Resolution<'a> {
    pub catalog: Catalog<'a>,
    /// One per variant with a code of its own, in declaration order.
    pub variants: Vec<Facts<'a>>,
}

/// What tells a variant apart from the others, and its message: each
/// present when it could be resolved.
pub(crate) struct Facts<'a> {
    pub variant: &'a Variant<'a>,
    pub code: Option<Spanned<u32>>,
    pub name: Option<Spanned<String>>,
    pub code_str: Option<String>,
    pub message: Option<MessageText>,
}

/// A message template and where it was written: the `message` key, else the
/// doc comment.
pub(crate) struct MessageText {
    pub text: String,
    pub span: Span,
    /// The enum's `message`, shared by the variants without their own.
    pub from_enum: bool,
    /// The template split into text and placeholders, or what is wrong
    /// with its syntax.
    pub pieces: Result<Vec<Piece>, String>,
    /// The arguments after the template, `message("{}", .0.len())`.
    pub args: Vec<FormatArg>,
}

/// The whole model. With problems in the input, the variants that did not
/// resolve are missing from `entries`; what the enum declares (prefix,
/// range, title, ...) is there whenever it parsed.
pub(crate) fn catalog<'a>(input: &'a Input<'a>) -> Resolution<'a> {
    let prefix = input
        .args
        .prefix
        .as_ref()
        .map(|prefix| prefix.value.clone());
    let format = code_format(input);
    let doc_url = input
        .args
        .doc_url
        .as_ref()
        .and_then(|url| template::parse(&url.value).ok());
    let range = input.args.range.as_ref().and_then(|range| range.bounds());
    let prefix_text = prefix.as_deref().unwrap_or_default();
    let variants: Vec<Facts> = input
        .variants
        .iter()
        .filter(|variant| !variant.wraps_catalogue())
        .map(|variant| facts(input, variant, format.as_deref(), prefix_text))
        .collect();
    let mut entries: Vec<Entry> = variants
        .iter()
        .filter_map(|facts| {
            let mut entry = entry(input, facts)?;
            // A variant's own `doc_url` wins over the enum's.
            let own_url = facts
                .variant
                .error
                .as_ref()
                .and_then(|args| args.doc_url.as_ref())
                .and_then(|url| template::parse(&url.value).ok());
            entry.doc_url = own_url
                .as_deref()
                .or(doc_url.as_deref())
                .map(|url| render_doc_url(url, &entry));
            Some(entry)
        })
        .collect();
    let symbolic = input.numbering() == Numbering::Symbolic;
    // A catalogue without numbers orders its table by code string.
    if symbolic {
        entries.sort_by(|a, b| a.code_str.cmp(&b.code_str));
    } else {
        entries.sort_by_key(|entry| entry.code);
    }
    let (from, wrapped) = conversions(input);
    let unmarked = unmarked(input, &entries);
    let catalog =
        Catalog {
            ident: &input.item.ident,
            generics: &input.item.generics,
            krate: input
                .args
                .krate
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::error_catalog)),
            title: catalog_title(input),
            range_label: match (&format, range) {
                (Some(format), Some(range)) => Some(range_label(format, prefix_text, range)),
                _ => None,
            },
            code_lead: format
                .as_deref()
                .and_then(|format| code_lead(format, prefix_text)),
            prefix,
            range,
            retired: retired(input),
            has_doc_url: input.args.doc_url.is_some(),
            case: (input.args.rename_all.is_some() || !entries.is_empty())
                .then(|| input.name_case().name()),
            meta_keys: input
                .args
                .meta
                .iter()
                .map(|meta| meta.key.value.clone())
                .collect(),
            symbolic,
            retired_code_strs: input
                .args
                .retired_code_strs
                .iter()
                .map(|code| code.value.clone())
                .collect(),
            entries,
            wrapped,
            forwarding: input
                .variants
                .iter()
                .filter(|variant| variant.is_catch_all() && !variant.is_catch_all_with_message())
                .filter_map(|variant| match variant.fields.as_slice() {
                    [field] => Some(field_ref(input, variant, field)),
                    _ => None,
                })
                .collect(),
            sources: fields_marked(input, Variant::source)
                .into_iter()
                .chain(input.variants.iter().filter_map(
                    |variant| match variant.fields.as_slice() {
                        [field] if variant.is_catch_all_with_message() => {
                            Some(field_ref(input, variant, field))
                        }
                        _ => None,
                    },
                ))
                .collect(),
            details: fields_marked(input, Variant::details),
            publics: input
                .variants
                .iter()
                .filter(|variant| !variant.is_transparent())
                .filter_map(|variant| {
                    let fields: Vec<_> = variant
                        .fields
                        .iter()
                        .filter_map(|field| {
                            Some((field_ref(input, variant, field), field.public_name()?))
                        })
                        .collect();
                    (!fields.is_empty()).then(|| model::Public {
                        variant: variant.ident(),
                        fields,
                    })
                })
                .collect(),
            backtraces: input
                .variants
                .iter()
                .filter(|variant| !variant.is_transparent())
                .filter_map(|variant| {
                    let field = variant.backtrace()?;
                    Some(model::Backtrace {
                        of_source: field.is_source(),
                        field: field_ref(input, variant, field),
                    })
                })
                .collect(),
            unmarked,
            from,
            variant_count: input.variants.len(),
            body: input.args.body.as_ref().map(body_shape),
            code_header: input
                .args
                .code_header
                .as_ref()
                .map(|header| header.as_ref().map(|name| name.value.clone())),
        };
    Resolution { catalog, variants }
}

fn facts<'a>(
    input: &Input,
    variant: &'a Variant<'a>,
    format: Option<&[Piece]>,
    prefix: &str,
) -> Facts<'a> {
    let code = variant.error.as_ref().and_then(|args| args.code);
    let name = name(input, variant);
    // Without numbers, `{code}` stands in no `format` that checks pass.
    let number = match input.numbering() {
        Numbering::Symbolic => Some(0),
        _ => code.map(|code| code.value),
    };
    let code_str = match (format, number, &name) {
        (Some(format), Some(number), Some(name)) => {
            Some(render_code_str(format, prefix, number, &name.value))
        }
        _ => None,
    };
    Facts {
        variant,
        code,
        name,
        code_str,
        message: message_text(input, variant),
    }
}

/// The parsed `format`, defaulted from the prefix and, in a catalogue
/// without numbers, from the name.
pub(crate) fn code_format(input: &Input) -> Option<Vec<Piece>> {
    let symbolic = input.numbering() == Numbering::Symbolic;
    let text = match (&input.args.format, &input.args.prefix, symbolic) {
        (Some(format), _, _) => return template::parse(&format.value).ok(),
        (None, Some(_), false) => "{prefix}_{code}",
        (None, None, false) => "{code}",
        (None, Some(_), true) => "{prefix}_{name}",
        (None, None, true) => "{name}",
    };
    template::parse(text).ok()
}

/// The `retired` key as inclusive ranges, leaving out empty ones (which
/// `valid` reports).
fn retired(input: &Input) -> Vec<Bounds> {
    input
        .args
        .retired
        .iter()
        .flatten()
        .filter_map(crate::range::CodeRange::bounds)
        .collect()
}

fn render_code_str(format: &[Piece], prefix: &str, code: u32, name: &str) -> String {
    template::fill(format, |hole| match hole {
        "prefix" => prefix.to_owned(),
        "code" => code.to_string(),
        _ => name.to_owned(),
    })
}

/// The code strings' common start when `{code}` follows only text and the
/// prefix, and no digit follows `{code}` (which would run into the number).
fn code_lead(format: &[Piece], prefix: &str) -> Option<String> {
    let mut lead = String::new();
    let mut pieces = format.iter();
    for piece in pieces.by_ref() {
        match piece {
            Piece::Text(text) => lead.push_str(text),
            Piece::Hole { name, .. } if name == "prefix" => {
                lead.push_str(&template::fill(std::slice::from_ref(piece), |_| {
                    prefix.to_owned()
                }));
            }
            Piece::Hole { name, .. } if name == "code" => break,
            Piece::Hole { .. } => return None,
        }
    }
    match pieces.next() {
        Some(Piece::Text(text)) if text.starts_with(|c: char| c.is_ascii_digit()) => None,
        _ => Some(lead),
    }
}

/// `ANALYTICS_1000-1099`: the first code string of the range, minus any
/// name, then the last code.
fn range_label(format: &[Piece], prefix: &str, range: Bounds) -> String {
    let start = render_code_str(format, prefix, range.first, "");
    format!(
        "{}-{}",
        start.trim_end_matches(['_', '-', '.', ' ']),
        range.last
    )
}

fn catalog_title(input: &Input) -> Option<String> {
    match &input.args.title {
        Some(title) => Some(title.value.clone()),
        None => input.doc.as_ref().map(|doc| doc.value.clone()),
    }
}

fn render_doc_url(url: &[Piece], entry: &Entry) -> String {
    template::fill(url, |hole| match hole {
        "code_str" => entry.code_str.clone(),
        "code" => entry.code.to_string(),
        _ => entry.name.clone(),
    })
}

/// The variant's name: the `name` key when it is in the catalogue's case,
/// else derived from the variant's identifier when that gives one.
fn name(input: &Input, variant: &Variant) -> Option<Spanned<String>> {
    let case = input.name_case();
    if let Some(lit) = variant.error.as_ref().and_then(|args| args.name.as_ref()) {
        return case.fits(&lit.value).then(|| lit.clone());
    }
    let ident = variant.ident();
    let derived = case.derive(&ident.to_string());
    case.fits(&derived).then(|| Spanned {
        value: derived,
        span: ident.span(),
    })
}

/// The variant's message: its `message` key, else its doc comment, else
/// the enum's `message`; with the arguments written after that template.
fn message_text(input: &Input, variant: &Variant) -> Option<MessageText> {
    let args = variant.error.as_ref()?;
    let (own, own_args) = match (&args.message, &variant.doc) {
        (Some(message), _) => (Some(message), &args.message_args),
        (None, doc) => (doc.as_ref(), &args.message_args),
    };
    if own.is_none() && variant.is_catch_all() {
        // What clients see instead of the wrapped error's text: the
        // status in words, never the enum's message, which is about fields.
        let text = sentence(crate::status::name_of(args.http?.value).unwrap_or("ERROR"));
        return Some(MessageText {
            pieces: template::parse(&template::escape(&text)),
            text,
            span: syn::spanned::Spanned::span(args.attr),
            from_enum: false,
            args: Vec::new(),
        });
    }
    let from_enum = own.is_none();
    let (text, format_args) = match own {
        Some(text) => (text, own_args),
        None => (input.args.message.as_ref()?, &input.args.message_args),
    };
    let (text, span) = (text.value.clone(), text.span);
    Some(MessageText {
        pieces: template::parse(&text),
        text,
        span,
        from_enum,
        args: format_args.clone(),
    })
}

/// The field a placeholder names, `kind` or `0`.
pub(crate) fn placeholder_field<'v, 'a>(
    variant: &'v Variant<'a>,
    name: &str,
) -> Option<&'v Field<'a>> {
    variant
        .fields
        .iter()
        .find(|field| field.placeholder_name() == name)
}

/// What a message's placeholder stands for.
pub(crate) enum Target<'v, 'a> {
    Field(&'v Field<'a>),
    /// The argument at this position after the template.
    Arg(usize),
}

/// Resolves a message's placeholders in order, as `format!` does: a named
/// argument first, then a field, then (for `{0}` in a variant without
/// such a field) a positional argument; `{}` takes the next positional one.
pub(crate) struct Targets<'m> {
    args: &'m [FormatArg],
    /// Where each positional argument is in `args`.
    positional: Vec<usize>,
    next_positional: usize,
}

impl<'m> Targets<'m> {
    pub(crate) fn new(args: &'m [FormatArg]) -> Self {
        let positional = (0..args.len())
            .filter(|&i| args[i].name.is_none())
            .collect();
        Targets {
            args,
            positional,
            next_positional: 0,
        }
    }

    pub(crate) fn of<'v, 'a>(
        &mut self,
        variant: &'v Variant<'a>,
        name: &str,
    ) -> Option<Target<'v, 'a>> {
        if name.is_empty() {
            let index = self.positional.get(self.next_positional).copied();
            self.next_positional += 1;
            return index.map(Target::Arg);
        }
        if let Some(index) = self
            .args
            .iter()
            .position(|arg| arg.name.as_ref().is_some_and(|arg_name| arg_name == name))
        {
            return Some(Target::Arg(index));
        }
        if let Some(field) = placeholder_field(variant, name) {
            return Some(Target::Field(field));
        }
        let index: usize = name.parse().ok()?;
        self.positional.get(index).copied().map(Target::Arg)
    }
}

fn entry<'a>(input: &'a Input<'a>, facts: &Facts<'a>) -> Option<Entry<'a>> {
    let variant = facts.variant;
    let args = variant.error.as_ref()?;
    let code = match input.numbering() {
        Numbering::Symbolic => 0,
        _ => facts.code?.value,
    };
    let name = facts.name.as_ref()?.value.clone();
    let message_text = facts.message.as_ref()?;
    let pieces = message_text.pieces.as_ref().ok()?;
    if message_text.text.trim().is_empty() {
        return None;
    }
    let message = bind(input, variant, pieces, message_text)?;
    let title = match &args.title {
        Some(title) => title.value.clone(),
        None => entry_title(&message, &name),
    };
    // A message that was nothing but its source says the title instead.
    let public_message = if variant.is_catch_all() {
        // `message()` is the wrapped error's text; clients get this one.
        Some(message.clone())
    } else {
        public_message(variant, &message).map(|mut public| {
            if public.segments.is_empty() {
                public.segments = vec![Segment::Text(title.clone())];
            }
            public
        })
    };
    let template = documented_template(&message, &message_text.text);
    let public_template = public_message
        .as_ref()
        .map(shown_template)
        .filter(|shown| *shown != template);
    Some(Entry {
        variant: variant.ident(),
        variant_text: variant.ident().to_string(),
        shape: match &variant.original.fields {
            Fields::Unit => Shape::Unit,
            Fields::Unnamed(_) => Shape::Tuple,
            Fields::Named(_) => Shape::Struct,
        },
        code,
        code_str: facts.code_str.clone()?,
        name,
        status: args.http?.value,
        status_name: crate::status::name_of(args.http?.value),
        template,
        public_template,
        message,
        public_message,
        resolution: args.resolution.as_ref().map(|text| text.value.clone()),
        title,
        doc_url: None,
        description: args
            .description
            .as_ref()
            .map(|text| text.value.clone())
            .or_else(|| variant.doc_details.clone()),
        metadata: metadata(&input.args.meta, &args.meta),
    })
}

/// An entry's metadata: its own keys, then the enum's it does not give,
/// sorted by key.
fn metadata(defaults: &[MetaEntry], own: &[MetaEntry]) -> Vec<(String, String)> {
    let mut merged: Vec<(String, String)> = own
        .iter()
        .chain(
            defaults
                .iter()
                .filter(|default| !own.iter().any(|meta| meta.key.value == default.key.value)),
        )
        .map(|meta| (meta.key.value.clone(), meta.value.clone()))
        .collect();
    merged.sort();
    merged
}

/// The template as the documentation shows it: as written, except that a
/// placeholder standing for an argument shows the argument's label.
fn documented_template(message: &Message, written: &str) -> String {
    if message.args.is_empty() {
        return written.to_owned();
    }
    shown_template(message)
}

/// The template written back from its segments, each placeholder named by
/// its field or its argument's label.
fn shown_template(message: &Message) -> String {
    message.template(|segment| match segment {
        Segment::Field(placeholder) => placeholder_name(placeholder.field.member),
        Segment::Arg { index, .. } => message.args[*index].label.clone(),
        Segment::Text(_) => String::new(),
    })
}

/// The template's placeholders bound to the variant's fields and to the
/// arguments after it; `None` when one names nothing.
fn bind<'a>(
    input: &'a Input<'a>,
    variant: &'a Variant<'a>,
    pieces: &[Piece],
    text: &MessageText,
) -> Option<Message<'a>> {
    let args = text
        .args
        .iter()
        .enumerate()
        .map(|(position, arg)| bind_arg(input, variant, arg, position))
        .collect::<Option<Vec<_>>>()?;
    let mut targets = Targets::new(&text.args);
    let segments = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => Some(Segment::Text(text.clone())),
            Piece::Hole { name, spec } => Some(match targets.of(variant, name)? {
                Target::Field(field) => Segment::Field(model::Placeholder {
                    field: field_ref(input, variant, field),
                    spec: spec.clone(),
                }),
                Target::Arg(index) => Segment::Arg {
                    index,
                    spec: spec.clone(),
                },
            }),
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Message {
        segments,
        span: text.span,
        args,
    })
}

/// An argument with its `.field` references bound; `None` when one names
/// no field of the variant.
fn bind_arg<'a>(
    input: &'a Input<'a>,
    variant: &'a Variant<'a>,
    arg: &FormatArg,
    position: usize,
) -> Option<model::Arg<'a>> {
    let mut fields: Vec<FieldRef<'a>> = Vec::new();
    let mut missing = false;
    let expr = args::rewrite(&arg.expr, &mut |name, span| {
        let Some(field) = placeholder_field(variant, name) else {
            missing = true;
            return None;
        };
        let field = field_ref(input, variant, field);
        let binding = Ident::new(
            &field.binding.to_string(),
            span.resolved_at(Span::mixed_site()),
        );
        if !fields.iter().any(|known| known.member == field.member) {
            fields.push(field);
        }
        Some(binding)
    });
    if missing {
        return None;
    }
    let reads_source = fields.iter().any(|field| field.source)
        || variant.source().is_some() && args::mentions_self(&arg.expr);
    let label = match (&arg.name, fields.as_slice()) {
        (Some(name), _) => name.to_string(),
        (None, [field]) => placeholder_name(field.member),
        (None, _) => format!("arg{}", position + 1),
    };
    Some(model::Arg {
        expr,
        fields,
        label,
        reads_source,
    })
}

/// The message itself when it has no placeholder, otherwise the name in
/// words.
fn entry_title(message: &Message, name: &str) -> String {
    match message.plain_text() {
        Some(text) => text,
        None => sentence(name),
    }
}

/// The message without what reads its source fields or its backtrace,
/// whose text must stay in logs; `None` when nothing does. A dangling
/// separator before a removed placeholder goes too: `"Upstream failed: {0}"`
/// becomes `"Upstream failed"`.
fn public_message<'a>(variant: &Variant, message: &Message<'a>) -> Option<Message<'a>> {
    let backtrace = variant.backtrace().map(|field| &field.member);
    let is_private = |segment: &Segment| match segment {
        Segment::Text(_) => false,
        Segment::Field(placeholder) => {
            placeholder.field.source || Some(placeholder.field.member) == backtrace
        }
        Segment::Arg { index, .. } => message.args[*index].reads_source,
    };
    if !message.segments.iter().any(is_private) {
        return None;
    }
    let mut public: Vec<Segment<'a>> = Vec::new();
    // The `)` or `]` that closes a bracket the removed placeholder stood in.
    let mut closer = None;
    for segment in &message.segments {
        match segment {
            private if is_private(private) => {
                if let Some(Segment::Text(text)) = public.last_mut() {
                    let kept = text.trim_end_matches([' ', ':', ';', ',', '-', '(', '[']);
                    closer = match text[kept.len()..].chars().find(|c| matches!(c, '(' | '[')) {
                        Some('(') => Some(')'),
                        Some(_) => Some(']'),
                        None => None,
                    };
                    text.truncate(kept.len());
                }
            }
            Segment::Text(text) => {
                // The rest of the bracket spoke of what was removed.
                let text = match closer.take() {
                    Some(closer) => text
                        .find(closer)
                        .map_or(text.as_str(), |at| &text[at + 1..]),
                    None => text,
                };
                match public.last_mut() {
                    Some(Segment::Text(previous)) => previous.push_str(text),
                    _ => public.push(Segment::Text(text.to_owned())),
                }
            }
            kept => {
                closer = None;
                public.push(kept.clone());
            }
        }
    }
    public.retain(|segment| !matches!(segment, Segment::Text(text) if text.is_empty()));
    Some(Message {
        segments: public,
        span: message.span,
        args: message.args.clone(),
    })
}

fn field_ref<'a>(input: &Input, variant: &'a Variant<'a>, field: &'a Field<'a>) -> FieldRef<'a> {
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
fn is_path(ty: &syn::Type) -> bool {
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
fn binding(member: &Member) -> Ident {
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
fn conversions<'a>(input: &'a Input<'a>) -> (Vec<FieldRef<'a>>, Vec<Wrapped<'a>>) {
    let mut converted = HashSet::new();
    let from = input
        .variants
        .iter()
        .filter(|variant| !variant.wraps_catalogue())
        .filter_map(|variant| {
            let field = variant.field_with_from()?;
            let first_of_its_type = converted.insert(type_key(field.converted_type()));
            (variant.fields_beside_from() == 0 && first_of_its_type)
                .then(|| field_ref(input, variant, field))
        })
        .collect();
    let mut wrapped: Vec<Wrapped> = input
        .variants
        .iter()
        .filter_map(|variant| wrapped(input, variant))
        .collect();
    for category in &wrapped {
        converted.insert(type_key(category.field.ty));
    }
    for category in &mut wrapped {
        category.lifts.retain(|ty| converted.insert(type_key(ty)));
    }
    (from, wrapped)
}

/// A transparent variant with its one field, of a concrete type.
fn wrapped<'a>(input: &'a Input<'a>, variant: &'a Variant<'a>) -> Option<Wrapped<'a>> {
    if !variant.wraps_catalogue() {
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
fn fields_marked<'a>(
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
fn unmarked<'a>(input: &'a Input<'a>, entries: &[Entry<'a>]) -> Vec<FieldRef<'a>> {
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
fn body_shape(path: &syn::Path) -> TokenStream {
    match path.get_ident() {
        Some(ident) if symbol::BUILT_IN_SHAPES.iter().any(|shape| ident == shape) => {
            quote::quote!(__ec::body::#ident<Self>)
        }
        _ => path.to_token_stream(),
    }
}
