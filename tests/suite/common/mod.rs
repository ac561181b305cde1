//! Helpers the test modules share.

pub mod http;
pub mod log;
pub mod metrics;

/// The workspace's root: the files the tests read are named from it.
pub fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
