//! thiserror's `tests/test_generics.rs`: the enum cases. The where-clauses
//! are inferred from what each message formats, so that a type parameter
//! needs `Display` only where a message displays it.

#![allow(dead_code, clippy::needless_late_init, clippy::uninlined_format_args)]

use core::fmt::{self, Debug, Display};
use core::str::FromStr;

use error_catalog::error_catalog;

pub struct NoFormat;

#[derive(Debug)]
pub struct DebugOnly;

pub struct DisplayOnly;

impl Display for DisplayOnly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("display only")
    }
}

#[derive(Debug)]
pub struct DebugAndDisplay;

impl Display for DebugAndDisplay {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("debug and display")
    }
}

// impl<E> Display for EnumDebugGeneric<E> where E: Debug
#[error_catalog]
#[derive(Debug)]
pub enum EnumDebugGeneric<E> {
    #[error(code = 1, http = 500, message = "{0:?}")]
    FatalError(E),
}

// impl<E> Error for EnumFromGeneric<E> where EnumDebugGeneric<E>: Error
#[error_catalog]
#[derive(Debug)]
pub enum EnumFromGeneric<E> {
    #[error(code = 1, http = 500, message = "enum from generic")]
    Source(#[from] EnumDebugGeneric<E>),
}

// impl<HasDisplay, HasDebug, HasNeither> Display for EnumCompound<...>
// where HasDisplay: Display, HasDebug: Debug
#[error_catalog]
pub enum EnumCompound<HasDisplay, HasDebug, HasNeither> {
    #[error(code = 1, http = 500, message = "{0} {1:?}")]
    DisplayDebug(HasDisplay, HasDebug),
    #[error(code = 2, http = 500, message = "{0}")]
    Display(HasDisplay, HasNeither),
    #[error(code = 3, http = 500, message = "{1:?}")]
    Debug(HasNeither, HasDebug),
}

impl<HasDisplay, HasDebug, HasNeither> Debug for EnumCompound<HasDisplay, HasDebug, HasNeither> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("EnumCompound")
    }
}

#[test]
fn test_display_enum_compound() {
    let mut instance: EnumCompound<DisplayOnly, DebugOnly, NoFormat>;

    instance = EnumCompound::DisplayDebug(DisplayOnly, DebugOnly);
    assert_eq!(format!("{}", instance), "display only DebugOnly");

    instance = EnumCompound::Display(DisplayOnly, NoFormat);
    assert_eq!(format!("{}", instance), "display only");

    instance = EnumCompound::Debug(NoFormat, DebugOnly);
    assert_eq!(format!("{}", instance), "DebugOnly");
}

// thiserror's `#[error(transparent)] Other(E)` is a catch-all here.
// impl<E> Display for EnumTransparentGeneric<E> where E: Display
#[error_catalog]
#[derive(Debug)]
pub enum EnumTransparentGeneric<E> {
    #[error(code = 1, http = 500, transparent)]
    Other(E),
}

#[test]
fn test_transparent_generic() {
    let error = EnumTransparentGeneric::Other(std::io::Error::other("inner"));
    assert_eq!(error.to_string(), "inner");
}

// impl<T: FromStr> Display for AssociatedTypeError<T> where T::Err: Display
#[error_catalog]
#[derive(Debug)]
pub enum AssociatedTypeError<T: FromStr> {
    #[error(code = 1, http = 400, message = "couldn't parse matrix")]
    Other,
    #[error(code = 2, http = 400, message = "couldn't parse entry: {0}")]
    EntryParseError(T::Err),
}

#[test]
fn test_associated_type() {
    let error = AssociatedTypeError::<u8>::EntryParseError("x".parse::<u8>().unwrap_err());
    assert_eq!(
        error.to_string(),
        "couldn't parse entry: invalid digit found in string"
    );
}

#[test]
fn test_no_bound_on_named_fmt() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error<T> {
        #[error(code = 1, http = 500, message("{thing}", thing = "..."))]
        Only { thing: T },
    }

    let error = Error::Only { thing: DebugOnly };
    assert_eq!(error.to_string(), "...");
}

#[test]
fn test_multiple_bound() {
    #[error_catalog]
    #[derive(Debug)]
    pub enum Error<T> {
        #[error(code = 1, http = 500, message = "0x{thing:x} 0x{thing:X}")]
        Only { thing: T },
    }

    let error = Error::Only { thing: 0xFFi32 };
    assert_eq!(error.to_string(), "0xff 0xFF");
}
