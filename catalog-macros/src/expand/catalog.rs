//! The entry table and the `Catalog` impl: constants, `ENTRIES` and the
//! lookups. A composed catalogue merges its parts' tables in const
//! evaluation.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use super::generics::{impl_header, Bounds};
use super::text::Source;
use super::tokens::{category, category_item, optional, ty_span};
use crate::model::{Bounds as CodeBounds, Catalog, Entry};

/// The static of the entries the enum declares itself, sorted by code.
pub(super) const DIRECT: &str = "__ERROR_CATALOG_DIRECT";
/// The static of those entries' positions, sorted by code string.
const BY_CODE_STR: &str = "__ERROR_CATALOG_BY_CODE_STR";
/// With transparent variants: every entry, the wrapped catalogues' and its own.
const MERGED: &str = "__ERROR_CATALOG_MERGED";
const MERGED_RETIRED: &str = "__ERROR_CATALOG_RETIRED";
/// The function that gives the catalogue's own locales.
pub(super) const LOCALES_FN: &str = "__error_catalog_locales";
/// With transparent variants: the sections of the catalogues it wraps, and
/// its own.
const SECTIONS: &str = "__ERROR_CATALOG_SECTIONS";

/// The statics behind `ENTRIES`, `RETIRED`, `entry()` and `lookup_str`. A
/// `static` gives every entry one address, whichever path hands it out.
pub(super) fn statics(catalog: &Catalog) -> TokenStream {
    let count = catalog.entries.len();
    let mut source = Source::default();
    source
        .code(if catalog.without_numbers {
            "use __ec::__private::row_without_number as __srow;\nstatic "
        } else {
            "use __ec::__private::row as __row;\nstatic "
        })
        .code(DIRECT)
        .code(": [__ec::Entry; ")
        .number(count)
        .code("] = [\n");
    for entry in &catalog.entries {
        if catalog.without_numbers {
            source.code("__srow(");
        } else {
            source.code("__row(").number(entry.code).code(", ");
        }
        source
            .string(&entry.code_str)
            .code(", ")
            .string(&entry.name)
            .code(", ")
            .number(entry.status)
            .code(", ")
            .string(&entry.template)
            .code(", ")
            .string(entry.resolution.as_deref().unwrap_or_default())
            .code(", ")
            .string(&entry.title)
            .code(", ")
            .string(entry.doc_url.as_deref().unwrap_or_default())
            .code(")");
        if let Some(public) = &entry.public_template {
            source
                .code(".with_public_message(")
                .string(public)
                .code(")");
        }
        if let Some(description) = &entry.description {
            source
                .code(".with_description(")
                .string(description)
                .code(")");
        }
        if !entry.metadata.is_empty() {
            source.code(".with_metadata(&[");
            for (key, value) in &entry.metadata {
                source
                    .code("(")
                    .string(key)
                    .code(", ")
                    .string(value)
                    .code("),");
            }
            source.code("])");
        }
        if super::locale::locales_statics(catalog).is_some() {
            source.code(".with_locales(").code(LOCALES_FN).code(")");
        }
        if !entry.headers.is_empty() {
            source.code(".with_headers(&[");
            for header in &entry.headers {
                source
                    .code("(")
                    .string(&header.name)
                    .code(", ")
                    .string(&header.template)
                    .code("),");
            }
            source.code("])");
        }
        source.code(",\n");
    }
    source.code("];\n");
    if needs_hash_table(catalog) {
        // The table `lookup_str` hashes into, built by const evaluation
        // from the entries, so that the hash is written once, in the
        // runtime crate.
        source
            .code("const HASH_LEN: usize = __ec::__private::hash_table_len(")
            .number(count)
            .code(");\nstatic ")
            .code(BY_CODE_STR)
            .code(": [u32; HASH_LEN] = __ec::__private::hash_table::<HASH_LEN>(&")
            .code(DIRECT)
            .code(");\n");
    }
    let direct = source.into_tokens();
    if catalog.wrapped.is_empty() {
        return direct;
    }
    let merged = merged_statics(catalog);
    quote!(#direct #merged)
}

/// `CLAIMS`, one per wrapped catalogue and one for the enum's own entries,
/// merged into one sorted table; a clash stops the build in const
/// evaluation, with a message naming both catalogues.
fn merged_statics(catalog: &Catalog) -> TokenStream {
    let owner = catalog.owner_name();
    let prefix = optional(catalog.prefix.as_ref());
    let range = optional(
        catalog
            .range
            .map(|CodeBounds { first, last }| quote!((#first, #last))),
    );
    let parts = catalog.wrapped.iter().map(|wrapped| {
        let (category, name) = (category(wrapped.field.ty), &wrapped.type_name);
        quote!(__ec::__private::Claim::of::<#category>(#name))
    });
    let retired = retired_ranges(&catalog.retired);
    let [direct, merged, merged_retired, sections] =
        [DIRECT, MERGED, MERGED_RETIRED, SECTIONS].map(|name| Ident::new(name, Span::call_site()));
    let wrapped_sections = catalog.wrapped.iter().map(|wrapped| {
        let category = category(wrapped.field.ty);
        quote!(<#category as __ec::Catalog>::SECTIONS)
    });
    // One constant per part, spanned on the variant that brings it in (the
    // enum's own codes, last, on the attribute): each reports every clash
    // of its part, so one build shows them all, each where it arises.
    let doc_url = catalog.has_doc_url;
    let case = optional(catalog.case);
    let meta_keys = &catalog.meta_keys;
    let clash_checks = (0..=catalog.wrapped.len()).map(|at| {
        let span = catalog
            .wrapped
            .get(at)
            .map_or_else(Span::call_site, |wrapped| ty_span(wrapped.field.ty));
        quote_spanned! {span=>
            const _: () = if let ::core::option::Option::Some(clash) =
                __ec::__private::clashes(
                    __ec::__private::Owner {
                        name: #owner,
                        prefix: #prefix,
                        range: #range,
                        doc_url: #doc_url,
                        case: #case,
                        meta_keys: &[#(#meta_keys),*],
                    },
                    CLAIMS,
                    #at,
                )
            {
                ::core::panic!("{}", clash.as_str())
            };
        }
    });
    let title = optional(catalog.title.as_ref());
    let own_section = (!catalog.entries.is_empty())
        .then(|| quote!(&[__ec::__private::own_section(#title, &#direct)]));
    quote! {
        const SECTION_PARTS: &[&[__ec::doc::Section]] = &[#(#wrapped_sections,)* #own_section];
        const SECTIONS_LEN: usize = __ec::__private::sections_len(SECTION_PARTS);
        static #sections: [__ec::doc::Section; SECTIONS_LEN] =
            __ec::__private::concat_sections::<SECTIONS_LEN>(SECTION_PARTS);
        const CLAIMS: &[__ec::__private::Claim] = &[
            #(#parts,)*
            __ec::__private::Claim::direct(#owner, #prefix, #case, &#direct, &[#(#retired),*]),
        ];
        #(#clash_checks)*
        const LEN: usize = __ec::__private::merged_len(CLAIMS);
        static #merged: [__ec::Entry; LEN] = __ec::__private::merge::<LEN>(CLAIMS);
        const RETIRED_LEN: usize = __ec::__private::retired_len(CLAIMS);
        static #merged_retired: [::core::ops::RangeInclusive<u32>; RETIRED_LEN] =
            __ec::__private::merge_retired::<RETIRED_LEN>(CLAIMS);
    }
}

/// Whether a code of the catalogue has a number, its own or a wrapped
/// catalogue's: `Numbers` or `NoNumbers`, the `type Numbers` of its
/// `Category` impl. A catalogue that numbers its own codes has numbers;
/// otherwise `Either` folds the wrapped catalogues' at the type level.
fn numbers(catalog: &Catalog) -> TokenStream {
    if catalog.numbers_own_codes() {
        return quote!(__ec::__private::Numbers);
    }
    catalog
        .wrapped
        .iter()
        .fold(quote!(__ec::__private::NoNumbers), |numbers, wrapped| {
            let part = category_item(wrapped.field.ty, "Numbers");
            quote!(<#numbers as __ec::__private::Either<#part>>::Output)
        })
}

fn retired_ranges(retired: &[CodeBounds]) -> impl Iterator<Item = TokenStream> + '_ {
    retired
        .iter()
        .map(|CodeBounds { first, last }| quote!(#first..=#last))
}

pub(super) fn catalog_impl(catalog: &Catalog) -> TokenStream {
    let lookups = lookups(catalog);
    // Not in a stand-in: the statics it gives are generated only here.
    let locales = super::locale::locales_statics(catalog).map(|_| {
        let function = super::locale::locales_fn();
        quote! {
            fn own_locales() -> ::core::option::Option<&'static __ec::locale::Locales> {
                #function()
            }
        }
    });
    let lookups = quote!(#lookups #locales);
    let numbers = numbers(catalog);
    if catalog.wrapped.is_empty() {
        let direct = Ident::new(DIRECT, Span::call_site());
        let retired = retired_ranges(&catalog.retired);
        return declared_catalog_impl(
            catalog,
            &quote!(&#direct),
            &quote!(&[#(#retired),*]),
            &lookups,
            &numbers,
        );
    }
    let [merged, merged_retired, sections] =
        [MERGED, MERGED_RETIRED, SECTIONS].map(|name| Ident::new(name, Span::call_site()));
    // Without a case of its own, a composed catalogue's case is its parts'.
    let common_case = catalog.case.is_none().then(|| {
        quote!(
            const RENAME_ALL: ::core::option::Option<&'static str> =
                __ec::__private::common_case(CLAIMS);
        )
    });
    let composed = quote! {
        const SECTIONS: &'static [__ec::doc::Section] = &#sections;
        #common_case
        #lookups
    };
    declared_catalog_impl(
        catalog,
        &quote!(&#merged),
        &quote!(&#merged_retired),
        &composed,
        &numbers,
    )
}

/// The stand-in `Catalog` impl of a catalogue whose checks failed: no
/// entries, and everything it declares, so that a catalogue composed of it
/// finds its prefix, range and retired codes where they should be and
/// reports nothing of its own about them.
pub(crate) fn stand_in_catalog_impl(catalog: &Catalog) -> TokenStream {
    let retired = retired_ranges(&catalog.retired);
    declared_catalog_impl(
        catalog,
        &quote!(&[]),
        &quote!(&[#(#retired),*]),
        &TokenStream::new(),
        // Whatever the catalogue holds, a stand-in lets `code()` be called
        // on a catalogue that wraps it: its failure adds no error there.
        &quote!(__ec::__private::Numbers),
    )
}

/// `impl Catalog` with the values the enum declares, around its entry table,
/// retired codes and the rest (lookups, sections).
fn declared_catalog_impl(
    catalog: &Catalog,
    entries: &TokenStream,
    retired: &TokenStream,
    rest: &TokenStream,
    numbers: &TokenStream,
) -> TokenStream {
    let header = impl_header(catalog, Bounds::default(), quote!(__ec::Catalog));
    let category_header = impl_header(
        catalog,
        Bounds::default(),
        quote!(__ec::__private::Category),
    );
    let title = optional(catalog.title.as_ref());
    let prefix = optional(catalog.prefix.as_ref());
    let range_label = optional(catalog.range_label.as_ref());
    let rename_all = catalog
        .case
        .map(|case| quote!(const RENAME_ALL: ::core::option::Option<&'static str> = ::core::option::Option::Some(#case);));
    let retired_code_strs = (!catalog.retired_code_strs.is_empty()).then(|| {
        let code_strs = &catalog.retired_code_strs;
        quote!(const RETIRED_CODE_STRS: &'static [&'static str] = &[#(#code_strs),*];)
    });
    let range = optional(
        catalog
            .range
            .map(|CodeBounds { first, last }| quote!(#first..=#last)),
    );
    quote! {
        #header {
            const ENTRIES: &'static [__ec::Entry] = #entries;
            const RETIRED: &'static [::core::ops::RangeInclusive<u32>] = #retired;
            const TITLE: ::core::option::Option<&'static str> = #title;
            const PREFIX: ::core::option::Option<&'static str> = #prefix;
            const RANGE: ::core::option::Option<::core::ops::RangeInclusive<u32>> = #range;
            const RANGE_LABEL: ::core::option::Option<&'static str> = #range_label;
            #retired_code_strs
            #rename_all

            #rest
        }

        // What a catalogue that wraps this one names it by.
        #category_header {
            type Catalog = Self;
            type Numbers = #numbers;

            #[inline(always)]
            fn as_catalog(&self) -> &Self {
                self
            }
        }
    }
}

/// `let position: usize = match code { KEY => N, .. }` and one read of the
/// table: the body of a lookup, by code or by code string. Of entries with
/// the same key (`shares_code`), the first answers.
fn position_match<'s, 'e, K: Eq + std::hash::Hash + Copy>(
    source: &'s mut Source,
    catalog: &'e Catalog<'e>,
    key: impl Fn(&'e Entry<'e>) -> K,
    write_key: impl Fn(&mut Source, K),
) -> &'s mut Source {
    source.code("let position: usize = match code {\n");
    let mut seen = std::collections::HashSet::new();
    for (position, entry) in catalog.entries.iter().enumerate() {
        let key = key(entry);
        if seen.insert(key) {
            write_key(source, key);
            source.code(" => ").number(position).code(",\n");
        }
    }
    source
        .code("_ => return ::core::option::Option::None,\n};\n")
        .code("::core::option::Option::Some(&")
        .code(DIRECT)
        .code("[position])")
}

/// Up to this many code strings, `lookup_str` is a `match`; past it, a
/// hash table, whose cost does not grow with the catalogue.
const MATCHED_CODE_STRS: usize = 64;

/// Whether `lookup_str` searches a hash table of the entries: when the
/// number cannot be read back out of the code string and the entries are
/// too many for a `match`, or the catalogue is composed.
fn needs_hash_table(catalog: &Catalog) -> bool {
    !catalog.wrapped.is_empty()
        || catalog.code_lead.is_none() && catalog.entries.len() > MATCHED_CODE_STRS
}

/// `lookup` as the `match` a person would write (compiled to jump tables
/// and a decision tree), and `lookup_str` reading the number back out of
/// the code string. A composed catalogue searches its merged entries and
/// asks each wrapped catalogue.
fn lookups(catalog: &Catalog) -> TokenStream {
    let [direct, by_code_str] =
        [DIRECT, BY_CODE_STR].map(|name| Ident::new(name, Span::call_site()));
    if !catalog.wrapped.is_empty() {
        let wrapped = catalog
            .wrapped
            .iter()
            .map(|wrapped| category(wrapped.field.ty));
        return quote! {
            fn lookup_str(code: &str) -> ::core::option::Option<&'static __ec::Entry> {
                __ec::__private::lookup_hashed(&#direct, &#by_code_str, code)
                    #(.or_else(|| <#wrapped as __ec::Catalog>::lookup_str(code)))*
            }
        };
    }
    let mut source = Source::default();
    if catalog.without_numbers {
        // No entry has a number to find it by.
        source.code(
            "fn lookup(_code: u32) -> ::core::option::Option<&'static __ec::Entry> {\n::core::option::Option::None\n}\n",
        );
    } else if !catalog.entries.is_empty() {
        // The entry's position, then one read of the table.
        source.code("fn lookup(code: u32) -> ::core::option::Option<&'static __ec::Entry> {\n");
        position_match(
            &mut source,
            catalog,
            |entry| entry.code,
            |source, code| {
                source.number(code);
            },
        );
        source.code("\n}\n");
    }
    source.code("fn lookup_str(code: &str) -> ::core::option::Option<&'static __ec::Entry> {\n");
    match &catalog.code_lead {
        Some(lead) => source
            .code("__ec::__private::lookup_code_str(code, ")
            .string(lead)
            .code(", <Self as __ec::Catalog>::lookup)"),
        None if catalog.entries.is_empty() => {
            source.code("let _ = code;\n::core::option::Option::None")
        }
        // A few code strings: the `match` a person would write, which
        // rustc turns into a dispatch on the length, then comparisons.
        None if !needs_hash_table(catalog) => position_match(
            &mut source,
            catalog,
            |entry| entry.code_str.as_str(),
            |source, code_str| {
                source.string(code_str);
            },
        ),
        None => source
            .code("__ec::__private::lookup_hashed(&")
            .code(DIRECT)
            .code(", &")
            .code(BY_CODE_STR)
            .code(", code)"),
    };
    source.code("\n}\n");
    source.into_tokens()
}
