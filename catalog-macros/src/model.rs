//! The resolved catalogue: every value code generation needs, computed once
//! by `resolve`. Generation reads this and nothing else.

use proc_macro2::{Ident, Span, TokenStream};
use syn::{Generics, Member, Path, Type};

pub(crate) use crate::range::Bounds;

pub(crate) struct Catalog<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The path generated code names the runtime crate by.
    pub krate: Path,
    /// From `title` or the enum's doc comment.
    pub title: Option<String>,
    pub prefix: Option<String>,
    pub range: Option<Bounds>,
    /// The range as a reader sees it, e.g. `ANALYTICS_1000-1099`.
    pub range_label: Option<String>,
    pub retired: Vec<Bounds>,
    /// The catalogue gives its codes documentation pages (`doc_url`).
    pub has_doc_url: bool,
    /// The case of the names, as serde spells it: `rename_all`, or its
    /// default when the catalogue names codes of its own; `None` for a
    /// catalogue that only wraps others and says no case, whose case is
    /// theirs.
    pub case: Option<&'static str>,
    /// The keys of the enum's `meta(...)`: metadata its codes have by
    /// default, which a wrapped catalogue's codes must have too.
    pub meta_keys: Vec<String>,
    /// No variant has a `code`: the entries are keyed by code string, and
    /// `Entry::code` of each is 0 (`number()` is `None`).
    pub without_numbers: bool,
    /// The code strings of `retired = ["..."]`.
    pub retired_code_strs: Vec<String>,
    /// The text every code string starts with when the number comes next
    /// (`"ANALYTICS_"` for `{prefix}_{code}`): `lookup_str` then reads the
    /// number back instead of searching strings.
    pub code_lead: Option<String>,
    /// The variants with a code of their own, sorted by code (by code
    /// string without numbers): the order of the entry table.
    pub entries: Vec<Entry<'a>>,
    /// The `#[error(transparent)]` variants, each wrapping a catalogue.
    pub wrapped: Vec<Wrapped<'a>>,
    /// `locales = "..."`: the locales the catalogue has messages in.
    pub locales: Option<Localization>,
    /// The fields of the catch-all variants (`transparent` with a code of
    /// their own): `Display` and `source()` forward to them.
    pub forwarding: Vec<FieldRef<'a>>,
    /// `#[source]` and `#[from]` fields, one per variant at most.
    pub sources: Vec<FieldRef<'a>>,
    /// `#[details]` fields, one per variant at most.
    pub details: Vec<FieldRef<'a>>,
    /// The `#[public]` fields of each variant, in order, with their
    /// members' names.
    pub publics: Vec<Public<'a>>,
    /// Backtrace fields, one per variant at most.
    pub backtraces: Vec<Backtrace<'a>>,
    /// Fields that must not hold an error unless marked `#[source]`: each
    /// field a message shows clients, and each field named `source` (the
    /// source by thiserror's habit). The expansion checks their types.
    pub unmarked: Vec<FieldRef<'a>>,
    /// The `#[from]` fields that get a `From` impl: one per type.
    pub from: Vec<FieldRef<'a>>,
    /// How many variants the enum has, to know when a `match` needs `_`.
    pub variant_count: usize,
    /// The type of `body = ...`: a built-in shape's full path, or the
    /// user's type as written.
    pub body: Option<TokenStream>,
    /// `code_header = "..."` (`Some(None)`: `false`, no header).
    pub code_header: Option<Option<String>>,
}

/// The locale of the enum's own text when `default_locale` says none.
pub(crate) const DEFAULT_LOCALE: &str = "en";

/// The locales of a catalogue.
pub(crate) struct Localization {
    /// The tag of the enum's own text.
    pub default: String,
    pub files: Vec<Translation>,
    /// The variables the files' messages use, by Fluent id: a translation
    /// may name a `#[public]` field its message does not.
    pub used: Vec<(String, Vec<String>)>,
}

/// One locale's Fluent file.
pub(crate) struct Translation {
    pub tag: String,
    /// The absolute path, which the expansion embeds the file by.
    pub path: String,
    /// The message of each entry, the entries in the table's order: its
    /// Fluent id and its place in the file (see `FtlMessage::position`),
    /// `u32::MAX` for one the file lacks; found at run time by its place,
    /// without hashing its id.
    pub messages: Vec<(String, u32)>,
}

/// One variant with a code of its own.
pub(crate) struct Entry<'a> {
    pub variant: &'a Ident,
    /// The variant's name as text, for the arms written as text.
    pub variant_text: String,
    pub shape: Shape,
    pub code: u32,
    pub code_str: String,
    pub name: String,
    pub status: u16,
    /// The name of the `http::StatusCode` constant for `status`, if it has one.
    pub status_name: Option<&'static str>,
    /// The message template as written, for the entry table.
    pub template: String,
    /// The template of the message clients get, when it differs: without
    /// the placeholders of source fields.
    pub public_template: Option<String>,
    pub message: Message<'a>,
    /// The message for clients, when it differs: without source fields.
    pub public_message: Option<Message<'a>>,
    pub resolution: Option<String>,
    /// A stable title: the message when it has no placeholder, else the name in words.
    pub title: String,
    pub doc_url: Option<String>,
    /// Long text for the documentation: `description`, else the doc
    /// comment after its first paragraph.
    pub description: Option<String>,
    /// `meta(...)` of the variant over the enum's, sorted by key.
    pub metadata: Vec<(String, String)>,
    /// `headers(...)`, in the order written.
    pub headers: Vec<Header<'a>>,
    /// `body = ...` on the variant: its own shape's type, over the
    /// catalogue's.
    pub body: Option<TokenStream>,
}

/// A response header a variant declares.
pub(crate) struct Header<'a> {
    /// As sent: lowercase, `-` between words.
    pub name: String,
    /// The value as written, for documentation.
    pub template: String,
    /// The value with each placeholder bound to its field.
    pub value: Message<'a>,
}

/// What a pattern must say to match a variant whatever its fields.
#[derive(Clone, Copy)]
pub(crate) enum Shape {
    Unit,
    Tuple,
    Struct,
}

/// A message with each placeholder bound to its field or argument.
#[derive(Clone)]
pub(crate) struct Message<'a> {
    pub segments: Vec<Segment<'a>>,
    /// The span of the text it was written as, where rustc points when a
    /// field cannot be formatted.
    pub span: Span,
    /// The arguments after the template, `message("{}", .0.len())`, which
    /// `Segment::Arg` refers to by position.
    pub args: Vec<Arg<'a>>,
}

#[derive(Clone)]
pub(crate) enum Segment<'a> {
    Text(String),
    Field(Placeholder<'a>),
    /// `{}`, `{0}` or `{name}` standing for an argument: its position in
    /// `Message::args`, and what follows the `:`.
    Arg {
        index: usize,
        spec: String,
    },
}

/// An argument after the template, bound to the variant it formats.
#[derive(Clone)]
pub(crate) struct Arg<'a> {
    /// The expression with each `.field` replaced by the field's binding.
    pub expr: TokenStream,
    /// The fields it reads, which the `match` arm binds.
    pub fields: Vec<FieldRef<'a>>,
    /// What the documentation calls it: the argument's name, or the one
    /// field it reads, or `argN`.
    pub label: String,
    /// It reads a source field (or `self`, through which it could): the
    /// public message leaves it out.
    pub reads_source: bool,
}

/// `{field}` or `{field:?}`, bound to its field.
#[derive(Clone)]
pub(crate) struct Placeholder<'a> {
    pub field: FieldRef<'a>,
    /// What follows the `:`, e.g. `?` or `>8`.
    pub spec: String,
}

/// A field of a variant, as generated code names and binds it.
#[derive(Clone)]
pub(crate) struct FieldRef<'a> {
    pub variant: &'a Ident,
    pub member: &'a Member,
    /// The local name a generated `match` arm binds the field to. Hygienic,
    /// so it can neither capture nor be captured by the user's own names.
    pub binding: Ident,
    pub ty: &'a Type,
    /// The type names one of the enum's type parameters: an impl that uses
    /// the field needs a where-clause bound on it.
    pub generic: bool,
    /// The field is `#[source]` or `#[from]`: its text stays in logs.
    pub source: bool,
    /// `T` when the type is written `Option<T>`: a source then is `T`, when
    /// there is one.
    pub option_inner: Option<&'a Type>,
    /// The type is written `Path` or `PathBuf` (or a reference to one),
    /// which a message formats with `.display()`, as thiserror does.
    pub path: bool,
}

/// A variant's backtrace: a field of type `Backtrace` (or marked
/// `#[backtrace]`), or a source marked `#[backtrace]`, whose own backtrace
/// the error's is.
pub(crate) struct Backtrace<'a> {
    pub field: FieldRef<'a>,
    pub of_source: bool,
}

/// The `#[public]` fields of one variant.
pub(crate) struct Public<'a> {
    pub variant: &'a Ident,
    pub fields: Vec<(FieldRef<'a>, String)>,
}

/// `#[error(transparent)] Metrics(MetricsError)`: the variant is the
/// wrapped catalogue's error.
pub(crate) struct Wrapped<'a> {
    pub field: FieldRef<'a>,
    /// `from = [...]`: the types the wrapped catalogue converts from, which
    /// this enum converts from through it.
    pub lifts: Vec<&'a syn::Type>,
    /// The type as the user wrote it, for messages about clashes.
    pub type_name: String,
}

impl<'a> Message<'a> {
    /// The message written back as a template: its text escaped, each
    /// placeholder named by `name` (which may note what it names), with its
    /// spec.
    pub(crate) fn template<'s>(
        &'s self,
        mut name: impl FnMut(&'s Segment<'a>) -> String,
    ) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Text(text) => out.push_str(&crate::template::escape(text)),
                Segment::Field(Placeholder { spec, .. }) | Segment::Arg { spec, .. } => {
                    crate::template::push_hole(&mut out, &name(segment), spec);
                }
            }
        }
        out
    }

    /// The Fluent variable of each placeholder (see
    /// `locale::fluent_variable`), each once, with the first segment that
    /// is it: what a translation of the message must use.
    pub(crate) fn fluent_variables(&self) -> Vec<(String, &Segment<'a>)> {
        let mut variables: Vec<(String, &Segment<'a>)> = Vec::new();
        for segment in &self.segments {
            let label = match segment {
                Segment::Field(placeholder) => {
                    crate::ast::placeholder_name(placeholder.field.member)
                }
                Segment::Arg { index, .. } => self.args[*index].label.clone(),
                Segment::Text(_) => continue,
            };
            let variable = crate::locale::fluent_variable(&label);
            if !variables.iter().any(|(known, _)| *known == variable) {
                variables.push((variable, segment));
            }
        }
        variables
    }

    /// The text when the message has no placeholder.
    pub(crate) fn plain_text(&self) -> Option<String> {
        match self.segments.as_slice() {
            [] => Some(String::new()),
            [Segment::Text(text)] => Some(text.clone()),
            _ => None,
        }
    }
}

impl Catalog<'_> {
    /// Some of the catalogue's own codes have numbers (then all do): it has
    /// numbers whatever it wraps.
    pub(crate) fn numbers_own_codes(&self) -> bool {
        !self.without_numbers && !self.entries.is_empty()
    }

    /// The owner's name in messages about clashes between catalogues.
    pub(crate) fn owner_name(&self) -> String {
        self.ident.to_string()
    }
}
