//! Code generation: the enum itself, then `Catalog`, `CatalogError`,
//! `Display`, `Error` and `From` impls for a checked catalogue.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::{DeriveInput, Member, Type};

use crate::ast::{Field, Input, Variant};
use crate::attr;
use crate::errors::Errors;
use crate::fallback;
use crate::template::{self, Piece};
use crate::valid::{self, Catalog, Checked};

/// The whole attribute: parse, check, then expand or fall back.
pub(crate) fn error_catalog(args: TokenStream, item: TokenStream) -> TokenStream {
    let parsed: DeriveInput = match syn::parse2(item.clone()) {
        Ok(parsed) => parsed,
        Err(_) => {
            // Not a struct, enum or union: leave the item as it is, so that
            // the only error is this one.
            let error = syn::Error::new(
                Span::call_site(),
                "#[error_catalog] goes on an enum: each variant of the enum is one error code",
            );
            return [error.to_compile_error(), item].into_iter().collect();
        }
    };
    let mut errors = Errors::default();
    let args = attr::catalog_args(args, &mut errors);
    let input = Input::from_syn(&parsed, args, &mut errors);
    let item = without_helper_attrs(&parsed);
    let generated = match valid::check(&input, errors) {
        Ok(catalog) => impls(&catalog),
        Err(errors) => {
            let errors = errors.into_compile_errors();
            let stubs = fallback::stubs(&input);
            quote!(#errors #stubs)
        }
    };
    let generated = match &input.args.krate {
        Some(krate) => reroot(generated, krate),
        None => generated,
    };
    quote!(#item #generated)
}

fn is_keyword(word: &str) -> bool {
    const KEYWORDS: [&str; 25] = [
        "as", "async", "await", "const", "dyn", "else", "enum", "extern", "fn", "for", "if",
        "impl", "in", "let", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
        "struct", "use", "where",
    ];
    KEYWORDS.contains(&word)
}

/// The generated code names the runtime crate `::error_catalog`; with
/// `crate = "..."` every such path starts at the given one instead.
fn reroot(tokens: TokenStream, krate: &syn::Path) -> TokenStream {
    use proc_macro2::{Group, TokenTree};
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < tokens.len() {
        let is_root = matches!(
            (&tokens[i], tokens.get(i + 1), tokens.get(i + 2)),
            (TokenTree::Punct(a), Some(TokenTree::Punct(b)), Some(TokenTree::Ident(name)))
                if a.as_char() == ':' && b.as_char() == ':' && name == "error_catalog"
        );
        // `a::error_catalog` is some other path; `as ::error_catalog`,
        // `'static ::error_catalog` and the like start at the root.
        let follows_path = i > 0
            && matches!(&tokens[i - 1], TokenTree::Ident(previous) if !is_keyword(&previous.to_string()));
        if is_root && !follows_path {
            krate.to_tokens(&mut out);
            i += 3;
            continue;
        }
        match &tokens[i] {
            TokenTree::Group(group) => {
                let mut rerooted = Group::new(group.delimiter(), reroot(group.stream(), krate));
                rerooted.set_span(group.span());
                out.extend([TokenTree::Group(rerooted)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
}

/// The item as the user wrote it, minus the attributes that only this
/// macro understands and that rustc would reject.
fn without_helper_attrs(item: &DeriveInput) -> DeriveInput {
    let mut item = item.clone();
    let strip_fields = |fields: &mut syn::Fields| {
        for field in fields.iter_mut() {
            field.attrs.retain(|attr| {
                !attr::is_cfg_attr_helper(attr)
                    && !["source", "from", "details"]
                        .iter()
                        .any(|marker| attr.path().is_ident(marker))
            });
        }
    };
    match &mut item.data {
        syn::Data::Enum(data) => {
            for variant in &mut data.variants {
                variant.attrs.retain(|attr| {
                    !attr.path().is_ident("error") && !attr::is_cfg_attr_helper(attr)
                });
                strip_fields(&mut variant.fields);
            }
        }
        syn::Data::Struct(data) => strip_fields(&mut data.fields),
        syn::Data::Union(_) => {}
    }
    item
}

fn impls(catalog: &Catalog) -> TokenStream {
    let statics = statics(catalog);
    let catalog_impl = catalog_impl(catalog);
    let catalog_error_impl = catalog_error_impl(catalog);
    let display_impl = display_impl(catalog);
    let error_impl = error_impl(catalog);
    let details_impl = details_impl(catalog);
    let response_impl = response_impl(catalog);
    let from_impls = from_impls(catalog.input);
    let transparent_from_impls = transparent_from_impls(catalog);
    // One block, so that the statics the impls share stay out of the
    // user's namespace.
    quote! {
        const _: () = {
            #statics
            #catalog_impl
            #catalog_error_impl
            #display_impl
            #error_impl
            #details_impl
            #response_impl
            #from_impls
            #transparent_from_impls
        };
    }
}

/// The static of the entries the enum declares itself, sorted by code.
const DIRECT: &str = "__ERROR_CATALOG_DIRECT";

/// The static of those entries' indices, sorted by code string.
const ORDER: &str = "__ERROR_CATALOG_BY_CODE_STR";

fn direct_static() -> Ident {
    format_ident!("{}", DIRECT)
}

fn order_static() -> Ident {
    format_ident!("{}", ORDER)
}

/// With transparent variants: every entry, the catalogues' and its own.
fn merged_static() -> Ident {
    format_ident!("__ERROR_CATALOG_MERGED")
}

fn retired_static() -> Ident {
    format_ident!("__ERROR_CATALOG_RETIRED")
}

/// The statics behind `ENTRIES`, `RETIRED`, `entry()` and `lookup_str`. A
/// `static` gives every entry one address, whichever path hands it out.
fn statics(catalog: &Catalog) -> TokenStream {
    let count = catalog.by_code.len();
    let mut source = format!("static {DIRECT}: [::error_catalog::Entry; {count}] = [\n");
    for &index in &catalog.by_code {
        source.push_str(&entry_text(&catalog.variants[index]));
        source.push_str(",\n");
    }
    source.push_str(&format!("];\nstatic {ORDER}: [u32; {count}] = ["));
    for position in &catalog.by_code_str {
        source.push_str(&format!("{position},"));
    }
    source.push_str("];\n");
    let direct_statics = parse_text(&source);
    let direct = direct_static();
    if catalog.transparent.is_empty() {
        return direct_statics;
    }
    let owner = catalog.input.item.ident.to_string();
    let prefix = optional(catalog.prefix.as_ref());
    let range = match catalog.range {
        Some((first, last)) => quote!(::core::option::Option::Some((#first, #last))),
        None => quote!(::core::option::Option::None),
    };
    let parts = catalog.transparent.iter().map(|transparent| {
        let ty = &transparent.field.original.ty;
        let name = type_name(ty);
        quote!(::error_catalog::__private::Part::of::<#ty>(#name))
    });
    let retired = retired_ranges(catalog);
    let (merged, merged_retired) = (merged_static(), retired_static());
    // Spanned on the attribute: a clash between catalogues is reported there.
    quote! {
        #direct_statics
        const PARTS: &[::error_catalog::__private::Part] = &[
            #(#parts,)*
            ::error_catalog::__private::Part::direct(#owner, #prefix, &#direct, &[#(#retired),*]),
        ];
        const LEN: usize = ::error_catalog::__private::merged_len(PARTS);
        static #merged: [::error_catalog::Entry; LEN] =
            ::error_catalog::__private::merge::<LEN>(#owner, #prefix, #range, PARTS);
        const RETIRED_LEN: usize = ::error_catalog::__private::retired_len(PARTS);
        static #merged_retired: [::core::ops::RangeInclusive<u32>; RETIRED_LEN] =
            ::error_catalog::__private::merge_retired::<RETIRED_LEN>(PARTS);
    }
}

fn retired_ranges(catalog: &Catalog) -> Vec<TokenStream> {
    catalog
        .retired
        .iter()
        .map(|&(start, end)| quote!(#start..=#end))
        .collect()
}

fn type_name(ty: &Type) -> String {
    crate::case::compact(&ty.to_token_stream().to_string())
}

fn catalog_impl(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.input.item.ident;
    let (impl_generics, ty_generics, where_clause) = catalog.input.item.generics.split_for_impl();
    let title = optional(catalog.title.as_ref());
    let prefix = optional(catalog.prefix.as_ref());
    let range_label = optional(catalog.range_label.as_ref());
    let range = match catalog.range {
        Some((first, last)) => quote!(::core::option::Option::Some(#first..=#last)),
        None => quote!(::core::option::Option::None),
    };
    let direct = direct_static();
    let lookups = lookups(catalog);
    let (entries, retired) = if catalog.transparent.is_empty() {
        let retired = retired_ranges(catalog);
        (quote!(&#direct), quote!(&[#(#retired),*]))
    } else {
        let (merged, merged_retired) = (merged_static(), retired_static());
        (quote!(&#merged), quote!(&#merged_retired))
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics ::error_catalog::Catalog for #ident #ty_generics #where_clause {
            const ENTRIES: &'static [::error_catalog::Entry] = #entries;
            const TITLE: ::core::option::Option<&'static str> = #title;
            const PREFIX: ::core::option::Option<&'static str> = #prefix;
            const RANGE: ::core::option::Option<::core::ops::RangeInclusive<u32>> = #range;
            const RANGE_LABEL: ::core::option::Option<&'static str> = #range_label;
            const RETIRED: &'static [::core::ops::RangeInclusive<u32>] = #retired;

            #lookups
        }
    }
}

/// `lookup` as the `match` a person would write (compiled to jump tables
/// and a decision tree), and `lookup_str` reading the number back out of
/// the code string. A composed catalogue searches its merged entries and
/// asks each wrapped catalogue.
fn lookups(catalog: &Catalog) -> TokenStream {
    let (direct, order) = (direct_static(), order_static());
    if !catalog.transparent.is_empty() {
        let wrapped = catalog
            .transparent
            .iter()
            .map(|transparent| &transparent.field.original.ty);
        return quote! {
            fn lookup_str(code: &str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
                ::error_catalog::__private::lookup_str(&#direct, &#order, code)
                    #(.or_else(|| <#wrapped as ::error_catalog::Catalog>::lookup_str(code)))*
            }
        };
    }
    let mut source = String::new();
    for (position, &index) in catalog.by_code.iter().enumerate() {
        let code = catalog.variants[index].code;
        source.push_str(&format!("{code} => Option::Some(&{DIRECT}[{position}]),\n"));
    }
    let arms = parse_text(&source);
    let imports = parse_text(USE_OPTION);
    let lookup_str = match &catalog.code_lead {
        Some(lead) => quote! {
            ::error_catalog::__private::lookup_code_str(code, #lead, <Self as ::error_catalog::Catalog>::lookup)
        },
        None => quote!(::error_catalog::__private::lookup_str(&#direct, &#order, code)),
    };
    quote! {
        fn lookup(code: u32) -> ::core::option::Option<&'static ::error_catalog::Entry> {
            #imports
            match code {
                #arms
                _ => Option::None,
            }
        }

        fn lookup_str(code: &str) -> ::core::option::Option<&'static ::error_catalog::Entry> {
            #lookup_str
        }
    }
}

/// `Self::V { 0: inner, .. } => body(inner)` for each transparent variant.
fn transparent_arms(catalog: &Catalog, body: impl Fn(&Ident) -> TokenStream) -> Vec<TokenStream> {
    let inner = Ident::new("inner", Span::mixed_site());
    catalog
        .transparent
        .iter()
        .map(|transparent| {
            let ident = transparent.variant.ident();
            let member = &transparent.field.member;
            let body = body(&inner);
            quote!(Self::#ident { #member: #inner, .. } => #body)
        })
        .collect()
}

fn transparent_from_impls(catalog: &Catalog) -> TokenStream {
    catalog
        .transparent
        .iter()
        .map(|transparent| {
            let field = transparent.field;
            from_impl(
                catalog.input.item,
                transparent.variant.ident(),
                &field.member,
                &field.original.ty,
            )
        })
        .collect()
}

/// `impl From<ty> for Enum`, wrapping the value in the variant's one field:
/// for `#[from]` fields and for transparent variants alike.
fn from_impl(item: &DeriveInput, variant: &Ident, member: &Member, ty: &Type) -> TokenStream {
    let ident = &item.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let value = Ident::new("value", Span::mixed_site());
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ty> for #ident #ty_generics #where_clause {
            fn from(#value: #ty) -> Self {
                Self::#variant { #member: #value }
            }
        }
    }
}

/// Parses code the expansion wrote as text. The parts with one line per
/// variant per accessor carry no span the user could be pointed to, and
/// building them token by token costs far more (every token crosses the
/// compiler's proc-macro bridge) than handing the compiler one string.
///
/// Inside the compiler the text goes straight to its lexer: proc-macro2's
/// own `FromStr` first lexes the whole text a second time to validate it,
/// in the macro's usually unoptimised build, which cost more than the rest
/// of the macro together. The text is ours, written from escaped literals
/// and identifiers the compiler already lexed, so it needs no such check.
/// Outside the compiler (unit tests) proc-macro2 parses it.
fn parse_text(source: &str) -> TokenStream {
    if proc_macro::is_available() {
        if let Ok(tokens) = source.parse::<proc_macro::TokenStream>() {
            return tokens.into();
        }
    }
    source.parse().unwrap_or_else(|_| {
        quote!(::core::compile_error!(
            "error_catalog wrote code it cannot parse; please report this as a bug"
        );)
    })
}

/// The pattern that matches a variant whatever its fields: `Self::A`,
/// `Self::A(..)` or `Self::A { .. }`.
fn pattern_text(variant: &Variant) -> String {
    let ident = variant.ident();
    match &variant.original.fields {
        syn::Fields::Unit => format!("Self::{ident}"),
        syn::Fields::Unnamed(_) => format!("Self::{ident}(..)"),
        syn::Fields::Named(_) => format!("Self::{ident} {{ .. }}"),
    }
}

/// `"text"` as a Rust string literal.
fn literal_text(text: &str) -> String {
    format!("{text:?}")
}

/// The long per-variant matches start with these imports, so that each arm
/// names `Option::Some` rather than the full path: a quarter fewer tokens for
/// the compiler to read, resolve and lower. The imports live in the body of
/// a generated function, where nothing of the user's is named but variants
/// (as `Self::V`) and field bindings (which no imported type can shadow).
const USE_OPTION: &str = "use ::core::option::Option;";
const USE_STATUS: &str = "use ::error_catalog::http::StatusCode;";
const USE_COW: &str = "use ::error_catalog::__private::Cow;";

/// `Option::Some("text")` or `Option::None`, under [`USE_OPTION`].
fn optional_text(text: Option<&str>) -> String {
    match text {
        Some(text) => format!("Option::Some({})", literal_text(text)),
        None => "Option::None".to_owned(),
    }
}

/// The arms `Self::A => value,` of every variant with a code of its own.
fn direct_arms(catalog: &Catalog, value: impl Fn(usize, &Checked) -> String) -> TokenStream {
    let mut source = String::new();
    for (index, checked) in catalog.variants.iter().enumerate() {
        source.push_str(&pattern_text(checked.variant));
        source.push_str(" => ");
        source.push_str(&value(index, checked));
        source.push_str(",\n");
    }
    parse_text(&source)
}

/// For each variant, its position in `ENTRIES`.
fn positions(catalog: &Catalog) -> Vec<usize> {
    let mut positions = vec![0; catalog.variants.len()];
    for (position, &index) in catalog.by_code.iter().enumerate() {
        positions[index] = position;
    }
    positions
}

/// `StatusCode::NOT_FOUND` for 404 (under [`USE_STATUS`]): a plain constant
/// where `http` names the status, which costs the compiler less than
/// evaluating a `const` block for each variant; `const { __status(499) }`
/// for the few it does not name.
fn status_text(status: u16) -> String {
    match crate::status::name_of(status) {
        Some(name) => format!("StatusCode::{name}"),
        None => format!("const {{ ::error_catalog::__status({status}) }}"),
    }
}

fn optional<T: ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

fn entry_text(variant: &Checked) -> String {
    format!(
        "::error_catalog::Entry::__row({}, {}, {}, {}, {}, {}, {}, {})",
        variant.code,
        literal_text(&variant.code_str),
        literal_text(&variant.name),
        variant.status,
        literal_text(&variant.template),
        literal_text(variant.resolution.as_deref().unwrap_or_default()),
        literal_text(&variant.title),
        literal_text(variant.doc_url.as_deref().unwrap_or_default()),
    )
}

fn catalog_error_impl(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.input.item.ident;
    let generics = with_format_bounds(catalog);
    // `Error` is a supertrait; with type parameters it holds only under the
    // bounds of the `Display` and `Error` impls.
    let generics = if generics.type_params().next().is_some() {
        with_predicate(&generics, syn::parse_quote!(Self: ::std::error::Error))
    } else {
        generics
    };
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let positions = positions(catalog);
    let entry_arms = direct_arms(catalog, |index, _| {
        format!("&{DIRECT}[{}]", positions[index])
    });
    let wrapped_entry = transparent_arms(
        catalog,
        |inner| quote!(::error_catalog::CatalogError::entry(#inner)),
    );
    let messages = message_match(
        catalog.variants.iter().map(|checked| (checked, None)),
        &transparent_arms(
            catalog,
            |inner| quote!(::error_catalog::CatalogError::message(#inner)),
        ),
    );
    let public_differs = catalog
        .variants
        .iter()
        .any(|checked| checked.public_message.is_some());
    let public_message = (public_differs || !catalog.transparent.is_empty()).then(|| {
        let messages = message_match(
            catalog
                .variants
                .iter()
                .map(|checked| (checked, checked.public_message.as_deref())),
            &transparent_arms(
                catalog,
                |inner| quote!(::error_catalog::CatalogError::public_message(#inner)),
            ),
        );
        quote! {
            fn public_message(&self) -> ::error_catalog::__private::Cow<'static, str> {
                #messages
            }
        }
    });
    // Each accessor is its own `match` of constants, as hand-written code
    // would be, rather than a read through `entry()`: one load, no pointer.
    let accessor = |method: TokenStream,
                    ty: TokenStream,
                    imports: &str,
                    value: &dyn Fn(&Checked) -> String| {
        let arms = direct_arms(catalog, |_, checked| value(checked));
        let imports = parse_text(imports);
        let wrapped = transparent_arms(
            catalog,
            |inner| quote!(::error_catalog::CatalogError::#method(#inner)),
        );
        quote! {
            #[inline]
            fn #method(&self) -> #ty {
                #imports
                match self {
                    #arms
                    #(#wrapped,)*
                }
            }
        }
    };
    let code = accessor(quote!(code), quote!(u32), "", &|checked| {
        checked.code.to_string()
    });
    let code_str = accessor(quote!(code_str), quote!(&'static str), "", &|checked| {
        literal_text(&checked.code_str)
    });
    let name = accessor(quote!(name), quote!(&'static str), "", &|checked| {
        literal_text(&checked.name)
    });
    // `imports` only where an arm uses them: rustc would not report an
    // unused one in a macro's output, but it would be dead code for whoever
    // reads the expansion. `const { __status(499) }` needs no import.
    let status = accessor(
        quote!(status),
        quote!(::error_catalog::http::StatusCode),
        if catalog
            .variants
            .iter()
            .any(|checked| crate::status::name_of(checked.status).is_some())
        {
            USE_STATUS
        } else {
            ""
        },
        &|checked| status_text(checked.status),
    );
    let resolution = accessor(
        quote!(resolution),
        quote!(::core::option::Option<&'static str>),
        if catalog.variants.is_empty() {
            ""
        } else {
            USE_OPTION
        },
        &|checked| optional_text(checked.resolution.as_deref()),
    );
    quote! {
        #[automatically_derived]
        impl #impl_generics ::error_catalog::CatalogError for #ident #ty_generics #where_clause {
            fn entry(&self) -> &'static ::error_catalog::Entry {
                match self {
                    #entry_arms
                    #(#wrapped_entry,)*
                }
            }

            #code
            #code_str
            #name
            #status
            #resolution

            fn message(&self) -> ::error_catalog::__private::Cow<'static, str> {
                #messages
            }

            #public_message
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
    I: Iterator<Item = (&'a Checked<'a>, Option<&'a [Piece]>)>,
{
    // Arms without user spans are written as text, the others as tokens.
    // `Cow` is imported for the borrowed arms (see `USE_OPTION`); it names a
    // type, which no field binding in a pattern can collide with.
    let mut imports = "";
    let mut text_arms = String::new();
    let mut token_arms = TokenStream::new();
    for (checked, own) in messages {
        let pieces = own.unwrap_or(&checked.message);
        let pattern = pattern_text(checked.variant);
        if let Some(text) = template::plain_text(pieces) {
            imports = USE_COW;
            text_arms.push_str(&format!(
                "{pattern} => Cow::Borrowed({}),\n",
                literal_text(&text)
            ));
        } else if own.is_none() {
            // Through `Display`, so that a field that cannot be formatted is
            // reported once; into a buffer sized for the template, as
            // `format!` would size it.
            let capacity = pieces
                .iter()
                .map(|piece| match piece {
                    Piece::Text(text) => text.len(),
                    Piece::Hole { .. } => 16,
                })
                .sum::<usize>();
            text_arms.push_str(&format!(
                "{pattern} => ::error_catalog::__private::display_to_owned(self, {capacity}),\n"
            ));
        } else {
            let (pattern, format) = format_arm(checked.variant, pieces);
            token_arms.extend(quote!(#pattern => ::error_catalog::__private::Cow::Owned(::std::format!(#format)),));
        }
    }
    let imports = parse_text(imports);
    let text_arms = parse_text(&text_arms);
    quote! {
        #imports
        match self {
            #text_arms
            #token_arms
            #(#wrapped,)*
        }
    }
}

/// `Details`, for `Flat` bodies: the `#[details]` field, or `null`.
fn details_impl(catalog: &Catalog) -> TokenStream {
    let input = catalog.input;
    let ident = &input.item.ident;
    let serializer = Ident::new("serializer", Span::mixed_site());
    let mut generics = input.item.generics.clone();
    let mut arms = Vec::new();
    for variant in &input.variants {
        let Some(field) = variant.details() else {
            continue;
        };
        let variant_ident = variant.ident();
        let member = &field.member;
        add_bound_if_generic(
            &mut generics,
            &field.original.ty,
            &quote!(::error_catalog::__private::serde::Serialize),
        );
        // Spanned on the field's type, so that a type which is not
        // `Serialize` is blamed there.
        let details = Ident::new("details", ty_span(&field.original.ty));
        let call = quote_spanned! {ty_span(&field.original.ty)=>
            ::error_catalog::__private::serde::Serialize::serialize(#details, #serializer)
        };
        arms.push(quote!(Self::#variant_ident { #member: #details, .. } => #call));
    }
    arms.extend(transparent_arms(
        catalog,
        |inner| quote!(::error_catalog::body::Details::serialize_details(#inner, #serializer)),
    ));
    if arms.len() < input.variants.len() {
        arms.push(quote!(_ => #serializer.serialize_none()));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        ::error_catalog::__with_serde! {
            #[automatically_derived]
            impl #impl_generics ::error_catalog::body::Details for #ident #ty_generics #where_clause {
                fn serialize_details<S: ::error_catalog::__private::serde::Serializer>(
                    &self,
                    #serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    match self {
                        #(#arms,)*
                    }
                }
            }
        }
    }
}

/// The local name a field is bound to in generated `match` arms. Hygienic,
/// so it can neither capture nor be captured by the user's own names.
fn binding(field: &Field) -> Ident {
    let name = match &field.member {
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

fn display_impl(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.input.item.ident;
    let formatter = Ident::new("formatter", Span::mixed_site());
    let mut arms: Vec<TokenStream> = catalog
        .variants
        .iter()
        .map(|checked| {
            let variant = checked.variant.ident();
            if let Some(text) = template::plain_text(&checked.message) {
                return quote!(Self::#variant { .. } => #formatter.write_str(#text));
            }
            let (pattern, format) = format_arm(checked.variant, &checked.message);
            quote!(#pattern => ::core::write!(#formatter, #format))
        })
        .collect();
    arms.extend(transparent_arms(
        catalog,
        |inner| quote!(::core::fmt::Display::fmt(#inner, #formatter)),
    ));
    let generics = with_format_bounds(catalog);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, #formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#arms,)*
                }
            }
        }
    }
}

/// `Self::V { kind: kind, .. }` and `"Invalid {kind}"`: the pattern binding
/// the fields a message uses, and the message as a format string over those
/// bindings.
fn format_arm(variant: &Variant, pieces: &[Piece]) -> (TokenStream, syn::LitStr) {
    let mut format = String::new();
    let mut used: Vec<&Field> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Piece::Hole { name, spec } => {
                let Some(field) = variant
                    .fields
                    .iter()
                    .find(|f| f.placeholder_name() == *name)
                else {
                    continue;
                };
                format.push('{');
                format.push_str(&binding(field).to_string());
                if !spec.is_empty() {
                    format.push(':');
                    format.push_str(spec);
                }
                format.push('}');
                if !used.iter().any(|f| f.member == field.member) {
                    used.push(field);
                }
            }
        }
    }
    let ident = variant.ident();
    let members = used.iter().map(|field| &field.member);
    let bindings = used.iter().map(|field| binding(field));
    let pattern = quote!(Self::#ident { #(#members: #bindings,)* .. });
    let span = message_span(variant).resolved_at(Span::mixed_site());
    (pattern, syn::LitStr::new(&format, span))
}

/// The enum's generics plus a `Display` (or `Debug`) bound for each field of
/// generic type that a message formats.
fn with_format_bounds(catalog: &Catalog) -> syn::Generics {
    let mut generics = catalog.input.item.generics.clone();
    for checked in &catalog.variants {
        for piece in &checked.message {
            let Piece::Hole { name, spec } = piece else {
                continue;
            };
            let Some(field) = checked
                .variant
                .fields
                .iter()
                .find(|f| f.placeholder_name() == *name)
            else {
                continue;
            };
            let fmt_trait = if spec.ends_with('?') {
                quote!(Debug)
            } else {
                quote!(Display)
            };
            add_bound_if_generic(
                &mut generics,
                &field.original.ty,
                &quote!(::core::fmt::#fmt_trait),
            );
        }
    }
    generics
}

/// Where rustc should point when a field cannot be formatted: the message.
fn message_span(variant: &Variant) -> Span {
    match (&variant.error, &variant.doc) {
        (
            Some(attr::ErrorArgs {
                message: Some(lit), ..
            }),
            _,
        ) => lit.span(),
        (_, Some(doc)) => doc.span,
        _ => variant.ident().span(),
    }
}

/// `generics` with one more where-clause predicate.
pub(crate) fn with_predicate(
    generics: &syn::Generics,
    predicate: syn::WherePredicate,
) -> syn::Generics {
    let mut generics = generics.clone();
    generics.make_where_clause().predicates.push(predicate);
    generics
}

fn add_bound_if_generic(generics: &mut syn::Generics, ty: &Type, bound: &TokenStream) {
    if !crate::ast::mentions_type_param(generics, ty.to_token_stream()) {
        return;
    }
    *generics = with_predicate(generics, syn::parse_quote!(#ty: #bound));
}

fn error_impl(catalog: &Catalog) -> TokenStream {
    let input = catalog.input;
    let ident = &input.item.ident;
    let mut generics = if input.item.generics.type_params().next().is_some() {
        with_predicate(
            &input.item.generics,
            syn::parse_quote!(Self: ::core::fmt::Debug + ::core::fmt::Display),
        )
    } else {
        input.item.generics.clone()
    };
    let mut arms = Vec::new();
    for variant in &input.variants {
        let Some(field) = variant.source() else {
            continue;
        };
        let variant_ident = variant.ident();
        let member = &field.member;
        let source = Ident::new("source", ty_span(&field.original.ty));
        add_bound_if_generic(
            &mut generics,
            &field.original.ty,
            &quote!(::std::error::Error + 'static),
        );
        let ty = &field.original.ty;
        // The field's own span, so that a source type which is not an error
        // is blamed on the field.
        arms.push(quote_spanned! {ty_span(ty)=>
            Self::#variant_ident { #member: #source, .. } => {
                // Method syntax, so that `Box<dyn Error>` derefs to its error.
                use ::error_catalog::__private::AsDynError as _;
                ::core::option::Option::Some(#source.as_dyn_error())
            }
        });
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    arms.extend(transparent_arms(
        catalog,
        |inner| quote!(::std::error::Error::source(#inner)),
    ));

    let source_method = (!arms.is_empty()).then(|| {
        let fallthrough =
            (arms.len() < input.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    #(#arms,)*
                    #fallthrough
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics ::std::error::Error for #ident #ty_generics #where_clause {
            #source_method
        }
    }
}

fn ty_span(ty: &Type) -> Span {
    syn::spanned::Spanned::span(ty).resolved_at(Span::mixed_site())
}

/// axum's `IntoResponse`, when the runtime crate's `axum` feature is on.
fn response_impl(catalog: &Catalog) -> TokenStream {
    let ident = &catalog.input.item.ident;
    let generics = &catalog.input.item.generics;
    let generics = if generics.type_params().next().is_some() {
        with_predicate(
            generics,
            syn::parse_quote!(Self: ::error_catalog::CatalogError),
        )
    } else {
        generics.clone()
    };
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        ::error_catalog::__with_axum! {
            #[automatically_derived]
            impl #impl_generics ::error_catalog::__private::axum_core::response::IntoResponse
                for #ident #ty_generics #where_clause
            {
                fn into_response(self) -> ::error_catalog::__private::axum_core::response::Response {
                    ::error_catalog::axum::response(&self)
                }
            }
        }
    }
}

/// `From` impls for `#[from]` fields. Also emitted by the fallback, so that
/// `?` keeps compiling while another attribute is being fixed.
pub(crate) fn from_impls(input: &Input) -> TokenStream {
    let mut types = std::collections::HashSet::new();
    let impls = input.variants.iter().filter_map(|variant| {
        let field = variant.field_with_from()?;
        // A second impl for one type only repeats the error `valid` reports.
        let first_of_its_type = types.insert(field.original.ty.to_token_stream().to_string());
        if variant.fields.len() != 1 || !first_of_its_type {
            return None;
        }
        Some(from_impl(
            input.item,
            variant.ident(),
            &field.member,
            &field.original.ty,
        ))
    });
    impls.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = r#"
        /// Metrics
        #[derive(Debug)]
        pub enum MetricsError<T: Clone> {
            #[error(code = 1002, http = 502, message = "Upstream failed: {0}")]
            Upstream(#[source] std::io::Error),
            #[error(code = 1000, http = NOT_FOUND, message = "Metric {name} of {value} was not found",
                    resolution = "Check it")]
            MetricNotFound { name: String, value: T },
            #[error(code = 1001, http = 400)]
            /// From the docs.
            Documented(#[details] Vec<u8>),
            #[error(transparent)]
            Inner(InnerError),
        }
    "#;

    fn expand(args: &str, item: &str) -> String {
        error_catalog(args.parse().unwrap(), item.parse().unwrap()).to_string()
    }

    #[test]
    fn expansion_is_deterministic() {
        let args = r#"prefix = "ANALYTICS", range = 1000..=1099, retired = [1050]"#;
        let first = expand(args, ITEM);
        // Each run builds its hash maps with fresh random keys.
        for _ in 0..8 {
            assert_eq!(expand(args, ITEM), first);
        }
        let broken = r#"prefix = "analytics", range = 1099..1000"#;
        let first_errors = expand(broken, ITEM);
        assert!(first_errors.contains("compile_error"));
        for _ in 0..8 {
            assert_eq!(expand(broken, ITEM), first_errors);
        }
    }

    #[test]
    fn crate_path_reroots_every_generated_path() {
        let expanded = expand(r#"crate = "::catalog", prefix = "ANALYTICS""#, ITEM);
        assert!(!expanded.contains("error_catalog"), "{expanded}");
        assert!(expanded.contains(":: catalog :: Entry"));
        let fallback = expand(r#"crate = "::catalog", prefix = "lower""#, ITEM);
        assert!(fallback.contains("compile_error"));
        assert!(!fallback.contains(":: error_catalog"), "{fallback}");
    }

    #[test]
    fn the_item_is_kept_without_helper_attributes() {
        let expanded = expand(r#"prefix = "ANALYTICS""#, ITEM);
        let item: syn::File = syn::parse_str(&expanded).unwrap();
        let Some(syn::Item::Enum(kept)) = item.items.first() else {
            panic!("the enum comes first: {expanded}");
        };
        for variant in &kept.variants {
            assert!(!variant
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("error")));
            for field in &variant.fields {
                assert!(field.attrs.is_empty(), "{}", variant.ident);
            }
        }
        assert!(kept.attrs.iter().any(|attr| attr.path().is_ident("derive")));
    }

    /// Pieces of attribute syntax, right and wrong, for the fuzzer below,
    /// besides every key the parser knows (`attr::CATALOG_KEYS`, `ERROR_KEYS`).
    const SYNTAX: &[&str] = &[
        "=",
        ",",
        "..",
        "..=",
        "::",
        "!",
        "-",
        "[",
        "]",
        "(",
        ")",
        "0",
        "1000",
        "1099",
        "4294967295",
        "4294967296",
        "99999999999999999999",
        "7u8",
        "1.5",
        "'c'",
        "NOT_FOUND",
        "OK",
        "u32",
        "MAX",
        "\"x\"",
        "\"\"",
        "\"{a}\"",
        "\"{0}\"",
        "\"{\"",
        "\"}\"",
        "\"{prefix}{code}\"",
        "\"::x\"",
        "b\"x\"",
        "r\"{a}\"",
        "\"é\"",
    ];

    fn soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let words: Vec<&str> = [attr::CATALOG_KEYS, attr::ERROR_KEYS, SYNTAX].concat();
        proptest::collection::vec(proptest::sample::select(words), 0..14)
            .prop_map(|words| words.join(" "))
    }

    proptest::proptest! {
        /// Whatever the attributes hold, the macro answers with tokens
        /// (code or `compile_error!`), never a panic.
        #[test]
        fn never_panics(args in soup(), first in soup(), second in soup()) {
            let item = format!(
                "#[derive(Debug)] enum E<T> {{ #[error({first})] A {{ a: T }}, #[error({second})] B(#[source] X), C }}"
            );
            if let (Ok(args), Ok(item)) = (args.parse(), item.parse()) {
                let expanded = error_catalog(args, item).to_string();
                proptest::prop_assert!(expanded.contains("enum E"));
            }
        }
    }
}
