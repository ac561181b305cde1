//! Turns on `Error::provide` for backtraces where the compiler offers it:
//! compiles a probe that implements it, and sets
//! `cfg(error_generic_member_access)` when the probe builds (a nightly
//! compiler whose API still matches). Users set no flag; on a stable
//! compiler the probe fails quietly and nothing changes.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const PROBE: &str = r#"
#![feature(error_generic_member_access)]

use core::error::{Error, Request};
use core::fmt::{self, Debug, Display};

pub struct Probe;

impl Debug for Probe {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("Probe")
    }
}

impl Display for Probe {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("probe")
    }
}

impl Error for Probe {
    fn provide<'a>(&'a self, request: &mut Request<'a>) {
        request.provide_ref::<Probe>(self);
        Error::provide(&fmt::Error, request);
    }
}
"#;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-check-cfg=cfg(error_generic_member_access)");
    if probe_builds() {
        println!("cargo:rustc-cfg=error_generic_member_access");
    }
}

/// Whether the compiler cargo builds this crate with compiles `PROBE`, with
/// the same target and flags.
fn probe_builds() -> bool {
    let Some(out_dir) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        return false;
    };
    let source = out_dir.join("probe.rs");
    if fs::write(&source, PROBE).is_err() {
        return false;
    }
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| OsString::from("rustc"));
    let wrapper = env::var_os("RUSTC_WRAPPER").filter(|wrapper| !wrapper.is_empty());
    let mut command = match wrapper {
        Some(wrapper) => {
            let mut command = Command::new(wrapper);
            command.arg(rustc);
            command
        }
        None => Command::new(rustc),
    };
    command
        .args([
            "--edition=2021",
            "--crate-name=error_catalog_probe",
            "--crate-type=lib",
        ])
        .args(["--emit=metadata", "--cap-lints=allow"])
        .arg("--out-dir")
        .arg(&out_dir)
        .arg(&source)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(target) = env::var_os("TARGET") {
        command.arg("--target").arg(target);
    }
    // The flags the crate itself is built with, such as `-Zallow-features`.
    if let Ok(flags) = env::var("CARGO_ENCODED_RUSTFLAGS") {
        command.args(flags.split('\x1f').filter(|flag| !flag.is_empty()));
    }
    command.status().is_ok_and(|status| status.success())
}
