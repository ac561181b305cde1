//! thiserror's own test suite, translated: each enum case of its
//! `tests/*.rs` written as a catalogue, one module per thiserror file and
//! the test names kept, so that what a thiserror user writes is known to
//! work here. Cases about structs and unions have no translation (a
//! catalogue is an enum); the README's "Coming from thiserror" lists how
//! each construct is written.

#![cfg_attr(error_generic_member_access, feature(error_generic_member_access))]

mod test_backtrace;
mod test_display;
mod test_error;
mod test_expr;
mod test_from;
mod test_generics;
mod test_lints;
mod test_path;
mod test_source;
mod test_transparent;
