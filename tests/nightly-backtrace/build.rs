//! thiserror's assertions call `std::error::request_ref`, which this crate
//! names itself and so needs the feature for: on a nightly compiler, sets
//! `cfg(error_generic_member_access)` for this crate. The catalogues need
//! nothing: the runtime crate's own build script turns `provide` on.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-check-cfg=cfg(error_generic_member_access)");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let version = Command::new(rustc).arg("--version").output();
    if version.is_ok_and(|output| String::from_utf8_lossy(&output.stdout).contains("nightly")) {
        println!("cargo:rustc-cfg=error_generic_member_access");
    }
}
