//! thiserror's backtrace cases, built alone (see Cargo.toml).

#![cfg_attr(error_generic_member_access, feature(error_generic_member_access))]

#[path = "../../thiserror/test_backtrace.rs"]
mod test_backtrace;
