//! Writes the benchmark catalogues into `OUT_DIR`, from the seed 002 page:
//! the 52 codes as one `#[error_catalog]` enum and as the hand-written code
//! it replaces (an enum, a `match` per accessor, a serde struct per body),
//! and a 5,000-variant catalogue. Only `benches/runtime.rs` includes them.

use std::fmt::Write as _;
use std::path::Path;

const SEED: &str = "../tests/seeds/002_analytics.txt";

struct Row {
    code: u32,
    http: u16,
    name: String,
    message: String,
    resolution: String,
}

fn rows(text: &str) -> Vec<Row> {
    text.lines()
        .filter(|line| line.starts_with("ANALYTICS_"))
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            Some(Row {
                code: cells.first()?.strip_prefix("ANALYTICS_")?.parse().ok()?,
                http: cells.get(1)?.parse().ok()?,
                name: (*cells.get(2)?).to_owned(),
                message: (*cells.get(3)?).to_owned(),
                resolution: (*cells.get(4)?).to_owned(),
            })
        })
        .collect()
}

fn variant(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| {
                    first
                        .to_uppercase()
                        .chain(chars.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .unwrap_or_default()
        })
        .collect()
}

fn with_macro(rows: &[Row]) -> String {
    let mut out = String::from(
        "#[::error_catalog::error_catalog(prefix = \"ANALYTICS\", range = 1000..=2099)]\n#[derive(Debug, Clone, Copy)]\npub enum MacroError {\n",
    );
    for row in rows {
        let _ = writeln!(
            out,
            "    #[error(code = {}, http = {}, message = {:?}, resolution = {:?})]\n    {},",
            row.code,
            row.http,
            row.message,
            row.resolution,
            variant(&row.name)
        );
    }
    out.push_str("}\n");
    out
}

fn by_hand(rows: &[Row]) -> String {
    let mut out = String::from("#[derive(Debug, Clone, Copy)]\npub enum HandError {\n");
    for row in rows {
        let _ = writeln!(out, "    {},", variant(&row.name));
    }
    out.push_str("}\n\nimpl HandError {\n");
    let accessor = |out: &mut String, signature: &str, value: &dyn Fn(&Row) -> String| {
        let _ = writeln!(
            out,
            "    #[inline]\n    pub fn {signature} {{\n        match self {{"
        );
        for row in rows {
            let _ = writeln!(
                out,
                "            Self::{} => {},",
                variant(&row.name),
                value(row)
            );
        }
        out.push_str("        }\n    }\n\n");
    };
    accessor(&mut out, "code(&self) -> u32", &|row| row.code.to_string());
    accessor(&mut out, "code_str(&self) -> &'static str", &|row| {
        format!("\"ANALYTICS_{}\"", row.code)
    });
    accessor(&mut out, "name(&self) -> &'static str", &|row| {
        format!("{:?}", row.name)
    });
    accessor(&mut out, "status(&self) -> ::http::StatusCode", &|row| {
        format!("const {{ match ::http::StatusCode::from_u16({}) {{ Ok(status) => status, Err(_) => panic!() }} }}", row.http)
    });
    accessor(&mut out, "message(&self) -> &'static str", &|row| {
        format!("{:?}", row.message)
    });
    accessor(
        &mut out,
        "resolution(&self) -> Option<&'static str>",
        &|row| format!("Some({:?})", row.resolution),
    );
    let lookup = |out: &mut String, signature: &str, key: &dyn Fn(&Row) -> String| {
        let _ = writeln!(out, "    pub fn {signature} {{\n        match code {{");
        for row in rows {
            let _ = writeln!(
                out,
                "            {} => Some(Self::{}),",
                key(row),
                variant(&row.name)
            );
        }
        out.push_str("            _ => None,\n        }\n    }\n\n");
    };
    lookup(&mut out, "from_code(code: u32) -> Option<Self>", &|row| {
        row.code.to_string()
    });
    lookup(
        &mut out,
        "from_code_str(code: &str) -> Option<Self>",
        &|row| format!("\"ANALYTICS_{}\"", row.code),
    );
    out.push_str("}\n");

    out
}

fn generated(count: u32) -> String {
    // Every seventh code, so that neither catalogue is a dense table.
    let mut out = format!(
        "#[::error_catalog::error_catalog(prefix = \"GEN\", range = 100000..={})]\n#[derive(Debug)]\npub enum Generated{count} {{\n",
        100_000 + 7 * count
    );
    for i in 0..count {
        let _ = writeln!(
            out,
            "    #[error(code = {}, http = {}, message = \"Generated error number {i}\")]\n    Variant{i},",
            100_000 + 7 * i,
            400 + (i % 100)
        );
    }
    out.push_str("}\n");
    out
}

/// The seed's 52 codes as a catalogue without numbers (`metric_not_found`),
/// and by hand: an enum with a `match` on the code string.
fn symbolic(rows: &[Row]) -> String {
    let mut out = String::from(
        "#[::error_catalog::error_catalog(rename_all = \"snake_case\")]\n#[derive(Debug, Clone, Copy)]\npub enum SymbolicError {\n",
    );
    for row in rows {
        let _ = writeln!(
            out,
            "    #[error(http = {}, message = {:?})]\n    {},",
            row.http,
            row.message,
            variant(&row.name)
        );
    }
    out.push_str("}\n\n#[derive(Debug, Clone, Copy)]\npub enum SymbolicHand {\n");
    for row in rows {
        let _ = writeln!(out, "    {},", variant(&row.name));
    }
    out.push_str("}\n\nimpl SymbolicHand {\n    pub fn from_code_str(code: &str) -> Option<Self> {\n        match code {\n");
    for row in rows {
        let _ = writeln!(
            out,
            "            {:?} => Some(Self::{}),",
            row.name.to_lowercase(),
            variant(&row.name)
        );
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n\n/// The code strings, in declaration order.\nconst SYMBOLIC_CODES: &[&str] = &[");
    for row in rows {
        let _ = write!(out, "{:?}, ", row.name.to_lowercase());
    }
    out.push_str("];\n");
    out
}

/// A catalogue of `count` codes without numbers, of varied lengths:
/// `quota_card_42`, `permission_expired_limit_1234`, ...
fn generated_symbolic(count: u32) -> String {
    const WORDS: [&str; 12] = [
        "card",
        "declined",
        "resource",
        "missing",
        "api",
        "key",
        "expired",
        "quota",
        "limit",
        "permission",
        "denied",
        "condition",
    ];
    let mut out = format!(
        "#[::error_catalog::error_catalog(rename_all = \"snake_case\")]\n#[derive(Debug)]\npub enum GeneratedSymbolic{count} {{\n"
    );
    let mut names = Vec::new();
    for i in 0..count {
        let index = i as usize;
        let mut name = format!("{}_{}", WORDS[index % 12], WORDS[(index / 12) % 12]);
        if i % 3 == 0 {
            name.push('_');
            name.push_str(WORDS[(index / 7) % 12]);
        }
        let name = format!("{name}_{i}");
        let _ = writeln!(
            out,
            "    #[error(http = {}, message = \"Generated error number {i}\", name = {name:?})]\n    Variant{i},",
            400 + (i % 100)
        );
        names.push(name);
    }
    let _ = writeln!(
        out,
        "}}\n\n/// The code strings, in declaration order.\nconst GENERATED_SYMBOLIC_CODES: &[&str] = &{names:?};"
    );
    out
}

fn main() {
    println!("cargo:rerun-if-changed={SEED}");
    println!("cargo:rerun-if-changed=build.rs");
    let Ok(text) = std::fs::read_to_string(SEED) else {
        panic!("{SEED} is missing");
    };
    let rows = rows(&text);
    assert_eq!(rows.len(), 52, "the seed lists 52 codes");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let write = |name: &str, text: String| {
        std::fs::write(out.join(name), text).expect("OUT_DIR is writable")
    };
    write("bench_macro.rs", with_macro(&rows));
    write("bench_hand.rs", by_hand(&rows));
    write("bench_generated_5000.rs", generated(5000));
    write("bench_symbolic.rs", symbolic(&rows));
    write("bench_generated_symbolic_5000.rs", generated_symbolic(5000));
    let all: Vec<String> = rows
        .iter()
        .map(|row| format!("MacroError::{}", variant(&row.name)))
        .collect();
    write(
        "bench_all.rs",
        format!(
            "/// Every variant, in declaration order.\nconst ALL_MACRO: [MacroError; {}] = [{}];\n",
            all.len(),
            all.join(", ")
        ),
    );
}
