//! thiserror's `tests/test_path.rs`: the enum cases. A field written
//! `Path` or `PathBuf` formats with `.display()`; with `{:?}` it is
//! `Debug`, quotes and all.

use std::fmt::Display;
use std::path::{Path, PathBuf};

use error_catalog::error_catalog;

#[error_catalog]
#[derive(Debug)]
enum EnumPathBuf {
    #[error(code = 1, http = 500, message = "failed to read '{0}'")]
    Read(PathBuf),
}

#[error_catalog]
#[derive(Debug)]
pub enum BothError {
    #[error(code = 1, http = 500, message = "display:{0} debug:{0:?}")]
    DisplayDebug(PathBuf),
    #[error(code = 2, http = 500, message = "debug:{0:?} display:{0}")]
    DebugDisplay(PathBuf),
}

fn assert<T: Display>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
}

#[test]
fn test_display() {
    let path = Path::new("/thiserror");
    let file = path.to_owned();
    assert("failed to read '/thiserror'", EnumPathBuf::Read(file));
}

#[test]
fn test_display_and_debug() {
    let path = PathBuf::from("/thiserror");
    assert(
        "display:/thiserror debug:\"/thiserror\"",
        BothError::DisplayDebug(path.clone()),
    );
    assert(
        "debug:\"/thiserror\" display:/thiserror",
        BothError::DebugDisplay(path),
    );
}
