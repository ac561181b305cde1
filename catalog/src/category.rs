//! How the expansion sees a catalogue that a `transparent` variant wraps,
//! and whether any code of a catalogue, or of one it wraps, has a number:
//! the type-level fold that lets a catalogue without numbers refuse
//! `code()` and `lookup(u32)` at compile time.

/// How the expansion sees a catalogue that a `transparent` variant wraps:
/// every use goes through this one trait, spanned on the field's type, so
/// that a type that is no catalogue is reported there, once, and its other
/// uses, then of an error type, add nothing. The macro implements it for
/// each enum (a blanket impl over `Catalog` would still name the type
/// after the error, and each use would fail again).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an `#[error_catalog]` enum",
    label = "not a catalogue",
    note = "a transparent variant without a code wraps another catalogue; to wrap any other error, make the variant a catch-all, an entry of its own: `#[error(code = N, http = 500, transparent)]`"
)]
pub trait Category {
    /// The catalogue itself.
    type Catalog: ?Sized;

    /// [`Numbers`] when some code of the catalogue, or of one it wraps, has
    /// a number, else [`NoNumbers`]: whether `code()` and `lookup(u32)`
    /// may be called on it (`__private::Numbered`).
    type Numbers;

    /// The value itself.
    fn as_catalog(&self) -> &Self::Catalog;
}

/// Some code of the catalogue has a number.
#[doc(hidden)]
pub enum Numbers {}

/// No code of the catalogue has a number.
#[doc(hidden)]
pub enum NoNumbers {}

/// `Output` is [`Numbers`] when either `Self` or `Other` is: how a composed
/// catalogue folds the [`Category::Numbers`] of the catalogues it wraps.
#[doc(hidden)]
pub trait Either<Other> {
    type Output;
}

impl<Other> Either<Other> for Numbers {
    type Output = Numbers;
}

impl Either<Numbers> for NoNumbers {
    type Output = Numbers;
}

impl Either<NoNumbers> for NoNumbers {
    type Output = NoNumbers;
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
    note = "read the code string with `code_str()` and look entries up with `Catalog::lookup_str` (a method of the trait `error_catalog::Catalog`, in scope with `use error_catalog::Catalog;`); code that may meet numbered and unnumbered entries reads `number()`"
)]
pub trait Numbered<'a> {}

/// Keeps rustc from suggesting that the user implement `Numbered`.
pub enum NoCatalog {}

/// A catalogue with a number among its codes.
// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#[allow(unknown_or_malformed_diagnostic_attributes)]
#[diagnostic::do_not_recommend]
impl<T: Category<Numbers = Numbers> + ?Sized> Numbered<'_> for T {}

// `do_not_recommend` is stable from Rust 1.85; older compilers skip it.
#[allow(unknown_or_malformed_diagnostic_attributes)]
#[diagnostic::do_not_recommend]
impl Numbered<'_> for NoCatalog {}
