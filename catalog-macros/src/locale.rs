//! The Fluent files of `locales = "..."`: found, read and parsed, and each
//! message summed up with the lines it is written on, for the checks to
//! judge and the expansion to embed. Nothing here reports: a file that
//! cannot be read or parsed says why in its `problems`, and `valid` reports.

use crate::attr::Text;

/// The folder of a catalogue's Fluent files, one per locale.
pub(crate) struct LocaleDir {
    /// Why the folder could not be read, when it could not.
    pub problem: Option<String>,
    /// Its `.ftl` files, sorted by tag.
    pub files: Vec<LocaleFile>,
}

/// One locale's file.
pub(crate) struct LocaleFile {
    /// The file's name without `.ftl`: the locale's tag.
    pub tag: String,
    /// The file as a reader finds it: the folder as written, then the name.
    pub shown: String,
    /// The absolute path, which the expansion embeds the file by, so that
    /// editing the file rebuilds the crate.
    pub path: String,
    /// What keeps the tag from being a BCP 47 language tag, or from being
    /// written as one is (`en-US`, not `en_us`).
    pub tag_problem: Option<String>,
    /// Each syntax error: its line and what is wrong.
    pub syntax_errors: Vec<(usize, String)>,
    /// The messages, in the file's order (terms are not listed: a message
    /// may use them, and Fluent resolves them).
    pub messages: Vec<FtlMessage>,
}

/// A message of a Fluent file.
pub(crate) struct FtlMessage {
    pub id: String,
    /// Its place among the file's entries as Fluent's runtime parser
    /// numbers them (messages, terms and junk; comments are skipped).
    pub position: usize,
    pub line: usize,
    /// The variables its value uses, or `None` for a message without one.
    pub value: Option<Vec<Variable>>,
    pub attributes: Vec<FtlAttribute>,
}

/// An attribute of a message, `.resolution = ...`.
pub(crate) struct FtlAttribute {
    pub name: String,
    pub line: usize,
    pub variables: Vec<Variable>,
}

/// A variable a pattern uses, `$kind`, anywhere in it: text, selector,
/// variant or function argument.
pub(crate) struct Variable {
    pub name: String,
    pub line: usize,
}

/// The Fluent id of the message of code string `code_str`: the code
/// string itself when it is a Fluent identifier (`ANALYTICS_1000`,
/// `card_declined`); else `code-` then the code string with each character
/// an identifier cannot hold written `-` (`101001` is `code-101001`).
pub(crate) fn fluent_id(code_str: &str) -> String {
    let is_identifier = code_str.starts_with(|c: char| c.is_ascii_alphabetic())
        && code_str
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if is_identifier {
        return code_str.to_owned();
    }
    let kept: String = code_str
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("code-{kept}")
}

/// The Fluent variable of a placeholder labelled `label` (a field's name
/// or index, or an argument's label): the label itself, or `field0` for
/// the tuple field `0`, since a Fluent variable starts with a letter.
pub(crate) fn fluent_variable(label: &str) -> String {
    let label = label.strip_prefix("r#").unwrap_or(label);
    if label.starts_with(|c: char| c.is_ascii_alphabetic()) {
        label.to_owned()
    } else {
        format!("field{label}")
    }
}

/// What keeps `tag` from being a BCP 47 tag as written canonically.
pub(crate) fn tag_problem(tag: &str) -> Option<String> {
    imp::tag_problem(tag)
}

/// Reads the folder `dir`, relative to the crate's `Cargo.toml`.
pub(crate) fn read(dir: &Text) -> LocaleDir {
    imp::read(dir)
}

#[cfg(not(feature = "locale"))]
mod imp {
    use super::{LocaleDir, Text};

    const OFF: &str = "`locales` needs the feature `locale` of error-catalog: \
                       `error-catalog = { version = \"0.1\", features = [\"locale\"] }`";

    pub(super) fn read(_: &Text) -> LocaleDir {
        LocaleDir {
            problem: Some(OFF.to_owned()),
            files: Vec::new(),
        }
    }

    pub(super) fn tag_problem(_: &str) -> Option<String> {
        None
    }
}

#[cfg(feature = "locale")]
mod imp {
    use std::path::{Path, PathBuf};

    use fluent_syntax::ast::{
        CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
    };

    use super::{FtlAttribute, FtlMessage, LocaleDir, LocaleFile, Text, Variable};

    pub(super) fn tag_problem(tag: &str) -> Option<String> {
        match tag.parse::<unic_langid::LanguageIdentifier>() {
            Err(_) => Some(format!(
                "`{tag}` is not a BCP 47 language tag, such as `de`, `en-US` or `zh-Hant-TW`"
            )),
            Ok(parsed) if parsed != tag => {
                Some(format!("the language tag `{tag}` is written `{parsed}`"))
            }
            Ok(_) => None,
        }
    }

    pub(super) fn read(dir: &Text) -> LocaleDir {
        let root = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
        let folder = root.join(&dir.value);
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(error) => {
                return LocaleDir {
                    problem: Some(format!(
                        "cannot read the folder `{}`: {}; `locales` names a folder of Fluent files, \
                         one per locale such as `de.ftl`, from the folder of the crate's Cargo.toml",
                        dir.value,
                        error.kind()
                    )),
                    files: Vec::new(),
                }
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl") && path.is_file())
            .collect();
        paths.sort();
        let files = paths.iter().map(|path| file(dir, path)).collect();
        LocaleDir {
            problem: None,
            files,
        }
    }

    fn file(dir: &Text, path: &Path) -> LocaleFile {
        let tag = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown = format!("{}/{name}", dir.value.trim_end_matches('/'));
        let mut file = LocaleFile {
            tag_problem: tag_problem(&tag),
            tag,
            shown,
            path: path.to_string_lossy().into_owned(),
            syntax_errors: Vec::new(),
            messages: Vec::new(),
        };
        let source = match std::fs::read_to_string(path) {
            Ok(source) => source,
            Err(error) => {
                file.syntax_errors
                    .push((1, format!("cannot be read: {error}")));
                return file;
            }
        };
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let line = line_of(&source, error.pos.start);
                    file.syntax_errors.push((line, error.kind.to_string()));
                }
                resource
            }
        };
        let kept = resource.body.iter().filter(|entry| {
            !matches!(
                entry,
                Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_)
            )
        });
        for (position, entry) in kept.enumerate() {
            if let Entry::Message(message) = entry {
                let mut value = None;
                if let Some(pattern) = &message.value {
                    let mut variables = Vec::new();
                    pattern_variables(&source, pattern, &mut variables);
                    value = Some(variables);
                }
                let attributes = message
                    .attributes
                    .iter()
                    .map(|attribute| {
                        let mut variables = Vec::new();
                        pattern_variables(&source, &attribute.value, &mut variables);
                        FtlAttribute {
                            name: attribute.id.name.to_owned(),
                            line: line_at(&source, attribute.id.name),
                            variables,
                        }
                    })
                    .collect();
                file.messages.push(FtlMessage {
                    id: message.id.name.to_owned(),
                    position,
                    line: line_at(&source, message.id.name),
                    value,
                    attributes,
                });
            }
        }
        file
    }

    /// The line of byte `offset` of `source`, from 1.
    fn line_of(source: &str, offset: usize) -> usize {
        let offset = offset.min(source.len());
        source.as_bytes()[..offset]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count()
            + 1
    }

    /// The line of `slice`, a slice of `source` the parser returned.
    fn line_at(source: &str, slice: &str) -> usize {
        let offset = (slice.as_ptr() as usize).saturating_sub(source.as_ptr() as usize);
        line_of(source, offset)
    }

    fn pattern_variables(source: &str, pattern: &Pattern<&str>, into: &mut Vec<Variable>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_variables(source, expression, into);
            }
        }
    }

    fn expression_variables(source: &str, expression: &Expression<&str>, into: &mut Vec<Variable>) {
        match expression {
            Expression::Select { selector, variants } => {
                inline_variables(source, selector, into);
                for variant in variants {
                    pattern_variables(source, &variant.value, into);
                }
            }
            Expression::Inline(inline) => inline_variables(source, inline, into),
        }
    }

    fn inline_variables(source: &str, inline: &InlineExpression<&str>, into: &mut Vec<Variable>) {
        match inline {
            InlineExpression::VariableReference { id } => into.push(Variable {
                name: id.name.to_owned(),
                line: line_at(source, id.name),
            }),
            InlineExpression::FunctionReference { arguments, .. } => {
                argument_variables(source, arguments, into);
            }
            InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => argument_variables(source, arguments, into),
            InlineExpression::Placeable { expression } => {
                expression_variables(source, expression, into);
            }
            _ => {}
        }
    }

    fn argument_variables(source: &str, arguments: &CallArguments<&str>, into: &mut Vec<Variable>) {
        for argument in &arguments.positional {
            inline_variables(source, argument, into);
        }
        for argument in &arguments.named {
            inline_variables(source, &argument.value, into);
        }
    }
}

#[cfg(all(test, feature = "locale"))]
mod tests {
    use fluent_syntax::ast::Entry;

    use super::Text;

    /// The places the expansion writes are the ones Fluent's runtime
    /// parser, which `error-catalog` formats with, gives the messages of
    /// every Fluent file of the tests.
    #[test]
    fn positions_are_the_runtime_parser_s() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut layout = Vec::new();
        for folder in std::fs::read_dir(root.join("../tests/locales")).unwrap() {
            let folder = folder.unwrap().path();
            let dir = Text {
                value: folder.to_string_lossy().into_owned(),
                span: proc_macro2::Span::call_site(),
            };
            for file in super::read(&dir).files {
                let source = std::fs::read_to_string(&file.path).unwrap();
                let runtime = fluent_syntax::parser::parse_runtime(source.as_str()).unwrap();
                for message in &file.messages {
                    let Some(Entry::Message(found)) = runtime.body.get(message.position) else {
                        panic!("{}: no message at {}", file.shown, message.position);
                    };
                    assert_eq!(found.id.name, message.id, "in {}", file.shown);
                    if folder.ends_with("layout") {
                        layout.push(message.position);
                    }
                }
            }
        }
        // Its comments are skipped, its terms counted: `-shop`, LAYOUT_1,
        // `-cart`, `-cart-full`, LAYOUT_2.
        assert_eq!(layout, [1, 4]);
    }
}
