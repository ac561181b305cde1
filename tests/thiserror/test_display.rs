//! thiserror's `tests/test_display.rs`. Its struct cases become one-variant
//! catalogues; `#[error("...")]` is `message = "..."`, and with arguments
//! `message("...", args)`. Two differences, listed in the README: a
//! placeholder must name a field or an argument (thiserror also lets
//! `format!` capture a constant or `self` from scope: here they are
//! passed as named arguments), and there is no `fmt = path` (a catalogue
//! publishes its message as a template; the function is called from an
//! argument instead).

#![allow(
    dead_code,
    clippy::elidable_lifetime_names,
    clippy::needless_lifetimes,
    clippy::needless_raw_string_hashes,
    clippy::trivially_copy_pass_by_ref,
    clippy::uninlined_format_args
)]

use core::fmt::{self, Display};

use error_catalog::error_catalog;

fn assert<T: Display>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
}

#[test]
fn test_braced() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "braced error: {msg}")]
        Only { msg: String },
    }

    let msg = "T".to_owned();
    assert("braced error: T", Error::Only { msg });
}

#[test]
fn test_braced_unused() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "braced error")]
        Only { extra: usize },
    }

    assert("braced error", Error::Only { extra: 0 });
}

#[test]
fn test_tuple() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "tuple error: {0}")]
        Only(usize),
    }

    assert("tuple error: 0", Error::Only(0));
}

#[test]
fn test_unit() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "unit error")]
        Only,
    }

    assert("unit error", Error::Only);
}

#[test]
fn test_enum() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "braced error: {id}")]
        Braced { id: usize },
        #[error(code = 2, http = 400, message = "tuple error: {0}")]
        Tuple(usize),
        #[error(code = 3, http = 400, message = "unit error")]
        Unit,
    }

    assert("braced error: 0", Error::Braced { id: 0 });
    assert("tuple error: 0", Error::Tuple(0));
    assert("unit error", Error::Unit);
}

// thiserror lets `format!` capture `MSG` and `CODE` from scope; here a
// placeholder naming no field is a mistake (a typo would otherwise be
// published), so the constants are named arguments.
#[test]
fn test_constants() {
    const MSG: &str = "failed to do";
    const CODE: usize = 9;

    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("{MSG}: {id:?} (code {CODE:?})", MSG = MSG, CODE = CODE))]
        Only { id: &'static str },
    }

    assert("failed to do: \"\" (code 9)", Error::Only { id: "" });
}

#[test]
fn test_inherit() {
    #[error_catalog(message = "{0}")]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400)]
        Some(&'static str),
        #[error(code = 2, http = 400, message = "other error")]
        Other(&'static str),
    }

    assert("some error", Error::Some("some error"));
    assert("other error", Error::Other("..."));
}

#[test]
fn test_brace_escape() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "fn main() {{}}")]
        Only,
    }

    assert("fn main() {}", Error::Only);
}

#[test]
fn test_expr() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("1 + 1 = {}", 1 + 1))]
        Only,
    }

    assert("1 + 1 = 2", Error::Only);
}

#[test]
fn test_nested() {
    #[allow(clippy::trivially_copy_pass_by_ref)]
    fn not(bool: &bool) -> bool {
        !*bool
    }

    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("!bool = {}", not(.0)))]
        Only(bool),
    }

    assert("!bool = false", Error::Only(true));
}

#[test]
fn test_match() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("{intro}: {0}", intro = match .1 {
            Some(n) => format!("error occurred with {}", n),
            None => "there was an empty error".to_owned(),
        }))]
        Only(String, Option<usize>),
    }

    assert(
        "error occurred with 1: ...",
        Error::Only("...".to_owned(), Some(1)),
    );
    assert(
        "there was an empty error: ...",
        Error::Only("...".to_owned(), None),
    );
}

#[test]
fn test_nested_display() {
    // Same behavior as the one in `test_match`, but without String allocations.
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("{}", {
            struct Msg<'a>(&'a String, &'a Option<usize>);
            impl<'a> Display for Msg<'a> {
                fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                    match self.1 {
                        Some(n) => write!(formatter, "error occurred with {}", n),
                        None => write!(formatter, "there was an empty error"),
                    }?;
                    write!(formatter, ": {}", self.0)
                }
            }
            Msg(.0, .1)
        }))]
        Only(String, Option<usize>),
    }

    assert(
        "error occurred with 1: ...",
        Error::Only("...".to_owned(), Some(1)),
    );
    assert(
        "there was an empty error: ...",
        Error::Only("...".to_owned(), None),
    );
}

#[test]
fn test_void() {
    #[allow(clippy::empty_enums)]
    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum Error {}

    let _: Error;
}

#[test]
fn test_mixed() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(
            code = 1,
            http = 400,
            message("a={a} :: b={} :: c={c} :: d={d}", 1, c = 2, d = 3)
        )]
        Only { a: usize, d: usize },
    }

    assert("a=0 :: b=1 :: c=2 :: d=3", Error::Only { a: 0, d: 0 });
}

#[test]
fn test_ints() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "error {0}")]
        Tuple(usize, usize),
        #[error(code = 2, http = 400, message("error {0}", '?'))]
        Struct { v: usize },
    }

    assert("error 9", Error::Tuple(9, 0));
    assert("error ?", Error::Struct { v: 0 });
}

#[test]
fn test_trailing_comma() {
    #[error_catalog]
    #[derive(Debug)]
    #[rustfmt::skip]
    enum Error {
        #[error(code = 1, http = 400, message(
            "error {0}",
        ))]
        Only(char),
    }

    assert("error ?", Error::Only('?'));
}

#[test]
fn test_field() {
    #[derive(Debug)]
    struct Inner {
        data: usize,
    }

    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("{}", .0.data))]
        Only(Inner),
    }

    assert("0", Error::Only(Inner { data: 0 }));
}

#[test]
fn test_nested_tuple_field() {
    #[derive(Debug)]
    struct Inner(usize);

    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("{}", .0.0))]
        Only(Inner),
    }

    assert("0", Error::Only(Inner(0)));
}

#[test]
fn test_pointer() {
    #[error_catalog]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 1, http = 400, message = "{field:p}")]
        Only { field: Box<i32> },
    }

    let s = Error::Only {
        field: Box::new(-1),
    };
    let Error::Only { field } = &s;
    assert_eq!(s.to_string(), format!("{:p}", *field));
}

#[test]
fn test_macro_rules_variant_from_call_site() {
    macro_rules! decl_error {
        ($variant:ident($value:ident)) => {
            #[error_catalog]
            #[derive(Debug)]
            pub enum Error0 {
                #[error(code = 1, http = 400, message = "{0:?}")]
                $variant($value),
            }

            #[error_catalog(message = "{0:?}")]
            #[derive(Debug)]
            pub enum Error1 {
                #[error(code = 1, http = 400)]
                $variant($value),
            }
        };
    }

    decl_error!(Repro(u8));

    assert("0", Error0::Repro(0));
    assert("0", Error1::Repro(0));
}

#[test]
fn test_macro_rules_message_from_call_site() {
    macro_rules! decl_error {
        ($($errors:tt)*) => {
            #[error_catalog]
            #[derive(Debug)]
            pub enum Error {
                $($errors)*
            }
        };
    }

    decl_error! {
        #[error(code = 1, http = 400, message = "{0}")]
        Unnamed(u8),
        #[error(code = 2, http = 400, message = "{x}")]
        Named { x: u8 },
    }

    assert("0", Error::Unnamed(0));
    assert("0", Error::Named { x: 0 });
}

#[test]
fn test_raw() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "braced raw error: {fn}")]
        Only { r#fn: &'static str },
    }

    assert("braced raw error: T", Error::Only { r#fn: "T" });
}

#[test]
fn test_raw_enum() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message = "braced raw error: {fn}")]
        Braced { r#fn: &'static str },
    }

    assert("braced raw error: T", Error::Braced { r#fn: "T" });
}

#[test]
fn test_keyword() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("error: {type}", type = 1))]
        Only,
    }

    assert("error: 1", Error::Only);
}

// thiserror's `{self:?}` lets `format!` capture `self`; here `self` is
// passed as an argument.
#[test]
fn test_self() {
    #[error_catalog]
    #[derive(Debug)]
    enum Error {
        #[error(code = 1, http = 400, message("error: {me:?}", me = self))]
        Only,
    }

    assert("error: Only", Error::Only);
}

#[test]
fn test_str_special_chars() {
    #[error_catalog]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 1, http = 400, message = "brace left {{")]
        BraceLeft,
        #[error(code = 2, http = 400, message = "brace left 2 \x7B\x7B")]
        BraceLeft2,
        #[error(code = 3, http = 400, message = "brace left 3 \u{7B}\u{7B}")]
        BraceLeft3,
        #[error(code = 4, http = 400, message = "brace right }}")]
        BraceRight,
        #[error(code = 5, http = 400, message = "brace right 2 \x7D\x7D")]
        BraceRight2,
        #[error(code = 6, http = 400, message = "brace right 3 \u{7D}\u{7D}")]
        BraceRight3,
        #[error(
            code = 7,
            http = 400,
            message = "new_\
line"
        )]
        NewLine,
        #[error(code = 8, http = 400, message = "escape24 \u{78}")]
        Escape24,
    }

    assert("brace left {", Error::BraceLeft);
    assert("brace left 2 {", Error::BraceLeft2);
    assert("brace left 3 {", Error::BraceLeft3);
    assert("brace right }", Error::BraceRight);
    assert("brace right 2 }", Error::BraceRight2);
    assert("brace right 3 }", Error::BraceRight3);
    assert("new_line", Error::NewLine);
    assert("escape24 x", Error::Escape24);
}

#[test]
fn test_raw_str() {
    #[error_catalog]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 1, http = 400, message = r#"raw brace left {{"#)]
        BraceLeft,
        #[error(code = 2, http = 400, message = r#"raw brace left 2 \x7B"#)]
        BraceLeft2,
        #[error(code = 3, http = 400, message = r#"raw brace right }}"#)]
        BraceRight,
        #[error(code = 4, http = 400, message = r#"raw brace right 2 \x7D"#)]
        BraceRight2,
    }

    assert(r#"raw brace left {"#, Error::BraceLeft);
    assert(r#"raw brace left 2 \x7B"#, Error::BraceLeft2);
    assert(r#"raw brace right }"#, Error::BraceRight);
    assert(r#"raw brace right 2 \x7D"#, Error::BraceRight2);
}

mod util {
    use core::fmt::{self, Octal};

    pub fn octal<T: Octal>(value: &T, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "0o{:o}", value)
    }
}

/// A formatting function as a `Display` value, for an argument.
struct Fmt<F>(F);

/// `Fmt`, with the closure's signature spelled out for the compiler.
fn fmt_with<F: Fn(&mut fmt::Formatter) -> fmt::Result>(function: F) -> Fmt<F> {
    Fmt(function)
}

impl<F: Fn(&mut fmt::Formatter) -> fmt::Result> Display for Fmt<F> {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        (self.0)(formatter)
    }
}

// thiserror's `#[error(fmt = path)]` formats with a function and publishes
// no template; here the function is called from an argument, so that the
// catalogue still has a message to publish.
#[test]
fn test_fmt_path() {
    fn unit(formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("unit=")
    }

    fn pair(k: &i32, v: &i32, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "pair={k}:{v}")
    }

    #[error_catalog]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 1, http = 400, message("{}", fmt_with(unit)))]
        Unit,
        #[error(code = 2, http = 400, message("{}", fmt_with(|f| pair(.0, .1, f))))]
        Tuple(i32, i32),
        #[error(code = 3, http = 400, message("{}", fmt_with(|f| pair(.k, .v, f))))]
        Entry { k: i32, v: i32 },
        #[error(code = 4, http = 400, message("{}", fmt_with(|f| crate::test_display::util::octal(.0, f))))]
        I16(i16),
        #[error(code = 5, http = 400, message("{}", fmt_with(|f| crate::test_display::util::octal::<i32>(.n, f))))]
        I32 { n: i32 },
        #[error(code = 6, http = 400, message("{}", fmt_with(|f| core::fmt::Octal::fmt(.0, f))))]
        I64(i64),
        #[error(code = 7, http = 400, message = "...{0}")]
        Other(bool),
    }

    assert("unit=", Error::Unit);
    assert("pair=10:0", Error::Tuple(10, 0));
    assert("pair=10:0", Error::Entry { k: 10, v: 0 });
    assert("0o777", Error::I16(0o777));
    assert("0o777", Error::I32 { n: 0o777 });
    assert("777", Error::I64(0o777));
    assert("...false", Error::Other(false));
}

#[test]
fn test_fmt_path_inherited() {
    #[error_catalog(message("{}", fmt_with(|f| crate::test_display::util::octal(.0, f))))]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 1, http = 400)]
        I16(i16),
        #[error(code = 2, http = 400, message("{}", fmt_with(|f| core::fmt::Octal::fmt(.0, f))))]
        I64(i64),
        #[error(code = 3, http = 400, message = "...{0}")]
        Other(bool),
    }

    assert("0o777", Error::I16(0o777));
    assert("777", Error::I64(0o777));
    assert("...false", Error::Other(false));
}
