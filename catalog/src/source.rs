//! How the generated `Error` impl treats a variant's fields: which one is
//! the source and how it becomes a `&dyn Error`, which holds the
//! backtrace, and which unmarked field is an error whose text would reach
//! clients. Each question is answered by trait selection in the user's
//! crate, so that a wrong field fails to compile with a message that names
//! it.

use std::backtrace::Backtrace;
use std::error::Error;

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

/// Picks [`OptionSource`] for an optional error.
pub trait OptionSourceKind {
    /// The kind this impl stands for.
    #[inline]
    fn kind(&self) -> OptionSource {
        OptionSource
    }
}

impl<T: Error> OptionSourceKind for &&&SourceField<'_, Option<T>> {}

/// Picks [`OptionPointerSource`] for an optional pointer to an error.
pub trait OptionPointerSourceKind {
    /// The kind this impl stands for.
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
    /// The field as the source, when it holds one.
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
    /// The field as the source, when it holds one.
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

/// Picks [`ErrorSource`] for an error.
pub trait ErrorSourceKind {
    /// The kind this impl stands for.
    #[inline]
    fn kind(&self) -> ErrorSource {
        ErrorSource
    }
}

impl<T: Error> ErrorSourceKind for &&SourceField<'_, T> {}

/// Picks [`PointerSource`] for a pointer to an error.
pub trait PointerSourceKind {
    /// The kind this impl stands for.
    #[inline]
    fn kind(&self) -> PointerSource {
        PointerSource
    }
}

impl<T: ?Sized + core::ops::Deref> PointerSourceKind for &SourceField<'_, T> where
    T::Target: AsDynError<'static>
{
}

/// Picks [`NotASource`] for anything else.
pub trait NotASourceKind {
    /// The kind this impl stands for.
    #[inline]
    fn kind(&self) -> NotASource {
        NotASource
    }
}

impl<T: ?Sized> NotASourceKind for SourceField<'_, T> {}

impl ErrorSource {
    /// The field as the source, when it holds one.
    #[inline]
    pub fn source<'r, 'e, T: Error + 'e>(self, field: &'r T) -> Option<&'r (dyn Error + 'e)> {
        Some(field)
    }
}

impl PointerSource {
    /// The field as the source, when it holds one.
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

/// Picks [`UnmarkedErrorKind`] for an error.
pub trait UnmarkedError {
    /// The kind this impl stands for.
    #[inline]
    fn kind(&self) -> UnmarkedErrorKind {
        UnmarkedErrorKind
    }
}

impl<T: Error> UnmarkedError for &&UnmarkedField<'_, T> {}

/// Picks [`UnmarkedErrorKind`] for a pointer to an error.
pub trait UnmarkedPointer {
    /// The kind this impl stands for.
    #[inline]
    fn kind(&self) -> UnmarkedErrorKind {
        UnmarkedErrorKind
    }
}

impl<T: ?Sized + core::ops::Deref> UnmarkedPointer for &UnmarkedField<'_, T> where
    T::Target: AsDynError<'static>
{
}

/// Picks [`UnmarkedDataKind`] for anything else.
pub trait UnmarkedData {
    /// The kind this impl stands for.
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
    /// Compiles: data may be shown.
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
    /// The error as a trait object.
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

/// A backtrace field, whichever way it holds its `Backtrace`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a backtrace",
    label = "a field marked #[backtrace] holds a `Backtrace`, an `Option<Backtrace>`, or an `Arc` or `Box` of one",
    note = "on a source field, #[backtrace] goes beside #[source] or #[from]"
)]
pub trait AsBacktrace {
    /// The backtrace, when the field holds one.
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
