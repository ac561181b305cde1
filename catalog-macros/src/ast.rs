//! A borrowed model of the annotated enum, with its attributes parsed.

use syn::{Attribute, DeriveInput, Member};

use crate::attr::{self, Attrs, CatalogArgs, ErrorArgs, Kind, Spanned};
use crate::case::Case;
use crate::errors::Errors;
use crate::symbol::{self, Symbol};

pub(crate) struct Input<'a> {
    pub item: &'a DeriveInput,
    pub args: CatalogArgs,
    /// The enum's doc comment's first paragraph: the title when `title` is absent.
    pub doc: Option<Spanned<String>>,
    pub variants: Vec<Variant<'a>>,
    /// Whether the variants have codes, worked out once.
    numbering: Numbering,
}

pub(crate) struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub error: Option<ErrorArgs<'a>>,
    /// The doc comment's first paragraph: the message when `message` is absent.
    pub doc: Option<Spanned<String>>,
    /// The doc comment after its first paragraph: the description when
    /// `description` is absent.
    pub doc_details: Option<String>,
    pub fields: Vec<Field<'a>>,
    /// An `#[error]` hidden in `cfg_attr`, already reported.
    pub error_in_cfg_attr: bool,
    pub attrs: Attrs<'a>,
}

pub(crate) struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    pub source: Option<&'a Attribute>,
    pub from: Option<&'a Attribute>,
    /// `#[details]`: serialized as the `details` of a `Flat` body.
    pub details: Option<&'a Attribute>,
    /// `#[backtrace]`: the field's backtrace is the error's (on a source
    /// field, the source's backtrace is).
    pub backtrace: Option<&'a Attribute>,
    /// `#[public]`: sent to clients as a member of the body, under the
    /// field's name or `#[public(name = "...")]`.
    pub public: Option<attr::Public<'a>>,
    pub attrs: Attrs<'a>,
}

impl<'a> Input<'a> {
    /// Reads the enum; every attribute problem goes to `errors`. For a struct
    /// or union, `variants` is empty and the caller reports the mistake.
    pub(crate) fn from_syn(item: &'a DeriveInput, args: CatalogArgs, errors: &mut Errors) -> Self {
        let variants = match &item.data {
            syn::Data::Enum(data) => data
                .variants
                .iter()
                .map(|variant| Variant::from_syn(variant, errors))
                .collect(),
            _ => Vec::new(),
        };
        let numbering = numbering(&variants);
        Input {
            item,
            args,
            doc: attr::doc_paragraph(&Attrs::of(&item.attrs)),
            variants,
            numbering,
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(variant: &'a syn::Variant, errors: &mut Errors) -> Self {
        let attrs = Attrs::of(&variant.attrs);
        attr::reject_cfg_attr_helpers(&attrs, errors);
        reject_field_markers(variant, &attrs, errors);
        let error_in_cfg_attr = attrs.of_kind(Kind::HiddenHelper).next().is_some();
        Variant {
            original: variant,
            error: attr::error_args(variant, &attrs, errors),
            doc: attr::doc_paragraph(&attrs),
            doc_details: attr::doc_details(&attrs),
            fields: Field::all(&variant.fields, errors),
            error_in_cfg_attr,
            attrs,
        }
    }

    pub(crate) fn ident(&self) -> &'a syn::Ident {
        &self.original.ident
    }

    /// `#[error(transparent)]`, of either kind.
    pub(crate) fn is_transparent(&self) -> bool {
        self.error
            .as_ref()
            .is_some_and(|args| args.transparent.is_some())
    }

    /// `#[error(transparent)]` without a code: the variant is the catalogue
    /// it wraps, whose entries the enum composes with its own.
    pub(crate) fn wraps_catalog(&self) -> bool {
        self.is_transparent() && !self.is_catch_all()
    }

    /// `#[error(code = 2000, http = 500, transparent)]`: an entry of its own
    /// over any error, whose `Display` and `source()` are the wrapped
    /// error's while bodies say the entry's message. (In a catalogue
    /// without numbers, its `http` tells it from a composed catalogue.)
    pub(crate) fn is_catch_all(&self) -> bool {
        self.error.as_ref().is_some_and(|args| {
            args.transparent.is_some()
                && (args.given.contains(symbol::CODE) || args.given.contains(symbol::HTTP))
        })
    }

    /// A catch-all that writes its own `message`: that message is its
    /// `Display` too, and the error it wraps is its `source()`, so that code
    /// sending `err.to_string()` to clients sends the message, not the
    /// wrapped error's text. (A doc comment documents; it does not stop
    /// `Display` from forwarding.)
    pub(crate) fn is_catch_all_with_message(&self) -> bool {
        self.is_catch_all()
            && self
                .error
                .as_ref()
                .is_some_and(|args| args.message.is_some())
    }

    /// Whether the variant writes a `code`.
    pub(crate) fn has_code(&self) -> bool {
        self.error
            .as_ref()
            .is_some_and(|args| args.given.contains(symbol::CODE))
    }

    pub(crate) fn source(&self) -> Option<&Field<'a>> {
        self.fields.iter().find(|field| field.is_source())
    }

    pub(crate) fn details(&self) -> Option<&Field<'a>> {
        self.fields.iter().find(|field| field.details.is_some())
    }

    pub(crate) fn field_with_from(&self) -> Option<&Field<'a>> {
        self.fields.iter().find(|field| field.from.is_some())
    }

    /// How many fields a `From` impl could not fill: all but the `#[from]`
    /// field and a backtrace beside it (captured by the impl).
    pub(crate) fn fields_beside_from(&self) -> usize {
        let backtrace = self
            .backtrace()
            .filter(|field| field.from.is_none())
            .map(|field| &field.member);
        self.fields
            .iter()
            .filter(|field| field.from.is_none() && Some(&field.member) != backtrace)
            .count()
    }

    /// The field marked `#[backtrace]`, else the first whose type is
    /// named `Backtrace`, as thiserror chooses it.
    pub(crate) fn backtrace(&self) -> Option<&Field<'a>> {
        let fields = &self.fields;
        fields
            .iter()
            .find(|field| field.backtrace.is_some())
            .or_else(|| {
                fields
                    .iter()
                    .find(|field| is_backtrace_type(&field.original.ty))
            })
    }
}

/// A type whose last path segment is `Backtrace`, without arguments:
/// `Backtrace`, `std::backtrace::Backtrace`.
pub(crate) fn is_backtrace_type(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else {
        return false;
    };
    path.path
        .segments
        .last()
        .is_some_and(|last| last.ident == "Backtrace" && last.arguments.is_empty())
}

impl<'a> Field<'a> {
    /// The fields of a variant or struct, with their markers.
    pub(crate) fn all(fields: &'a syn::Fields, errors: &mut Errors) -> Vec<Self> {
        fields
            .iter()
            .enumerate()
            .map(|(index, field)| {
                let attrs = Attrs::of(&field.attrs);
                attr::reject_cfg_attr_helpers(&attrs, errors);
                Field {
                    original: field,
                    member: match &field.ident {
                        Some(ident) => Member::Named(ident.clone()),
                        None => Member::Unnamed(index.into()),
                    },
                    source: attr::marker(&attrs, symbol::SOURCE, errors),
                    from: attr::marker(&attrs, symbol::FROM, errors),
                    details: attr::marker(&attrs, symbol::DETAILS, errors),
                    backtrace: attr::marker(&attrs, symbol::BACKTRACE, errors),
                    public: attr::public(&attrs, errors),
                    attrs,
                }
            })
            .collect()
    }

    /// The type `From` converts from for a `#[from]` field: `E` of a field
    /// written `Option<E>`, as thiserror's does, else the field's type.
    pub(crate) fn converted_type(&self) -> &'a syn::Type {
        option_inner(&self.original.ty).unwrap_or(&self.original.ty)
    }

    /// `#[from]` implies `#[source]`.
    pub(crate) fn is_source(&self) -> bool {
        self.source.is_some() || self.from.is_some()
    }

    /// The name of a `#[public]` field's member in bodies: its
    /// `name = "..."`, else the field's name; `None` for a field that is
    /// not public, or a tuple field without a name.
    pub(crate) fn public_name(&self) -> Option<String> {
        let public = self.public.as_ref()?;
        match (&public.name, &self.member) {
            (Some(name), _) => Some(name.value.clone()),
            (None, Member::Named(_)) => Some(self.placeholder_name()),
            (None, Member::Unnamed(_)) => None,
        }
    }

    /// The name a message placeholder uses for this field: `kind` or `0`.
    pub(crate) fn placeholder_name(&self) -> String {
        placeholder_name(&self.member)
    }
}

/// The name a message placeholder uses for a field: `kind`, `type` (for
/// `r#type`) or `0`.
pub(crate) fn placeholder_name(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.to_string().trim_start_matches("r#").to_owned(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

/// Whether a catalogue numbers its codes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Numbering {
    /// Every variant of its own has a `code` (or it has none of its own).
    Numbered,
    /// No variant has a `code`: entries are keyed by code string alone.
    WithoutNumbers,
    /// Some have one and some do not: `valid` reports each without.
    Mixed,
}

impl Input<'_> {
    /// Whether the variants with entries of their own have codes.
    pub(crate) fn numbering(&self) -> Numbering {
        self.numbering
    }

    /// The case of the catalogue's names: `rename_all`, by default
    /// SCREAMING_SNAKE_CASE.
    pub(crate) fn name_case(&self) -> Case {
        self.args
            .rename_all
            .map_or(Case::ScreamingSnake, |case| case.value)
    }

    /// Whether `ty` names one of the enum's type parameters (inside tuples,
    /// arrays and generic arguments too).
    pub(crate) fn mentions_type_param(&self, ty: &syn::Type) -> bool {
        mentions_type_param(&self.item.generics, quote::ToTokens::to_token_stream(ty))
    }

    /// The item as the user wrote it, minus the attributes that only this
    /// macro understands and that rustc would reject.
    pub(crate) fn item_without_helpers(&self) -> DeriveInput {
        let mut item = self.item.clone();
        match &mut item.data {
            syn::Data::Enum(data) => {
                for (variant, parsed) in data.variants.iter_mut().zip(&self.variants) {
                    // A field marker on a variant is reported; rustc would
                    // only say it cannot find the attribute.
                    keep_others(&mut variant.attrs, &parsed.attrs, symbol::HELPERS);
                    for (field, parsed) in variant.fields.iter_mut().zip(&parsed.fields) {
                        keep_others(&mut field.attrs, &parsed.attrs, symbol::FIELD_MARKERS);
                    }
                }
            }
            // Only the error that the item is no enum is reported: its
            // fields' markers go too.
            syn::Data::Struct(data) => {
                for field in &mut data.fields {
                    let attrs = Attrs::of(&field.attrs);
                    let kinds: Vec<Kind> = attrs.kinds().collect();
                    let mut kinds = kinds.into_iter();
                    field
                        .attrs
                        .retain(|_| keep(kinds.next(), symbol::FIELD_MARKERS));
                }
            }
            syn::Data::Union(_) => {}
        }
        item
    }
}

/// Drops from `attrs` the `helpers`, and every helper hidden in `cfg_attr`.
/// `#[source]`, `#[from]`, `#[details]`, `#[backtrace]` or `#[public]`
/// written on a variant: it marks a field, and the message shows where.
fn reject_field_markers(variant: &syn::Variant, attrs: &Attrs, errors: &mut Errors) {
    for marker in symbol::FIELD_MARKERS {
        for attr in attrs.of_kind(Kind::Helper(*marker)) {
            let ident = &variant.ident;
            let fix = match &variant.fields {
                syn::Fields::Named(fields) => {
                    let field = fields
                        .named
                        .first()
                        .and_then(|field| field.ident.as_ref())
                        .map_or_else(|| "field".to_owned(), ToString::to_string);
                    format!("write it on the field, `{ident} {{ #[{marker}] {field}: ... }}`")
                }
                syn::Fields::Unnamed(_) => {
                    format!("write it on the field, `{ident}(#[{marker}] ...)`")
                }
                syn::Fields::Unit => format!(
                    "`{ident}` has none: give it the field to mark, `{ident}(#[{marker}] ...)`"
                ),
            };
            errors.spanned(
                attr,
                format!("#[{marker}] marks a field, not a variant: {fix}"),
            );
        }
    }
}

fn keep_others(attrs: &mut Vec<Attribute>, kinds: &Attrs, helpers: &[Symbol]) {
    let mut kinds = kinds.kinds();
    attrs.retain(|_| keep(kinds.next(), helpers));
}

fn keep(kind: Option<Kind>, helpers: &[Symbol]) -> bool {
    match kind {
        Some(Kind::Helper(helper)) => !helpers.contains(&helper),
        Some(Kind::HiddenHelper) => false,
        _ => true,
    }
}

fn mentions_type_param(generics: &syn::Generics, tokens: proc_macro2::TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        proc_macro2::TokenTree::Ident(ident) => {
            generics.type_params().any(|param| param.ident == ident)
        }
        proc_macro2::TokenTree::Group(group) => mentions_type_param(generics, group.stream()),
        _ => false,
    })
}

/// Whether the variants with entries of their own have codes.
fn numbering(variants: &[Variant]) -> Numbering {
    let own = variants
        .iter()
        .filter(|variant| variant.error.is_some() && !variant.wraps_catalog());
    let (mut with, mut without) = (0, 0);
    for variant in own {
        if variant.has_code() {
            with += 1;
        } else {
            without += 1;
        }
    }
    match (with, without) {
        (_, 0) => Numbering::Numbered,
        (0, _) => Numbering::WithoutNumbers,
        _ => Numbering::Mixed,
    }
}

/// `T` of a type written `Option<T>` (or `std::option::Option<T>`).
pub(crate) fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    match arguments.args.first() {
        Some(syn::GenericArgument::Type(inner)) if arguments.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// A `Vec`, `VecDeque`, array or slice, behind references or not.
pub(crate) fn is_list(ty: &syn::Type) -> bool {
    is_collection_of(ty, &["Vec", "VecDeque"])
}

/// A list, a set, a map or a tuple, behind references or not: a type serde
/// writes as several values.
pub(crate) fn is_collection(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Tuple(tuple) if !tuple.elems.is_empty())
        || is_collection_of(
            ty,
            &[
                "Vec",
                "VecDeque",
                "LinkedList",
                "HashMap",
                "BTreeMap",
                "HashSet",
                "BTreeSet",
                "IndexMap",
                "IndexSet",
            ],
        )
}

fn is_collection_of(ty: &syn::Type, names: &[&str]) -> bool {
    match ty {
        syn::Type::Array(_) | syn::Type::Slice(_) => true,
        syn::Type::Reference(reference) => is_collection_of(&reference.elem, names),
        syn::Type::Group(group) => is_collection_of(&group.elem, names),
        syn::Type::Paren(paren) => is_collection_of(&paren.elem, names),
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| names.iter().any(|name| segment.ident == name)),
        _ => false,
    }
}
