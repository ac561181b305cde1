//! What the generated code names. Not public API: it may change in any
//! release. Re-exports only: each item lives in the module of its concern.

// What the expansion names from the standard library, reached through
// this crate, so that a `#![no_std]` crate (which cannot name `std`)
// compiles its catalogues.
pub use std::backtrace::Backtrace;
pub use std::borrow::Cow;
pub use std::collections::BTreeMap;
pub use std::format;
pub use std::string::String;

// The crates the impls of an integration are written against.
#[cfg(feature = "actix")]
pub use actix_web;
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "body")]
pub use serde;
#[cfg(feature = "tonic")]
pub use tonic;
#[cfg(feature = "openapi")]
pub use utoipa;

// Each keeps the impls of an integration only with its feature.
pub use crate::{
    __require_xml as require_xml, __with_actix as with_actix, __with_axum as with_axum,
    __with_provide as with_provide, __with_serde as with_serde, __with_tonic as with_tonic,
    __with_utoipa as with_utoipa,
};

#[cfg(feature = "body")]
pub use crate::body::derive::{
    serialize_batch_parts, serialize_parts, DetailsOf, FromParts, Parts, PublicOf, ShapeParam,
};
#[cfg(feature = "body")]
pub use crate::body::respond::Bare;
pub use crate::category::{Category, Either, NoCatalog, NoNumbers, Numbered, Numbers};
pub use crate::compose::{
    clashes, common_case, concat_sections, disjoint_clashes, lift, merge, merge_retired,
    merged_len, own_section, retired_len, sections_len, Claim, LiftsInto, Message, Owner,
};
pub use crate::entry::{row, row_without_number, status};
#[cfg(feature = "locale")]
pub use crate::locales::{NumberValue, TextValue, ValueOf};
pub use crate::lookup::{hash_str, hash_table, hash_table_len, lookup_code_str, lookup_hashed};
pub use crate::message::{display_to_owned, FixedMessage};
#[cfg(feature = "openapi")]
pub use crate::openapi::expansion::{names_category_variant, CatalogOf, VariantEntries};
#[cfg(error_generic_member_access)]
pub use crate::provide::{provide_backtrace, provide_source};
pub use crate::source::{
    AsBacktrace, AsDynError, ErrorSource, ErrorSourceKind, IsError, MarkedSource, NoField,
    NotASource, NotASourceKind, OptionPointerSource, OptionPointerSourceKind, OptionSource,
    OptionSourceKind, PointerSource, PointerSourceKind, SourceField, UnmarkedData,
    UnmarkedDataKind, UnmarkedError, UnmarkedErrorKind, UnmarkedField, UnmarkedPointer,
};
