//! `#[derive(Shape)]`: a body shape declared as a struct whose fields name
//! the parts of the error they take. The struct is the body both ways: the
//! derive builds it from an error and serializes it with the struct's own
//! `Serialize`, and a client deserializes it back with its `Deserialize`.
//!
//! The derive reads the struct once into a list of fields and their parts
//! (`Part`), reports every mistake on its token, and writes three impls:
//! `FromParts` (the struct from an error's parts), `Shape` and `Received`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, GenericParam, Ident, LitStr, Type};

use crate::ast::{is_list, option_inner};
use crate::errors::Errors;
use crate::expand::generics::Bounds;
use crate::symbol::{self, Symbol};

/// What a field of the shape takes from the error.
enum Part {
    /// `code_str`, `name`, `title`: text every entry has.
    Text(Symbol),
    /// `resolution`, `doc_url`, `description`, `meta = "key"`: text an
    /// entry may lack; the field must be an `Option`.
    MaybeText(TokenStream),
    /// `message`: the public message.
    Message,
    /// `status`: the HTTP status as a number.
    Status,
    /// `number`: the numeric code, which a catalogue without numbers lacks.
    Number,
    /// `value = "..."`: a constant.
    Value(LitStr),
    /// `details` / `public`: the `#[details]` field and the `#[public]`
    /// fields, through the struct's type parameter `param`.
    Adapter { adapter: &'static str, param: Ident },
    /// `pointer`: what an item of a batch points at; the field must be an
    /// `Option`.
    Pointer,
    /// `request_id`, `timestamp`, `path`: what a layer knows of the
    /// request; the field must be an `Option`, `None` outside such a layer.
    Context(TokenStream),
    /// `template = "{message}\nRequestId:{request_id}"`: text made of other
    /// parts, each piece the code to push it.
    Template(Vec<TokenStream>),
    /// `errors`: a `Vec` of a shape of its own, one built per error of a
    /// batch (the error alone, when there is no batch).
    Errors,
    /// No part: the field is a shape of its own, built the same way.
    Nested,
}

struct ShapeField<'a> {
    field: &'a syn::Field,
    ident: &'a Ident,
    part: Part,
}

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let Container {
        content_type,
        krate,
        xml,
    } = container_args(input, &mut errors);
    let fields = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => named
                .named
                .iter()
                .filter_map(|field| shape_field(input, field, &mut errors))
                .collect(),
            _ => {
                errors.spanned(
                    &input.ident,
                    "a shape is a struct with named fields: each field is a member of the body",
                );
                Vec::new()
            }
        },
        _ => {
            errors.spanned(
                &input.ident,
                "#[derive(Shape)] goes on a struct whose named fields are the members of the body",
            );
            Vec::new()
        }
    };
    check_params(input, &fields, &mut errors);
    if !errors.is_empty() {
        let errors = errors.into_compile_errors();
        let stand_ins = crate::expand::block(&krate, stand_ins(input));
        return quote!(#errors #stand_ins);
    }
    let items = [
        shape_param_impls(input, &fields),
        from_parts_impl(input, &fields),
        shape_impl(input, &fields, content_type, xml),
        received_impl(input, &fields),
    ];
    crate::expand::block(&krate, items.into_iter().collect())
}

/// `#[shape(content_type = "...", crate = "...")]` on the struct.
/// What is emitted when the derive finds a mistake: impls of the traits
/// it implements, with bodies that are never run, so that a catalogue's
/// `body = ...`, a `Shaped` of the struct, or a shape that nests it adds no
/// error of its own to the real one. `FromParts`, which names the struct
/// with its parameters filled, is stood in for a struct without type or
/// const parameters, the shapes other shapes nest.
fn stand_ins(input: &DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let from_parts = (input.generics.type_params().next().is_none()
        && input.generics.const_params().next().is_none())
    .then(|| {
        let lifetimes = input.generics.lifetimes().map(|_| quote!('__p));
        quote! {
            #[automatically_derived]
            impl<'__p, __E: ?::core::marker::Sized> __ec::__private::FromParts<'__p, __E>
                for #ident<#(#lifetimes),*>
            {
                fn from_parts(_: &__ec::__private::Parts<'__p, __E>) -> Self {
                    ::core::unreachable!()
                }
            }
        }
    });
    let shape = shape_impl_with(
        input,
        None,
        None,
        quote! {
            let _ = (error, serializer);
            ::core::unreachable!()
        },
        None,
    );
    quote! {
        #shape

        #[automatically_derived]
        impl #impl_generics __ec::body::Received for #ident #ty_generics #where_clause {}

        #from_parts
    }
}

/// What `#[shape(...)]` on the struct says.
struct Container {
    content_type: Option<LitStr>,
    krate: syn::Path,
    /// For a shape sent as XML: its document's root, declaration and
    /// namespace, as `Shape::XML`.
    xml: Option<TokenStream>,
}

fn container_args(input: &DeriveInput, errors: &mut Errors) -> Container {
    let (mut content_type, mut krate) = (None, None);
    let (mut root, mut declaration, mut namespace) = (None, None, None);
    for attr in input
        .attrs
        .iter()
        .filter(|attr| attr.path() == symbol::SHAPE)
    {
        // A value that parses but breaks a rule is reported here, so that
        // the keys after it are still read.
        let mut broken = Vec::new();
        let parsed = attr.parse_nested_meta(|meta| {
            let value = |meta: &syn::meta::ParseNestedMeta| meta.value()?.parse::<LitStr>();
            if &meta.path == symbol::CONTENT_TYPE {
                content_type = Some(value(&meta)?);
            } else if &meta.path == symbol::CRATE {
                krate = Some(value(&meta)?.parse::<syn::Path>()?);
            } else if &meta.path == symbol::ROOT {
                let name = value(&meta)?;
                if is_xml_name(&name.value()) {
                    root = Some(name);
                } else {
                    broken.push(syn::Error::new(
                        name.span(),
                        "the root is an element's name: a letter or `_`, then letters, digits, `_`, `-` or `.`",
                    ));
                }
            } else if &meta.path == symbol::DECLARATION {
                let text = value(&meta)?;
                if text.value().starts_with("<?xml ") && text.value().ends_with("?>") {
                    declaration = Some(text);
                } else {
                    broken.push(syn::Error::new(
                        text.span(),
                        "an XML declaration reads `<?xml version=\"1.0\" encoding=\"utf-8\"?>`",
                    ));
                }
            } else if &meta.path == symbol::NAMESPACE {
                namespace = Some(value(&meta)?);
            } else {
                return Err(meta.error(
                    "unknown key on a shape: it takes `content_type = \"...\"`, `crate = \"...\"`, and for a shape sent as XML `root`, `declaration` and `namespace`",
                ));
            }
            Ok(())
        });
        for error in broken {
            errors.push(error);
        }
        if let Err(error) = parsed {
            errors.push(error);
        }
    }
    let is_xml = content_type.as_ref().is_some_and(|content_type| {
        let value = content_type.value();
        let media = value
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        media.ends_with("/xml") || media.ends_with("+xml")
    });
    let xml = if is_xml {
        let root = root.map_or_else(|| input.ident.to_string(), |root| root.value());
        let declaration = declaration.map_or_else(
            || "<?xml version=\"1.0\" encoding=\"utf-8\"?>".to_owned(),
            |declaration| declaration.value(),
        );
        let namespace = match namespace {
            Some(namespace) => quote!(::core::option::Option::Some(#namespace)),
            None => quote!(::core::option::Option::None),
        };
        Some(quote! {
            __ec::body::XmlDocument {
                root: #root,
                declaration: #declaration,
                namespace: #namespace,
            }
        })
    } else {
        for key in [root, declaration, namespace].into_iter().flatten() {
            errors.spanned(
                &key,
                "this lays out a shape sent as XML: give the shape an XML content type, as `content_type = \"application/xml\"`",
            );
        }
        None
    };
    Container {
        content_type,
        krate: krate.unwrap_or_else(|| syn::parse_quote!(::error_catalog)),
        xml,
    }
}

/// A name an XML element can have (ASCII only, which is all the derive
/// accepts).
fn is_xml_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn shape_field<'a>(
    input: &DeriveInput,
    field: &'a syn::Field,
    errors: &mut Errors,
) -> Option<ShapeField<'a>> {
    let ident = field.ident.as_ref()?;
    let mut part = None;
    let mut failed = false;
    for attr in field
        .attrs
        .iter()
        .filter(|attr| attr.path() == symbol::SHAPE)
    {
        let parsed = attr.parse_nested_meta(|meta| {
            if part.is_some() {
                return Err(meta.error("a field takes one part of the error"));
            }
            let path = &meta.path;
            let word = path.get_ident().map(ToString::to_string).unwrap_or_default();
            let Some(symbol) = Symbol::find(symbol::SHAPE_PARTS, &word) else {
                return Err(meta.error(format!(
                    "unknown part of an error{}\n  the parts are {}",
                    crate::suggest::did_you_mean(&word, Symbol::words(symbol::SHAPE_PARTS)),
                    Symbol::words(symbol::SHAPE_PARTS)
                        .map(|part| format!("`{part}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            };
            part = Some(match symbol {
                symbol::CODE_STR | symbol::NAME | symbol::TITLE => Part::Text(symbol),
                symbol::MESSAGE => Part::Message,
                symbol::STATUS => Part::Status,
                symbol::NUMBER => Part::Number,
                symbol::META => {
                    let key: LitStr = meta.value()?.parse()?;
                    Part::MaybeText(quote!(meta(#key)))
                }
                symbol::VALUE => Part::Value(meta.value()?.parse()?),
                symbol::POINTER => Part::Pointer,
                symbol::REQUEST_ID => Part::Context(quote!(id())),
                symbol::TIMESTAMP => Part::Context(quote!(timestamp())),
                symbol::PATH => Part::Context(quote!(path())),
                symbol::TEMPLATE => {
                    let template: LitStr = meta.value()?.parse()?;
                    Part::Template(template_pieces(&template)?)
                }
                symbol::ERRORS => Part::Errors,
                symbol::DETAILS | symbol::PUBLIC => {
                    let adapter = if symbol == symbol::DETAILS { "DetailsOf" } else { "PublicOf" };
                    let ty = option_inner(&field.ty).unwrap_or(&field.ty);
                    let Some(param) = type_param(input, ty) else {
                        return Err(syn::Error::new(
                            field.ty.span(),
                            format!("a `{word}` field's type is a type parameter of the shape (or an `Option` of one), which the derive fills: write `{ident}: D` with `struct ...<D = serde::de::IgnoredAny>`"),
                        ));
                    };
                    Part::Adapter { adapter, param }
                }
                // `resolution`, `doc_url`, `description`: an entry's method
                // of the same name.
                _ => {
                    let method = Ident::new(symbol.word(), path.span());
                    Part::MaybeText(quote!(#method()))
                }
            });
            Ok(())
        });
        if let Err(error) = parsed {
            errors.push(error);
            failed = true;
        }
    }
    // A field whose attribute was wrong has had its error.
    if failed {
        return None;
    }
    let part = part.unwrap_or(Part::Nested);
    let optional = option_inner(&field.ty).is_some();
    let list = is_list(option_inner(&field.ty).unwrap_or(&field.ty));
    if matches!(part, Part::Errors) {
        if !is_vec(&field.ty) {
            errors.spanned(
                &field.ty,
                "the `errors` part is the list of a batch's errors: write `Vec<Item>`, where `Item` is a shape that derives `Shape`",
            );
            return None;
        }
        return Some(ShapeField { field, ident, part });
    }
    if list {
        let what = match &part {
            Part::Nested => "a field without a part is a shape nested in this one",
            _ => "each part of the error is one value",
        };
        errors.spanned(
            &field.ty,
            format!("a list is no part of one error: {what}\n  to list the errors of a batch, mark a `Vec` of a derived shape `#[shape(errors)]`"),
        );
        return None;
    }
    match &part {
        Part::Pointer if !optional => {
            errors.spanned(
                &field.ty,
                "an error may point at nothing (one alone, or an item pushed without a pointer): make the field an `Option`",
            );
            None
        }
        Part::Context(_) if !optional => {
            errors.spanned(
                &field.ty,
                "the request's context is known only under a layer that makes it: make the field an `Option`",
            );
            None
        }
        Part::MaybeText(_) | Part::Number if !optional => {
            errors.spanned(
                &field.ty,
                "an entry may lack this part: make the field an `Option`",
            );
            None
        }
        _ => Some(ShapeField { field, ident, part }),
    }
}

/// The code that pushes each piece of a `template` part onto `text`:
/// literal text, and the parts it names, `{message}`, `{request_id}`,
/// `{timestamp:7}` (with 7 digits of fractions of a second)... A part of
/// the request's context is empty outside a layer that makes one.
fn template_pieces(template: &LitStr) -> syn::Result<Vec<TokenStream>> {
    const NAMES: &str = "`code_str`, `name`, `title`, `message`, `status`, `request_id`, `timestamp` (`{timestamp:7}` for 7 digits of fractions of a second) and `path`";
    let pieces = crate::template::parse(&template.value()).map_err(|problem| {
        syn::Error::new(template.span(), format!("in the template: {problem}"))
    })?;
    let text = Ident::new("text", Span::mixed_site());
    let parts = Ident::new("parts", Span::mixed_site());
    let context = Ident::new("context", Span::mixed_site());
    pieces
        .into_iter()
        .map(|piece| {
            let (name, spec) = match piece {
                crate::template::Piece::Text(literal) => {
                    return Ok(quote!(#text.push_str(#literal);));
                }
                crate::template::Piece::Hole { name, spec } => (name, spec),
            };
            let digits = match (name.as_str(), spec.as_str()) {
                (_, "") => 3,
                ("timestamp", digits) if digits.len() == 1 && digits.as_bytes()[0].is_ascii_digit() => {
                    usize::from(digits.as_bytes()[0] - b'0')
                }
                _ => {
                    return Err(syn::Error::new(
                        template.span(),
                        format!("`{{{name}:{spec}}}` in the template: only `{{timestamp:N}}` takes a spec, its digits of fractions of a second (0 to 9)"),
                    ))
                }
            };
            Ok(match name.as_str() {
                "code_str" | "name" => {
                    let method = Ident::new(&name, Span::call_site());
                    quote!(#text.push_str(__ec::CatalogError::#method(#parts.error));)
                }
                "title" => quote!(#text.push_str(__ec::CatalogError::entry(#parts.error).title());),
                "message" => quote!(#text.push_str(#parts.message);),
                "status" => quote!(#text.push_str(__ec::CatalogError::status(#parts.error).as_str());),
                "request_id" => quote! {
                    if let ::core::option::Option::Some(#context) = #parts.context {
                        #text.push_str(#context.id());
                    }
                },
                "timestamp" => quote! {
                    if let ::core::option::Option::Some(#context) = #parts.context {
                        #text.push_str(&#context.timestamp_to(#digits));
                    }
                },
                "path" => quote! {
                    if let ::core::option::Option::Some(#context) = #parts.context {
                        #text.push_str(#context.path());
                    }
                },
                other => {
                    let meant = crate::suggest::did_you_mean(
                        other,
                        ["code_str", "name", "title", "message", "status", "request_id", "timestamp", "path"],
                    );
                    return Err(syn::Error::new(
                        template.span(),
                        format!("`{{{other}}}` is no part a template takes{meant}\n  it takes {NAMES}"),
                    ));
                }
            })
        })
        .collect()
}

/// `Vec<T>`: what a list of a batch's errors is collected into.
fn is_vec(ty: &Type) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    path.path
        .segments
        .last()
        .is_some_and(|segment| segment.ident == "Vec")
}

/// The type parameter `ty` names, if it is one of `input`'s.
fn type_param(input: &DeriveInput, ty: &Type) -> Option<Ident> {
    let Type::Path(path) = ty else {
        return None;
    };
    let ident = path.path.get_ident()?;
    input
        .generics
        .type_params()
        .any(|param| &param.ident == ident)
        .then(|| ident.clone())
}

/// Every type parameter of the shape is filled by the derive: the one of a
/// `details` or `public` field.
fn check_params(input: &DeriveInput, fields: &[ShapeField], errors: &mut Errors) {
    for param in input.generics.type_params() {
        let used = fields.iter().any(|field| {
            matches!(&field.part, Part::Adapter { param: used, .. } if *used == param.ident)
                || matches!(field.part, Part::Nested) && mentions(&field.field.ty, &param.ident)
        });
        if !used {
            errors.spanned(
                &param.ident,
                "a shape's type parameters are those of its `details` and `public` fields, and of the shapes nested in it",
            );
        }
    }
    let adapters: Vec<(&Ident, &str, &syn::Field)> = fields
        .iter()
        .filter_map(|field| match &field.part {
            Part::Adapter { adapter, param } => Some((param, *adapter, field.field)),
            _ => None,
        })
        .collect();
    for (index, (param, adapter, field)) in adapters.iter().enumerate() {
        if adapters[..index]
            .iter()
            .any(|(earlier, other, _)| earlier == param && other != adapter)
        {
            errors.spanned(
                &field.ty,
                format!("`{param}` is the type of another part already: give the `details` and the `public` fields a type parameter each"),
            );
        }
    }
    if input.generics.const_params().next().is_some() {
        errors.spanned(&input.generics, "a shape takes no const parameters");
    }
}

fn mentions(ty: &Type, ident: &Ident) -> bool {
    quote!(#ty)
        .into_iter()
        .any(|token| matches!(token, proc_macro2::TokenTree::Ident(found) if found == *ident))
}

/// The struct's generics with each type parameter replaced by its adapter
/// over `__E` and each lifetime by `'__p`, for the struct built from parts.
fn filled(input: &DeriveInput, fields: &[ShapeField]) -> TokenStream {
    let ident = &input.ident;
    let args = input.generics.params.iter().map(|param| match param {
        GenericParam::Lifetime(_) => quote!('__p),
        GenericParam::Type(param) => filled_type(input, fields, &param.ident),
        GenericParam::Const(param) => {
            let ident = &param.ident;
            quote!(#ident)
        }
    });
    if input.generics.params.is_empty() {
        quote!(#ident)
    } else {
        quote!(#ident<#(#args),*>)
    }
}

/// What the derive fills the type parameter `param` with: the adapter of
/// its `details` or `public` field, else, for a parameter only nested
/// shapes use, what the nested shape fills it with (`ShapeParam`).
fn filled_type(input: &DeriveInput, fields: &[ShapeField], param: &Ident) -> TokenStream {
    let adapter = fields.iter().find_map(|field| match &field.part {
        Part::Adapter {
            adapter,
            param: used,
        } if used == param => Some(*adapter),
        _ => None,
    });
    if let Some(adapter) = adapter {
        let adapter = Ident::new(adapter, Span::call_site());
        return quote!(__ec::__private::#adapter<'__p, __E>);
    }
    match nested_use(input, fields, param) {
        Some((ty, index)) => quote! {
            <#ty as __ec::__private::ShapeParam<'__p, __E, #index>>::Filled
        },
        None => quote!(()),
    }
}

/// The nested field's type that `param` is a type argument of, with every
/// type parameter of the shape replaced by `()`, and the place of `param`
/// among its type arguments.
fn nested_use(
    input: &DeriveInput,
    fields: &[ShapeField],
    param: &Ident,
) -> Option<(TokenStream, usize)> {
    fields
        .iter()
        .filter(|field| matches!(field.part, Part::Nested))
        .find_map(|field| {
            let (path, index) = type_argument_place(&field.field.ty, param)?;
            let mut path = path.clone();
            if let Some(syn::PathArguments::AngleBracketed(arguments)) = path
                .segments
                .last_mut()
                .map(|segment| &mut segment.arguments)
            {
                for argument in &mut arguments.args {
                    if let syn::GenericArgument::Lifetime(lifetime) = argument {
                        *lifetime = syn::parse_quote!('__p);
                    }
                    if let syn::GenericArgument::Type(ty) = argument {
                        if input
                            .generics
                            .type_params()
                            .any(|param| mentions(ty, &param.ident))
                        {
                            *ty = syn::parse_quote!(());
                        }
                    }
                }
            }
            Some((quote!(#path), index))
        })
}

/// `Inner<'a, P>` and 1 for `param` P: the path of a type written with
/// `param` as one of its type arguments, and which one it is.
fn type_argument_place<'t>(ty: &'t Type, param: &Ident) -> Option<(&'t syn::Path, usize)> {
    let Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(arguments) = &path.path.segments.last()?.arguments
    else {
        return None;
    };
    arguments
        .args
        .iter()
        .filter_map(|argument| match argument {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        })
        .position(|ty| matches!(ty, Type::Path(found) if found.path.is_ident(param)))
        .map(|index| (&path.path, index))
}

/// `ShapeParam<N>` for each type parameter: what the derive fills the `N`th
/// with, so that a shape that nests this one can fill its own the same way.
fn shape_param_impls(input: &DeriveInput, fields: &[ShapeField]) -> TokenStream {
    let ident = &input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let mut generics = input.generics.clone();
    generics.params.insert(0, syn::parse_quote!('__p));
    generics
        .params
        .push(syn::parse_quote!(__E: ?::core::marker::Sized + '__p));
    let (impl_generics, _, _) = generics.split_for_impl();
    input
        .generics
        .type_params()
        .enumerate()
        .map(|(index, param)| {
            let filled = filled_type(input, fields, &param.ident);
            quote! {
                #[automatically_derived]
                impl #impl_generics
                    __ec::__private::ShapeParam<'__p, __E, #index> for #ident #ty_generics
                {
                    type Filled = #filled;
                }
            }
        })
        .collect()
}

fn from_parts_impl(input: &DeriveInput, fields: &[ShapeField]) -> TokenStream {
    let filled = filled(input, fields);
    let parts = Ident::new("parts", Span::mixed_site());
    let values = fields.iter().map(|field| {
        let ident = field.ident;
        let span = field.field.ty.span().resolved_at(Span::mixed_site());
        let optional = option_inner(&field.field.ty).is_some();
        let wrap = |value: TokenStream| {
            if optional {
                quote_spanned!(span=> ::core::option::Option::Some(::core::convert::From::from(#value)))
            } else {
                quote_spanned!(span=> ::core::convert::From::from(#value))
            }
        };
        let value = match &field.part {
            Part::Text(word) => {
                let method = Ident::new(word.word(), Span::call_site());
                if *word == symbol::TITLE {
                    wrap(quote!(__ec::CatalogError::entry(#parts.error).title()))
                } else {
                    wrap(quote!(__ec::CatalogError::#method(#parts.error)))
                }
            }
            Part::Message => wrap(quote!(#parts.message)),
            Part::Status => wrap(quote!(__ec::CatalogError::status(#parts.error).as_u16())),
            Part::Value(value) => wrap(quote!(#value)),
            Part::MaybeText(call) => quote_spanned! {span=>
                __ec::CatalogError::entry(#parts.error).#call.map(::core::convert::From::from)
            },
            Part::Number => quote_spanned! {span=>
                __ec::CatalogError::number(#parts.error).map(::core::convert::From::from)
            },
            Part::Adapter { adapter: name, .. } => {
                let adapter = Ident::new(name, Span::call_site());
                let has = Ident::new(
                    if *name == "DetailsOf" { "has_details" } else { "has_public" },
                    Span::call_site(),
                );
                if optional {
                    quote! {
                        __ec::body::Details::#has(#parts.error)
                            .then(|| __ec::__private::#adapter::new(#parts.error))
                    }
                } else {
                    quote!(__ec::__private::#adapter::new(#parts.error))
                }
            }
            Part::Pointer => quote_spanned! {span=>
                #parts.pointer.map(::core::convert::From::from)
            },
            Part::Template(pieces) => {
                let text = Ident::new("text", Span::mixed_site());
                quote_spanned! {span=>
                    {
                        let mut #text = __ec::__private::String::new();
                        #(#pieces)*
                        ::core::convert::From::from(#text)
                    }
                }
            }
            Part::Context(call) => quote_spanned! {span=>
                #parts.context.map(|context| ::core::convert::From::from(context.#call))
            },
            Part::Errors => {
                // At the field's type, which rustc blames when its items
                // are not a shape.
                let parts = Ident::new("parts", span);
                quote_spanned! {span=>
                    ::core::iter::Iterator::collect(::core::iter::Iterator::map(
                        #parts.items.iter(),
                        __ec::__private::FromParts::from_parts,
                    ))
                }
            }
            Part::Nested => {
                // At the field's type, which rustc blames when it is not a
                // shape.
                let parts = Ident::new("parts", span);
                quote_spanned! {span=>
                    __ec::__private::FromParts::from_parts(#parts)
                }
            }
        };
        quote!(#ident: #value)
    });
    let ident = &input.ident;
    quote! {
        #[automatically_derived]
        impl<'__p, __E> __ec::__private::FromParts<'__p, __E> for #filled
        where
            __E: __ec::CatalogError + __ec::body::Details + ?::core::marker::Sized,
        {
            fn from_parts(#parts: &__ec::__private::Parts<'__p, __E>) -> Self {
                #ident { #(#values,)* }
            }
        }
    }
}

fn shape_impl(
    input: &DeriveInput,
    fields: &[ShapeField],
    content_type: Option<LitStr>,
    xml: Option<TokenStream>,
) -> TokenStream {
    let filled = filled(input, fields);
    let write = |serialize: TokenStream, from: TokenStream| {
        quote! {
            __ec::__private::#serialize(#from, serializer, |parts, serializer| {
                fn build<'__p, __E>(parts: &__ec::__private::Parts<'__p, __E>) -> #filled
                where
                    __E: __ec::CatalogError + __ec::body::Details + ?::core::marker::Sized,
                {
                    __ec::__private::FromParts::from_parts(parts)
                }
                __ec::__private::serde::Serialize::serialize(&build(parts), serializer)
            })
        }
    };
    let shape = shape_impl_with(
        input,
        content_type,
        xml.as_ref(),
        write(quote!(serialize_parts), quote!(error)),
        Some(write(quote!(serialize_batch_parts), quote!(batch))),
    );
    // A shape sent as XML is written by the runtime crate's `xml` feature.
    let require_xml = xml.map(|_| quote!(__ec::__private::require_xml! {}));
    quote!(#shape #require_xml)
}

/// `impl Shape` for the struct: its media type, and `body` as the
/// `serialize_error` that reads `error` and writes to `serializer`. The
/// derived impl and its stand-in differ in the body alone.
fn shape_impl_with(
    input: &DeriveInput,
    content_type: Option<LitStr>,
    xml: Option<&TokenStream>,
    body: TokenStream,
    batch: Option<TokenStream>,
) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let content_type =
        content_type.map(|content_type| quote!(const CONTENT_TYPE: &'static str = #content_type;));
    let xml = xml.map(|xml| {
        quote!(const XML: ::core::option::Option<__ec::body::XmlDocument> = ::core::option::Option::Some(#xml);)
    });
    let batch = batch.map(|body| {
        quote! {
            fn serialize_batch<__E, __S>(
                batch: &__ec::body::Batch<__E>,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __E: __ec::CatalogError + __ec::body::Details,
                __S: __ec::__private::serde::Serializer,
            {
                #body
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics __ec::body::Shape for #ident #ty_generics #where_clause {
            #content_type
            #xml

            fn serialize_error<__E, __S>(
                error: &__E,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __E: __ec::CatalogError + __ec::body::Details + ?::core::marker::Sized,
                __S: __ec::__private::serde::Serializer,
            {
                #body
            }

            #batch
        }
    }
}

fn received_impl(input: &DeriveInput, fields: &[ShapeField]) -> TokenStream {
    let ident = &input.ident;
    // A nested field that is not a shape is reported once, at `FromParts`:
    // here the bound waits until the impl is used.
    let mut bounds = Bounds::default();
    for field in fields
        .iter()
        .filter(|field| matches!(field.part, Part::Nested | Part::Errors))
    {
        let ty = &field.field.ty;
        bounds.always(syn::parse_quote!(for<'__w> #ty: __ec::body::Received));
    }
    let generics = bounds.apply(&input.generics);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let code_str = fields
        .iter()
        .find(|field| matches!(field.part, Part::Text(symbol::CODE_STR)))
        .map(|field| {
            let member = field.ident;
            if option_inner(&field.field.ty).is_some() {
                quote!(self.#member.as_ref().map(::core::convert::AsRef::as_ref))
            } else {
                quote!(::core::option::Option::Some(::core::convert::AsRef::as_ref(&self.#member)))
            }
        });
    let number = fields
        .iter()
        .find(|field| matches!(field.part, Part::Number))
        .map(|field| {
            let member = field.ident;
            quote!(self.#member.map(::core::convert::Into::into))
        });
    let nested: Vec<&Ident> = fields
        .iter()
        .filter(|field| matches!(field.part, Part::Nested | Part::Errors))
        .map(|field| field.ident)
        .collect();
    let code_str = code_str.unwrap_or_else(|| {
        quote!(::core::option::Option::None #(.or_else(|| __ec::body::Received::code_str(&self.#nested)))*)
    });
    let number = number.unwrap_or_else(|| {
        quote!(::core::option::Option::None #(.or_else(|| __ec::body::Received::number(&self.#nested)))*)
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics __ec::body::Received for #ident #ty_generics #where_clause {
            fn code_str(&self) -> ::core::option::Option<&str> {
                #code_str
            }

            fn number(&self) -> ::core::option::Option<u32> {
                #number
            }
        }
    }
}
