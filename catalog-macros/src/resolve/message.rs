//! Messages: the template of each variant, with every placeholder bound to
//! its field or argument, and the public message clients receive.

use proc_macro2::{Ident, Span};

use crate::args::{self, FormatArg};
use crate::ast::{placeholder_name, Field, Input, Variant};
use crate::attr::Text;
use crate::case::sentence;
use crate::model::{self, FieldRef, Message, Segment};
use crate::template::{self, Piece};

use super::code::Templates;
use super::fields::field_ref;

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
    /// The literal the template was written as, when it was one (not a
    /// doc comment): a placeholder's error points inside it where the
    /// compiler allows.
    pub literal: Option<proc_macro2::Literal>,
}

impl MessageText {
    /// Where the placeholder written as the bytes `at` of the template is:
    /// inside the literal when the compiler gives spans within one (a
    /// nightly compiler does) and the literal is the template as it is
    /// (no escapes); else the whole template.
    pub(crate) fn span_of(&self, at: &std::ops::Range<usize>) -> Span {
        let Some(literal) = &self.literal else {
            return self.span;
        };
        let source = literal.to_string();
        let as_written = source.len() == self.text.len() + 2
            && source.starts_with('"')
            && source.get(1..source.len() - 1) == Some(self.text.as_str());
        as_written
            .then(|| literal.subspan(at.start + 1..at.end + 1))
            .flatten()
            .unwrap_or(self.span)
    }
}

/// A header's value as a template over the variant's fields.
pub(super) fn header_text(value: &Text) -> MessageText {
    MessageText {
        text: value.value.clone(),
        span: value.span,
        from_enum: false,
        pieces: template::parse(&value.value),
        args: Vec::new(),
        literal: None,
    }
}

/// The variant's message: its `message` key, else its doc comment, else
/// the enum's `message`; with the arguments written after that template.
pub(super) fn message_text(
    input: &Input,
    templates: &Templates,
    variant: &Variant,
) -> Option<MessageText> {
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
            literal: None,
        });
    }
    let from_enum = own.is_none();
    let (text, format_args, pieces, literal) = match own {
        Some(text) => (
            text,
            own_args,
            template::parse(&text.value),
            args.message.as_ref().and(args.message_literal.as_ref()),
        ),
        // The enum's message, parsed once for every variant that shares it.
        None => {
            let (text, pieces) = templates.message.as_ref()?;
            (
                *text,
                &input.args.message_args,
                pieces.clone(),
                input.args.message_literal.as_ref(),
            )
        }
    };
    Some(MessageText {
        pieces,
        text: text.value.clone(),
        span: text.span,
        from_enum,
        args: format_args.clone(),
        literal: literal.cloned(),
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

/// The template as the documentation shows it: as written, except that a
/// placeholder standing for an argument shows the argument's label.
pub(super) fn documented_template(message: &Message, written: &str) -> String {
    if message.args.is_empty() {
        return written.to_owned();
    }
    shown_template(message)
}

/// The template written back from its segments, each placeholder named by
/// its field or its argument's label.
pub(super) fn shown_template(message: &Message) -> String {
    message.template(|segment| match segment {
        Segment::Field(placeholder) => placeholder_name(placeholder.field.member),
        Segment::Arg { index, .. } => message.args[*index].label.clone(),
        Segment::Text(_) => String::new(),
    })
}

/// The template's placeholders bound to the variant's fields and to the
/// arguments after it; `None` when one names nothing.
pub(super) fn bind<'a>(
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
pub(super) fn bind_arg<'a>(
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
pub(super) fn entry_title(message: &Message, name: &str) -> String {
    match message.plain_text() {
        Some(text) => text,
        None => sentence(name),
    }
}

/// The message without what reads its source fields or its backtrace,
/// whose text must stay in logs; `None` when nothing does. A dangling
/// separator before a removed placeholder goes too: `"Upstream failed: {0}"`
/// becomes `"Upstream failed"`.
pub(super) fn public_message<'a>(variant: &Variant, message: &Message<'a>) -> Option<Message<'a>> {
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
