//! Items the generated code calls. Not public API: they may change in any
//! release.

use std::error::Error;

use http::StatusCode;

use crate::doc::Section;
use crate::Entry;

// What the expansion names from the standard library, reached through
// this crate, so that a `#![no_std]` crate (which cannot name `std`)
// compiles its catalogues.
pub use std::backtrace::Backtrace;
pub use std::borrow::Cow;
pub use std::collections::BTreeMap;
pub use std::format;
pub use std::string::String;

pub use crate::compose::{
    clashes, common_case, disjoint_clashes, merge, merge_retired, merged_len, retired_len,
    Category, Either, Message, NoNumbers, Numbers, Owner, Part,
};

#[cfg(feature = "serde")]
pub use serde;

/// Keeps the impls the macro writes against `serde` only when this crate's
/// `serde` feature is on; the macro cannot see the feature itself.
#[cfg(feature = "serde")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_serde {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(feature = "axum")]
pub use axum_core;

#[cfg(feature = "actix")]
pub use actix_web;

#[cfg(feature = "tonic")]
pub use tonic;

/// Keeps the `From<E> for tonic::Status` the macro writes only with the
/// `tonic` feature.
#[cfg(feature = "tonic")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_tonic {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `tonic` feature there is no `Status` to convert into.
#[cfg(not(feature = "tonic"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_tonic {
    ($($item:tt)*) => {};
}

/// Keeps the `ResponseError` impl the macro writes only with the `actix`
/// feature.
#[cfg(feature = "actix")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_actix {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `actix` feature there is no `ResponseError` to implement.
#[cfg(not(feature = "actix"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_actix {
    ($($item:tt)*) => {};
}

/// Keeps the `IntoResponses` impl the macro writes only with the `utoipa`
/// feature.
#[cfg(feature = "utoipa")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_utoipa {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `utoipa` feature there is no `IntoResponses` to implement.
#[cfg(not(feature = "utoipa"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_utoipa {
    ($($item:tt)*) => {};
}

#[cfg(feature = "utoipa")]
pub use utoipa;

/// The entries of a catalogue's variant, by the variant's name: one for a
/// variant with a code, all a category's for one that wraps it. What
/// `responses!` reads; written by the macro with the `utoipa` feature.
#[cfg(feature = "utoipa")]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `#[error_catalog]` enum",
    label = "not a catalogue",
    note = "`responses!` names variants of an enum that `#[error_catalog]` expands"
)]
pub trait VariantEntries {
    /// The enum itself. `responses!` names its catalogue through this, so
    /// that a type that is not one is reported as not a catalogue, not as a
    /// type missing `Respond`.
    type Catalog;

    /// The entries of the variant named `variant`; none for another name.
    fn variant_entries(variant: &str) -> &'static [crate::Entry];
}

/// The catalogue a `responses!` set names.
#[cfg(feature = "utoipa")]
pub type CatalogOf<C> = <C as VariantEntries>::Catalog;

/// The impls the macro writes against serde and axum go through these, so
/// that each is kept only with its feature: the macro cannot see features.
pub use crate::{
    __with_actix as with_actix, __with_axum as with_axum, __with_provide as with_provide,
    __with_serde as with_serde, __with_tonic as with_tonic, __with_utoipa as with_utoipa,
};

/// `Error::provide` for the body the macro writes, where the build script
/// found a compiler that offers it. This macro writes the signature, and
/// the body reaches the unstable API through `provide_source` and
/// `provide_backtrace`, so that the user's crate needs no
/// `#![feature(error_generic_member_access)]` of its own.
#[cfg(error_generic_member_access)]
#[macro_export]
#[doc(hidden)]
#[allow_internal_unstable(error_generic_member_access)]
macro_rules! __with_provide {
    ($self_:tt, $request:ident, $body:block) => {
        fn provide<'__request>(&'__request $self_, $request: &mut ::core::error::Request<'__request>) $body
    };
}

/// On stable, backtraces are reached through `CatalogError::backtrace`.
#[cfg(not(error_generic_member_access))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_provide {
    ($($item:tt)*) => {};
}

#[cfg(error_generic_member_access)]
pub use crate::provide::{provide_backtrace, provide_source};

/// An error's `#[details]` field as a `Serialize` value: `null` when it has
/// none. What a shape's `details` member holds.
#[cfg(feature = "serde")]
pub struct DetailsOf<'a, E: ?Sized>(&'a E);

#[cfg(feature = "serde")]
impl<'a, E: ?Sized> DetailsOf<'a, E> {
    pub fn new(error: &'a E) -> Self {
        DetailsOf(error)
    }
}

#[cfg(feature = "serde")]
impl<E: crate::body::Details + ?Sized> serde::Serialize for DetailsOf<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_details(serializer)
    }
}

/// An error's `#[public]` fields as a `Serialize` map.
#[cfg(feature = "serde")]
pub struct PublicOf<'a, E: ?Sized>(&'a E);

#[cfg(feature = "serde")]
impl<'a, E: ?Sized> PublicOf<'a, E> {
    pub fn new(error: &'a E) -> Self {
        PublicOf(error)
    }
}

#[cfg(feature = "serde")]
impl<E: crate::body::Details + ?Sized> serde::Serialize for PublicOf<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        self.0.serialize_public(&mut map)?;
        map.end()
    }
}

/// What a derived shape reads: the error, and its public message, computed
/// once.
pub struct Parts<'a, E: ?Sized> {
    pub error: &'a E,
    pub message: &'a str,
}

/// A derived shape: the struct built from an error's parts.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a shape, so a field of this type takes no part of the error",
    label = "not a shape",
    note = "mark the field with the part it takes, as in `#[shape(code_str)]`, or derive `Shape` for its type"
)]
pub trait FromParts<'a, E: ?Sized> {
    fn from_parts(parts: &Parts<'a, E>) -> Self;
}

/// What a derived shape fills its `N`th type parameter with: the adapter
/// of its `details` or `public` field, or what a shape nested in it fills
/// its own with.
pub trait ShapeParam<'a, E: ?Sized, const N: usize> {
    type Filled;
}

/// Serializes the body `write` builds from `error`'s parts.
#[cfg(feature = "serde")]
pub fn serialize_parts<E, S>(
    error: &E,
    serializer: S,
    write: impl FnOnce(&Parts<'_, E>, S) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error>
where
    E: crate::CatalogError + ?Sized,
    S: serde::Serializer,
{
    let message = error.public_message();
    write(
        &Parts {
            error,
            message: &message,
        },
        serializer,
    )
}

/// Held by a catalogue with a number among its codes, its own or a wrapped
/// one's: the bound of the `code` and `lookup` that a catalogue whose own
/// codes have none declares on its enum, so that calling them where no
/// code has one is a compile error that says why, where the trait's would
/// quietly give 0 or `None`. The lifetime keeps rustc from judging the
/// bound at the declaration.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is a catalogue without numbers: its codes are code strings",
    label = "no numeric code in `{Self}`",
    note = "read the code string with `code_str()` and look entries up with `lookup_str`; code that may meet numbered and unnumbered entries reads `number()`"
)]
pub trait Numbered<'a> {}

/// Keeps rustc from suggesting that the user implement `Numbered`.
pub enum NoCatalogue {}

/// A catalogue with a number among its codes.
// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#[allow(unknown_or_malformed_diagnostic_attributes)]
#[diagnostic::do_not_recommend]
impl<T: Category<Numbers = Numbers> + ?Sized> Numbered<'_> for T {}

// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#[allow(unknown_or_malformed_diagnostic_attributes)]
#[diagnostic::do_not_recommend]
impl Numbered<'_> for NoCatalogue {}

/// A backtrace field, whichever way it holds its `Backtrace`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a backtrace",
    label = "a field marked #[backtrace] holds a `Backtrace`, an `Option<Backtrace>`, or an `Arc` or `Box` of one",
    note = "on a source field, #[backtrace] goes beside #[source] or #[from]"
)]
pub trait AsBacktrace {
    fn as_backtrace(&self) -> Option<&Backtrace>;
}

impl AsBacktrace for Backtrace {
    #[inline]
    fn as_backtrace(&self) -> Option<&Backtrace> {
        Some(self)
    }
}

impl AsBacktrace for Option<Backtrace> {
    #[inline]
    fn as_backtrace(&self) -> Option<&Backtrace> {
        self.as_ref()
    }
}

impl AsBacktrace for std::sync::Arc<Backtrace> {
    #[inline]
    fn as_backtrace(&self) -> Option<&Backtrace> {
        Some(self)
    }
}

impl AsBacktrace for Box<Backtrace> {
    #[inline]
    fn as_backtrace(&self) -> Option<&Backtrace> {
        Some(self)
    }
}

/// Keeps the `IntoResponse` impl the macro writes only when this crate's
/// `axum` feature is on.
#[cfg(feature = "axum")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_axum {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `axum` feature there is no `IntoResponse` to implement.
#[cfg(not(feature = "axum"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_axum {
    ($($item:tt)*) => {};
}

/// Without the `serde` feature there are no bodies to write impls for.
#[cfg(not(feature = "serde"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_serde {
    ($($item:tt)*) => {};
}

/// A `#[source]` field on its way to `Error::source`. Which of the `kind()`
/// methods below a call `(&&&&SourceField(field)).kind()` picks is decided
/// by the most specific impl whose bounds hold (autoref specialization): an
/// optional error or pointer to one (`Option<io::Error>`, `Option<BoxError>`,
/// the source only when present); an error type itself; a pointer to one
/// (`Box<dyn Error + Send + Sync>`, `Arc<MyError>`, an alias of either); or
/// none of these, which fails to compile with a message on the field's type
/// that says so.
pub struct SourceField<'a, T: ?Sized>(pub &'a T);

/// The field is an optional error.
pub struct OptionSource;
/// The field is an optional pointer to an error.
pub struct OptionPointerSource;

pub trait OptionSourceKind {
    #[inline]
    fn kind(&self) -> OptionSource {
        OptionSource
    }
}

impl<T: Error> OptionSourceKind for &&&SourceField<'_, Option<T>> {}

pub trait OptionPointerSourceKind {
    #[inline]
    fn kind(&self) -> OptionPointerSource {
        OptionPointerSource
    }
}

impl<T: core::ops::Deref> OptionPointerSourceKind for &&&&SourceField<'_, Option<T>> where
    T::Target: AsDynError<'static>
{
}

impl OptionSource {
    #[inline]
    pub fn source<'r, 'e, T: Error + 'e>(
        self,
        field: &'r Option<T>,
    ) -> Option<&'r (dyn Error + 'e)> {
        match field {
            Some(error) => Some(error),
            None => None,
        }
    }
}

impl OptionPointerSource {
    #[inline]
    pub fn source<'r, 'e, T>(self, field: &'r Option<T>) -> Option<&'r (dyn Error + 'e)>
    where
        T: core::ops::Deref,
        T::Target: AsDynError<'e>,
    {
        field.as_ref().map(|pointer| pointer.deref().as_dyn_error())
    }
}

/// The field is an error.
pub struct ErrorSource;
/// The field points to an error.
pub struct PointerSource;
/// The field is no error at all.
pub struct NotASource;

pub trait ErrorSourceKind {
    #[inline]
    fn kind(&self) -> ErrorSource {
        ErrorSource
    }
}

impl<T: Error> ErrorSourceKind for &&SourceField<'_, T> {}

pub trait PointerSourceKind {
    #[inline]
    fn kind(&self) -> PointerSource {
        PointerSource
    }
}

impl<T: ?Sized + core::ops::Deref> PointerSourceKind for &SourceField<'_, T> where
    T::Target: AsDynError<'static>
{
}

pub trait NotASourceKind {
    #[inline]
    fn kind(&self) -> NotASource {
        NotASource
    }
}

impl<T: ?Sized> NotASourceKind for SourceField<'_, T> {}

impl ErrorSource {
    #[inline]
    pub fn source<'r, 'e, T: Error + 'e>(self, field: &'r T) -> Option<&'r (dyn Error + 'e)> {
        Some(field)
    }
}

impl PointerSource {
    #[inline]
    pub fn source<'r, 'e, T>(self, field: &'r T) -> Option<&'r (dyn Error + 'e)>
    where
        T: ?Sized + core::ops::Deref,
        T::Target: AsDynError<'e>,
    {
        Some(field.deref().as_dyn_error())
    }
}

/// A field whose text a message shows clients, or that is named `source`,
/// and is not marked `#[source]`. As with [`SourceField`], the most
/// specific `kind()` whose bounds hold is picked: an error type or a
/// pointer to one fails to compile with a message on the field's type that
/// says what to do; anything else is data.
pub struct UnmarkedField<'a, T: ?Sized>(pub &'a T);

/// The unmarked field holds an error, or points to one.
pub struct UnmarkedErrorKind;
/// The unmarked field is data.
pub struct UnmarkedDataKind;

pub trait UnmarkedError {
    #[inline]
    fn kind(&self) -> UnmarkedErrorKind {
        UnmarkedErrorKind
    }
}

impl<T: Error> UnmarkedError for &&UnmarkedField<'_, T> {}

pub trait UnmarkedPointer {
    #[inline]
    fn kind(&self) -> UnmarkedErrorKind {
        UnmarkedErrorKind
    }
}

impl<T: ?Sized + core::ops::Deref> UnmarkedPointer for &UnmarkedField<'_, T> where
    T::Target: AsDynError<'static>
{
}

pub trait UnmarkedData {
    #[inline]
    fn kind(&self) -> UnmarkedDataKind {
        UnmarkedDataKind
    }
}

impl<T: ?Sized> UnmarkedData for UnmarkedField<'_, T> {}

impl UnmarkedErrorKind {
    /// Never compiles: `T` is an error, or points to one.
    pub fn check<T: ?Sized + MarkedSource>(self, _: &T) {}
}

impl UnmarkedDataKind {
    pub fn check<T: ?Sized>(self, _: &T) {}
}

/// What the compiler says when an error sits in a field not marked
/// `#[source]` that a message shows clients, or that is named `source`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is an error, in a field not marked #[source]",
    label = "mark this field #[source]",
    note = "an unmarked error's text reaches clients wherever a message shows it, and `source()` does not return it: mark the field #[source] (or #[from]) to keep its text in logs; to send the text on purpose, pass it as an argument, `message(\"...: {{detail}}\", detail = .field.to_string())`"
)]
pub trait MarkedSource {}

/// Keeps rustc from suggesting that the user implement `MarkedSource`.
pub enum NoField {}

// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#[allow(unknown_or_malformed_diagnostic_attributes)]
#[diagnostic::do_not_recommend]
impl MarkedSource for NoField {}

/// What the compiler says when a `#[source]` or `#[from]` field is no error.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error type, so it cannot be a `#[source]` or `#[from]` field, nor the error a catch-all wraps",
    label = "not an error type",
    note = "drop `#[source]` or `#[from]` to keep the field as data (a catch-all: drop `transparent` and write a message over the field), or wrap the value in a type that implements `std::error::Error`"
)]
pub trait IsError {}

impl<T: Error + ?Sized> IsError for T {}

impl NotASource {
    /// Never compiles: `T` is neither an error nor a pointer to one.
    pub fn source<'r, 'e, T: ?Sized + IsError>(
        self,
        _field: &'r T,
    ) -> Option<&'r (dyn Error + 'e)> {
        unreachable!("a field that is no error cannot be a source")
    }
}

/// Lets a pointer to any error, including `dyn Error` and friends, be
/// returned from `Error::source`.
pub trait AsDynError<'a> {
    fn as_dyn_error(&self) -> &(dyn Error + 'a);
}

impl<'a, T: Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + Sync + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

/// The section of the codes a composed catalogue declares itself.
#[must_use]
pub const fn own_section(title: Option<&'static str>, entries: &'static [Entry]) -> Section {
    Section::without_range(title, entries)
}

/// How many sections `parts` hold together.
#[must_use]
pub const fn sections_len(parts: &[&[Section]]) -> usize {
    let (mut total, mut i) = (0, 0);
    while i < parts.len() {
        total += parts[i].len();
        i += 1;
    }
    total
}

/// The sections of every part, in order: a composed catalogue's `SECTIONS`.
#[must_use]
pub const fn concat_sections<const N: usize>(parts: &[&[Section]]) -> [Section; N] {
    let mut all = [Section::without_range(None, &[]); N];
    let (mut at, mut i) = (0, 0);
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() && at < N {
            all[at] = parts[i][j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    all
}

/// The messages of a catalogue's variants that have no placeholder, in one
/// `match` that both `Display` and `CatalogError::message` read. Its impl
/// has no bounds (the arms are string constants), so `Display` can call it
/// whatever the enum's type parameters.
#[doc(hidden)]
pub trait PlainMessage {
    /// The message, or `""` for a variant whose message has placeholders
    /// (which the callers format themselves).
    fn plain_message(&self) -> &'static str;
}

/// `value`'s `Display` text in a string of `capacity` bytes to start with.
#[must_use]
pub fn display_to_owned<T: core::fmt::Display + ?Sized>(
    value: &T,
    capacity: usize,
) -> Cow<'static, str> {
    use core::fmt::Write as _;
    let mut text = String::with_capacity(capacity);
    // Writing into a `String` only fails if `Display` itself reports an
    // error; the text written until then is what there is.
    let _ = write!(text, "{value}");
    Cow::Owned(text)
}

/// One row of a generated entry table. The macro has already checked every
/// value, which is why nothing is checked here. The status comes as a number
/// and an absent resolution or page as `""` (the macro rejects empty ones),
/// which keeps each row a few plain literals for the compiler to read.
#[must_use]
#[allow(clippy::too_many_arguments)]
pub const fn row(
    code: u32,
    code_str: &'static str,
    name: &'static str,
    status_code: u16,
    message: &'static str,
    resolution: &'static str,
    title: &'static str,
    doc_url: &'static str,
) -> Entry {
    let entry = Entry::new(code, code_str, name, status(status_code), message);
    filled(entry, resolution, title, doc_url)
}

/// [`row`] for a catalogue without numbers.
#[must_use]
pub const fn symbolic_row(
    code_str: &'static str,
    name: &'static str,
    status_code: u16,
    message: &'static str,
    resolution: &'static str,
    title: &'static str,
    doc_url: &'static str,
) -> Entry {
    let entry = Entry::symbolic(code_str, name, status(status_code), message);
    filled(entry, resolution, title, doc_url)
}

/// `entry` with the title, and the resolution and page when not empty.
const fn filled(
    entry: Entry,
    resolution: &'static str,
    title: &'static str,
    doc_url: &'static str,
) -> Entry {
    let mut entry = entry.with_title(title);
    if !resolution.is_empty() {
        entry = entry.with_resolution(resolution);
    }
    if !doc_url.is_empty() {
        entry = entry.with_doc_url(doc_url);
    }
    entry
}

/// Turns a status the macro has already checked into a [`StatusCode`] in a
/// const context, so that entries can live in a `static`.
#[must_use]
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        // Unreachable for generated code, which only passes 100..=599; and
        // because entries are constants, it could only ever fail at compile time.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Finds the entry whose code string is `code` when every code string is
/// `lead` followed by the number: reads the number back, looks it up, and
/// checks the whole string (so `ANALYTICS_01000` finds nothing).
#[must_use]
pub fn lookup_code_str(
    code: &str,
    lead: &str,
    lookup: impl Fn(u32) -> Option<&'static Entry>,
) -> Option<&'static Entry> {
    let rest = code.strip_prefix(lead)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let number = rest
        .get(..digits)
        .filter(|digits| (1..=10).contains(&digits.len()))?;
    let entry = lookup(number.parse().ok()?)?;
    (entry.code_str() == code).then_some(entry)
}

/// The hash of a code string for the tables `lookup_hashed` reads: its
/// length, first eight and last eight bytes, mixed by one multiplication,
/// so that it costs the same few cycles for any length. Codes that differ only in their middle
/// collide and cost a probe more, never a wrong answer: a lookup compares
/// the whole string. Const, so that the table is built by const evaluation
/// from the entries with this one function.
#[must_use]
#[inline]
pub const fn hash_str(text: &str) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let bytes = text.as_bytes();
    let len = bytes.len();
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => {
            let mut short = 0u64;
            let mut i = 0;
            while i < len {
                short |= (bytes[i] as u64) << (8 * i);
                i += 1;
            }
            (short, 0)
        }
    };
    // One multiplication: the words and the length folded together, then
    // the high half, which the multiplication mixes best, onto the low
    // bits the table's mask keeps.
    let hash = (head ^ tail.rotate_left(29) ^ (len as u64)).wrapping_mul(SEED);
    hash ^ (hash >> 32)
}

/// The length of the lookup table of `count` entries: a power of two at
/// least twice `count`, so that probes stay short and an empty slot always
/// ends them.
#[must_use]
pub const fn hash_table_len(count: usize) -> usize {
    let mut len = 1;
    while len < count.saturating_mul(2) {
        len *= 2;
    }
    len
}

/// A slot of a lookup table that holds no entry.
const EMPTY: u32 = u32::MAX;

/// The lookup table of `entries` by code string, built in const evaluation:
/// each slot holds an entry's position, or `EMPTY`; collisions go to the
/// next slot. Of entries that share a code string (`shares_code`), the
/// first is kept.
#[must_use]
pub const fn hash_table<const N: usize>(entries: &[Entry]) -> [u32; N] {
    let mut table = [EMPTY; N];
    let mask = N - 1;
    let mut position = 0;
    while position < entries.len() {
        let code = entries[position].code_str();
        let mut slot = hash_str(code) as usize & mask;
        loop {
            let held = table[slot];
            if held == EMPTY {
                table[slot] = position as u32;
                break;
            }
            if crate::compose::str_eq(entries[held as usize].code_str(), code) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        position += 1;
    }
    table
}

/// Finds `code` among `entries` through their `hash_table`: one hash, a
/// probe or two, one comparison of strings.
#[must_use]
#[inline]
pub fn lookup_hashed(
    entries: &'static [Entry],
    table: &[u32],
    code: &str,
) -> Option<&'static Entry> {
    let mask = table.len().wrapping_sub(1);
    let mut slot = hash_str(code) as usize & mask;
    // At most a full turn: only a hand-made, full table could take it.
    for _ in 0..table.len() {
        // An empty slot is past the end of any table: `get` ends the search.
        let entry = entries.get(*table.get(slot)? as usize)?;
        if entry.code_str() == code {
            return Some(entry);
        }
        slot = (slot + 1) & mask;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn entry(code: u32, code_str: &'static str) -> Entry {
        Entry::new(code, code_str, "NAME", status(400), "message")
    }

    static ENTRIES: [Entry; 3] = [entry(9, "X_9"), entry(10, "X_10"), entry(100, "X_100")];

    #[test]
    fn finds_through_the_hash_table() {
        const LEN: usize = hash_table_len(3);
        static TABLE: [u32; LEN] = hash_table::<LEN>(&ENTRIES);
        assert_eq!(LEN, 8);
        for entry in &ENTRIES {
            assert_eq!(
                lookup_hashed(&ENTRIES, &TABLE, entry.code_str()),
                Some(entry)
            );
        }
        for absent in ["X_1", "", "X_9 ", "x_9", "X_1000"] {
            assert_eq!(lookup_hashed(&ENTRIES, &TABLE, absent), None);
        }
    }

    #[test]
    fn shared_code_strings_keep_the_first_entry() {
        static SHARED: [Entry; 3] = [entry(1, "A"), entry(2, "A"), entry(3, "B")];
        let table = hash_table::<8>(&SHARED);
        assert_eq!(lookup_hashed(&SHARED, &table, "A"), Some(&SHARED[0]));
        assert_eq!(lookup_hashed(&SHARED, &table, "B"), Some(&SHARED[2]));
    }

    #[test]
    fn inconsistent_tables_do_not_panic() {
        let tables: [&[u32]; 5] = [
            &[],
            &[7, 8, 9, 0],
            &[u32::MAX],
            &[1, 1, 1, 1],
            &[3, 2, 1, 4],
        ];
        for table in tables {
            for code in ["X_9", "X_10", "", "zzz"] {
                let found = lookup_hashed(&ENTRIES, table, code);
                assert!(found.is_none_or(|entry| entry.code_str() == code));
            }
        }
        assert_eq!(hash_table_len(0), 1);
        assert_eq!(hash_table_len(5000), 16384);
    }

    #[test]
    fn status_of_every_error_code() {
        for code in 400..=599 {
            assert_eq!(status(code).as_u16(), code);
        }
    }
}
