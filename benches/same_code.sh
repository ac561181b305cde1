#!/usr/bin/env bash
# Shows that the generated accessors (and `message()` of variants without
# fields) compile to the same machine code as the hand-written `match`: builds the two seed 002 catalogues of the run-time
# benchmark side by side in release mode and compares, accessor by accessor,
# the assembly of a function calling each. Identical functions are merged by
# LLVM into one symbol, which counts as the same code too.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p error-catalog-benches --benches
out=$(ls -d target/release/build/error-catalog-benches-*/out | head -n 1)
work=target/same-code
rm -rf "$work" && mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "same-code"
version = "0.0.0"
edition = "2021"
publish = false
[lib]
path = "src/lib.rs"
[dependencies]
error-catalog = { path = "$PWD/catalog" }
http = "1"
[workspace]
TOML
{
    cat "$out/bench_macro.rs" "$out/bench_hand.rs"
    for accessor in status code code_str name resolution; do
        echo "#[no_mangle] pub fn hand_$accessor(e: &HandError) -> usize { hand(e.$accessor()) }"
        echo "#[no_mangle] pub fn macro_$accessor(e: &MacroError) -> usize { hand(error_catalog::CatalogError::$accessor(e)) }"
    done
    # Every variant of the seed 002 catalogue has a message without fields.
    echo "#[no_mangle] pub fn hand_message(e: &HandError) -> usize { hand(std::borrow::Cow::<'static, str>::Borrowed(e.message())) }"
    echo "#[no_mangle] pub fn macro_message(e: &MacroError) -> usize { hand(error_catalog::CatalogError::message(e)) }"
    cat <<'RS'
/// Reduces any accessor's value to a number, the same way for both.
#[inline(always)]
fn hand<T: core::fmt::Debug>(value: T) -> usize {
    core::hint::black_box(&value) as *const T as usize
}
RS
} > "$work/src/lib.rs"
(cd "$work" && CARGO_TARGET_DIR=target cargo rustc -q --release -- --emit asm)
asm=$(ls "$work"/target/release/deps/same_code-*.s | head -n 1)
body() {
    # The instructions of function $1, labels renamed so that two copies compare equal.
    awk -v name="$1" '$0 == name":" {on=1; next} on && /\.cfi_endproc/ {exit} on' "$asm" \
        | grep -v -E '^\s*\.(cfi|p2align|size|type)' | sed -E 's/\.L[A-Za-z0-9_.]+/.L/g'
}
status=0
for accessor in status code code_str name resolution message; do
    if grep -q -E "^\s*(\.set\s+macro_$accessor,\s*hand_$accessor|macro_$accessor = hand_$accessor|hand_$accessor = macro_$accessor)\s*$" "$asm"; then
        echo "$accessor: identical (merged into one function)"
    elif [ "$(body "hand_$accessor")" = "$(body "macro_$accessor")" ]; then
        echo "$accessor: identical ($(body "hand_$accessor" | grep -c -v ':$') instructions each)"
    else
        echo "$accessor: DIFFERENT"
        diff <(body "hand_$accessor") <(body "macro_$accessor") || true
        status=1
    fi
done
exit $status
