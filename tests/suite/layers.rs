//! Each crate's modules depend on each other in one direction: each file
//! names only items of files before it in the crate's order (the runtime
//! crate's is the one its `lib.rs` states). A new import that points the
//! other way, and so could close a circle, fails here with the file, the
//! name, and where it lives.

use std::collections::BTreeMap;
use std::path::Path;

/// The files of `catalog/src`, lowest first. `body/mod.rs`, `lib.rs` and
/// `__private.rs` only declare and re-export, so they come last.
const RUNTIME: &[&str] = &[
    "const_str.rs",
    "quality.rs",
    "locales.rs",
    "entry.rs",
    "report.rs",
    "traits.rs",
    "message.rs",
    "source.rs",
    "provide.rs",
    "gate.rs",
    "category.rs",
    "compose.rs",
    "lookup.rs",
    "scoped.rs",
    "context.rs",
    "locale/mod.rs",
    "body/media.rs",
    "body/batch.rs",
    "body/traits.rs",
    "body/view.rs",
    "body/derive.rs",
    "body/nested.rs",
    "body/plain.rs",
    "body/text.rs",
    "body/flat.rs",
    "body/problem.rs",
    "body/json_api.rs",
    "body/google.rs",
    "body/microsoft.rs",
    "body/xml.rs",
    "body/respond.rs",
    "body/mod.rs",
    "doc/text.rs",
    "doc/html.rs",
    "doc/mod.rs",
    "lock.rs",
    "logging.rs",
    "negotiation.rs",
    "reply.rs",
    "axum.rs",
    "actix.rs",
    "tonic.rs",
    "openapi.rs",
    "__private.rs",
    "lib.rs",
];

/// A file's code without its doc comments, comments and unit tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    text.lines()
        .map(str::trim_start)
        .filter(|line| !line.starts_with("//") && !line.contains("doc = "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names a file defines at its top level: `pub` or `pub(crate)` items.
fn defined(text: &str) -> Vec<String> {
    let kinds = [
        "struct ",
        "enum ",
        "trait ",
        "fn ",
        "const fn ",
        "const ",
        "type ",
    ];
    let mut names = Vec::new();
    for line in text.lines() {
        let Some(rest) = line
            .strip_prefix("pub ")
            .or_else(|| line.strip_prefix("pub(crate) "))
        else {
            if let Some(name) = line.strip_prefix("macro_rules! ") {
                names.push(name.trim_end_matches(" {").to_owned());
            }
            continue;
        };
        if let Some(rest) = kinds.iter().find_map(|kind| rest.strip_prefix(kind)) {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

/// The identifiers of every path the code writes from `crate::` or
/// `super::`, with their brace groups, and the file's own module.
fn named(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            if code[..at].ends_with('$') || code[..at].ends_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            let rest = &code[at + start.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || "_:{}, \n".contains(c)))
                .unwrap_or(rest.len());
            let path = &rest[..end];
            let path = match path.find('{') {
                Some(open) => &path[..path[open..].find('}').map_or(path.len(), |c| open + c + 1)],
                None => path.split([' ', '\n', ',']).next().unwrap_or(""),
            };
            names.extend(
                path.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .filter(|word| !word.is_empty() && *word != "self")
                    .map(str::to_owned),
            );
        }
    }
    names
}

/// The files of `catalog-macros/src`, lowest first: the pipeline `lib.rs`
/// describes, each stage's submodules before the file that declares them.
const MACROS: &[&str] = &[
    "symbol.rs",
    "errors.rs",
    "suggest.rs",
    "case.rs",
    "status.rs",
    "range.rs",
    "template.rs",
    "args.rs",
    "attr/syntax.rs",
    "attr/value.rs",
    "attr/attrs.rs",
    "attr/doc.rs",
    "attr/mod.rs",
    "locale.rs",
    "ast.rs",
    "model.rs",
    "resolve/code.rs",
    "resolve/fields.rs",
    "resolve/message.rs",
    "resolve/mod.rs",
    "valid/catalog.rs",
    "valid/fields.rs",
    "valid/variant.rs",
    "valid/unique.rs",
    "valid/locale.rs",
    "valid/mod.rs",
    "expand/tokens.rs",
    "expand/generics.rs",
    "expand/text.rs",
    "expand/message.rs",
    "expand/display.rs",
    "expand/details.rs",
    "expand/error.rs",
    "expand/from.rs",
    "expand/catalog.rs",
    "expand/catalog_error.rs",
    "expand/response.rs",
    "expand/openapi.rs",
    "expand/without_numbers.rs",
    "expand/locale.rs",
    "expand/mod.rs",
    "fallback.rs",
    "shape.rs",
    "lib.rs",
];

/// Every file under `root`, as a path relative to it.
fn files(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path.strip_prefix(root).unwrap();
                files.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    files.sort();
    files
}

/// The files of `root` named in `order` that name an item of a later one.
/// `reexported` says where the names `lib.rs` re-exports at the root live.
fn backward_names(root: &Path, order: &[&str], reexported: &[(&str, &str)]) -> Vec<String> {
    let mut listed = order.to_vec();
    listed.sort_unstable();
    assert_eq!(
        files(root),
        listed,
        "every file of {}, and no other, has a place in the order",
        root.display()
    );

    let rank = |file: &str| order.iter().position(|listed| *listed == file).unwrap();
    // Where each name lives: a top-level module by its file, an item by the
    // one file that defines it (a name defined twice is not judged). A
    // submodule is named only by its parent, which comes after it.
    let mut home: BTreeMap<String, Option<&str>> = BTreeMap::new();
    for file in order {
        let module = file.trim_end_matches("/mod.rs").trim_end_matches(".rs");
        if !module.contains('/') {
            home.insert(module.to_owned(), Some(file));
        }
        for name in defined(&std::fs::read_to_string(root.join(file)).unwrap()) {
            home.entry(name)
                .and_modify(|at| *at = None)
                .or_insert(Some(file));
        }
    }
    for (name, file) in reexported {
        home.insert((*name).to_owned(), Some(file));
    }

    let mut wrong = Vec::new();
    for file in order {
        let text = code(&std::fs::read_to_string(root.join(file)).unwrap());
        for name in named(&text) {
            if let Some(Some(at)) = home.get(&name) {
                if rank(at) > rank(file) {
                    wrong.push(format!(
                        "{file} names `{name}`, which lives in {at}, later in the order"
                    ));
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    wrong
}

#[test]
fn runtime_modules_name_only_earlier_ones() {
    let root = crate::common::root().join("catalog/src");
    let reexported = [
        ("Entry", "entry.rs"),
        ("Report", "report.rs"),
        ("Catalog", "traits.rs"),
        ("CatalogError", "traits.rs"),
    ];
    let wrong = backward_names(&root, RUNTIME, &reexported);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn macro_modules_name_only_earlier_ones() {
    let root = crate::common::root().join("catalog-macros/src");
    let wrong = backward_names(&root, MACROS, &[]);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
