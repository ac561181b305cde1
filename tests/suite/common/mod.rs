//! Helpers the test modules share.

pub mod http;
pub mod metrics;
