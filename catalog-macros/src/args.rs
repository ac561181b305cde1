//! The arguments after a message's template, as thiserror takes them:
//! `message("{} items", .0.len())`, `message("{kind}", kind = .kind.name())`.
//!
//! `syn` runs without its `full` feature, so there is no expression parser:
//! the arguments are split at the commas `format!` would split them at, and
//! `.field` / `.0` at the start of an expression is a field of the variant,
//! found by looking at the token before it, the way thiserror does.

use proc_macro2::{Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// One argument after the template.
#[derive(Clone)]
pub(crate) struct FormatArg {
    /// `name` of `name = expr`; `None` for a positional argument.
    pub name: Option<Ident>,
    /// The expression as written, `.field` references and all.
    pub expr: TokenStream,
}

/// A `.field` or `.0` in an argument, by the name a placeholder would use.
pub(crate) struct FieldUse {
    pub name: String,
    pub span: Span,
}

/// Splits the tokens after the template (commas included) into arguments,
/// and says where one is malformed: what could be read is kept, so that a
/// misplaced argument does not also make the placeholders using it fail.
pub(crate) fn parse(tokens: Vec<TokenTree>) -> (Vec<FormatArg>, Vec<syn::Error>) {
    let mut args = Vec::new();
    let mut problems = Vec::new();
    let mut runs = split(tokens);
    runs.reverse();
    while let Some(mut run) = runs.pop() {
        // `a = .x b = 3`: one error for the comma, and both arguments read.
        let named_run = matches!(run.get(1), Some(TokenTree::Punct(eq)) if eq.as_char() == '=' && eq.spacing() == Spacing::Alone);
        if let Some(at) = next_key(&run, if named_run { 3 } else { 1 }) {
            problems.push(syn::Error::new(
                run[at - 1].span(),
                format!("a comma is missing after this, before `{}`", run[at]),
            ));
            runs.push(run.split_off(at));
        }
        let Some(first) = run.first() else {
            continue;
        };
        let span = first.span();
        let named = match run.as_slice() {
            [TokenTree::Ident(name), TokenTree::Punct(eq), ..]
                if eq.as_char() == '=' && eq.spacing() == Spacing::Alone =>
            {
                Some(name.clone())
            }
            _ => None,
        };
        let expr: TokenStream = match &named {
            Some(_) => run[2..].iter().cloned().collect(),
            None => run.iter().cloned().collect(),
        };
        if expr.is_empty() {
            problems.push(syn::Error::new(span, "missing expression after `=`"));
            continue;
        }
        if named.is_none() && args.iter().any(|arg: &FormatArg| arg.name.is_some()) {
            problems.push(syn::Error::new_spanned(
                &expr,
                "positional arguments go before named ones, as in `format!`",
            ));
        }
        args.push(FormatArg { name: named, expr });
    }
    (args, problems)
}

/// The first `name =` in `run` at or after `from`: a key or a named
/// argument that follows the one before it without a comma.
/// One inside generic arguments (`dyn Trait<A = B>`) binds a type and is
/// none.
pub(crate) fn next_key(run: &[TokenTree], from: usize) -> Option<usize> {
    let mut generics = GenericArgs::default();
    for at in 0..run.len().saturating_sub(1) {
        generics.step(&run[..at], &run[at]);
        if at >= from
            && !generics.inside()
            && matches!(run[at], TokenTree::Ident(_))
            && matches!(&run[at + 1], TokenTree::Punct(eq) if eq.as_char() == '=' && eq.spacing() == Spacing::Alone)
        {
            return Some(at);
        }
    }
    None
}

/// The runs between top-level commas. A comma inside generic arguments
/// (`HashMap::<K, V>::new()`, `x as &dyn Trait<A, B = C>`) or between a
/// closure's parameters (`|a, b| a + b`) separates nothing.
fn split(tokens: Vec<TokenTree>) -> Vec<Vec<TokenTree>> {
    let mut runs: Vec<Vec<TokenTree>> = vec![Vec::new()];
    let mut generics = GenericArgs::default();
    let mut in_closure_params = false;
    for token in tokens {
        let run = runs.last_mut().expect("runs starts non-empty");
        if let TokenTree::Punct(punct) = &token {
            match punct.as_char() {
                ',' if !generics.inside() && !in_closure_params => {
                    runs.push(Vec::new());
                    generics = GenericArgs::default();
                    continue;
                }
                '|' if in_closure_params => in_closure_params = false,
                '|' if starts_closure(run) => in_closure_params = true,
                _ => {}
            }
        }
        generics.step(run, &token);
        run.push(token);
    }
    runs
}

/// Tells the `<` and `>` of generic arguments from comparisons, as far as
/// tokens can: a `<` after `::` opens a turbofish, and in the type after
/// `as` (where rustc itself reads `<` as generics) one opens arguments.
#[derive(Default)]
struct GenericArgs {
    depth: usize,
    after_as: bool,
    /// The last token closed generic arguments: `None::<i32>.is_some()`
    /// calls a method there, it does not start a field reference.
    just_closed: bool,
}

impl GenericArgs {
    fn step(&mut self, previous: &[TokenTree], token: &TokenTree) {
        self.just_closed = false;
        match token {
            TokenTree::Ident(ident) if ident == "as" => self.after_as = true,
            TokenTree::Punct(punct) => match punct.as_char() {
                '<' if self.depth > 0
                    || follows_path_separator(previous)
                    || self.after_as && matches!(previous.last(), Some(TokenTree::Ident(_))) =>
                {
                    self.depth += 1;
                }
                '>' if self.depth > 0 && !follows_hyphen(previous) => {
                    self.depth -= 1;
                    self.just_closed = true;
                }
                ':' | '&' | '*' | '\'' => {}
                _ if self.depth == 0 => self.after_as = false,
                _ => {}
            },
            _ => {}
        }
    }

    fn inside(&self) -> bool {
        self.depth > 0
    }
}

fn follows_path_separator(run: &[TokenTree]) -> bool {
    matches!(
        run,
        [.., TokenTree::Punct(first), TokenTree::Punct(second)]
            if first.as_char() == ':' && first.spacing() == Spacing::Joint && second.as_char() == ':'
    )
}

fn follows_hyphen(run: &[TokenTree]) -> bool {
    matches!(run.last(), Some(TokenTree::Punct(p)) if p.as_char() == '-' && p.spacing() == Spacing::Joint)
}

/// A `|` where an expression begins opens a closure's parameter list.
fn starts_closure(run: &[TokenTree]) -> bool {
    match run.last() {
        Some(TokenTree::Ident(ident)) => ident == "move",
        last => begins_expression(last),
    }
}

/// Whether an expression can begin after `previous` (the token before, in
/// the same group): then a `.` there starts a field reference, not a
/// method call or a field access.
fn begins_expression(previous: Option<&TokenTree>) -> bool {
    match previous {
        None => true,
        Some(TokenTree::Punct(punct)) => "+&!^,/=><|%;*-".contains(punct.as_char()),
        Some(TokenTree::Ident(ident)) => {
            let word = ident.to_string();
            ["break", "if", "in", "match", "mut", "return", "while"].contains(&word.as_str())
        }
        Some(_) => false,
    }
}

/// The `.field` and `.0` references in an argument.
pub(crate) fn field_uses(expr: &TokenStream) -> Vec<FieldUse> {
    let mut uses = Vec::new();
    rewrite(expr, &mut |name, span| {
        uses.push(FieldUse {
            name: name.to_owned(),
            span,
        });
        None
    });
    uses
}

/// The argument with each `.field` replaced by what `bind` gives for it
/// (the local a generated `match` arm bound the field to); a reference
/// `bind` has nothing for stays as written.
pub(crate) fn rewrite(
    expr: &TokenStream,
    bind: &mut dyn FnMut(&str, Span) -> Option<Ident>,
) -> TokenStream {
    let tokens: Vec<TokenTree> = expr.clone().into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(tokens.len());
    let mut generics = GenericArgs::default();
    let mut index = 0;
    while index < tokens.len() {
        let token = &tokens[index];
        if let (TokenTree::Punct(dot), Some(next)) = (token, tokens.get(index + 1)) {
            let at_start = dot.as_char() == '.'
                && dot.spacing() == Spacing::Alone
                && !generics.just_closed
                && begins_expression(out.last());
            if at_start {
                if let Some(replaced) = field_reference(next, dot.span(), bind) {
                    out.extend(replaced);
                    index += 2;
                    continue;
                }
            }
        }
        generics.step(&out, token);
        out.push(match token {
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), rewrite(&group.stream(), bind));
                inner.set_span(group.span());
                TokenTree::Group(inner)
            }
            other => other.clone(),
        });
        index += 1;
    }
    out.into_iter().collect()
}

/// The tokens standing for `.{next}`: the binding, and for `.0.1` (which
/// the lexer reads as `.` and the float `0.1`) the access to `.1` after it.
fn field_reference(
    next: &TokenTree,
    dot: Span,
    bind: &mut dyn FnMut(&str, Span) -> Option<Ident>,
) -> Option<Vec<TokenTree>> {
    match next {
        TokenTree::Ident(ident) => {
            let name = ident.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name);
            let binding = bind(name, ident.span())?;
            Some(vec![TokenTree::Ident(binding)])
        }
        TokenTree::Literal(literal) => {
            let text = literal.to_string();
            let (first, rest) = text.split_once('.').unwrap_or((&text, ""));
            let is_index =
                |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
            if !is_index(first) || !(rest.is_empty() || is_index(rest)) {
                return None;
            }
            let binding = bind(first, literal.span().resolved_at(dot))?;
            let mut tokens = vec![TokenTree::Ident(binding)];
            if !rest.is_empty() {
                let mut punct = Punct::new('.', Spacing::Alone);
                punct.set_span(literal.span());
                let mut index = Literal::usize_unsuffixed(rest.parse().ok()?);
                index.set_span(literal.span());
                tokens.extend([TokenTree::Punct(punct), TokenTree::Literal(index)]);
            }
            Some(tokens)
        }
        _ => None,
    }
}

/// Whether the argument names `self`, through which it may read any field.
pub(crate) fn mentions_self(expr: &TokenStream) -> bool {
    expr.clone().into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "self",
        TokenTree::Group(group) => mentions_self(&group.stream()),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn args(source: &str) -> Vec<FormatArg> {
        let (args, problems) = parse(TokenStream::from_str(source).unwrap().into_iter().collect());
        assert!(problems.is_empty());
        args
    }

    fn uses(source: &str) -> Vec<String> {
        field_uses(&TokenStream::from_str(source).unwrap())
            .into_iter()
            .map(|found| found.name)
            .collect()
    }

    #[test]
    fn splits_where_format_splits() {
        let found = args(", .0.len(), HashMap::<K, V>::new(), |a, b| a + b, n = Vec::<Box<dyn Fn(u8) -> u8>>::new(), m = &0 as &dyn T<i32, A = i32>");
        let names: Vec<Option<String>> = found
            .iter()
            .map(|arg| arg.name.as_ref().map(ToString::to_string))
            .collect();
        assert_eq!(
            names,
            [None, None, None, Some("n".to_owned()), Some("m".to_owned())]
        );
        assert_eq!(found[1].expr.to_string(), "HashMap ::< K , V >:: new ()");
        assert_eq!(found[2].expr.to_string(), "| a , b | a + b");
    }

    #[test]
    fn positional_after_named_is_refused() {
        let tokens = TokenStream::from_str(", a = 1, 2").unwrap();
        let (args, problems) = parse(tokens.into_iter().collect());
        assert_eq!(args.len(), 2);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn finds_field_references_where_expressions_begin() {
        assert_eq!(uses(".0.len()"), ["0"]);
        assert_eq!(uses("if *.is_left { 1 } else { 2 }"), ["is_left"]);
        assert_eq!(uses("(.0).iter().count()"), ["0"]);
        assert_eq!(uses(".a + .b"), ["a", "b"]);
        assert_eq!(uses("match .x { Some(_) => 1, None => 2 }"), ["x"]);
        assert_eq!(uses(".0.1"), ["0"]);
        assert_eq!(uses(".r#type"), ["type"]);
        // Method calls, field accesses, ranges and floats are not references.
        assert!(uses("x.len()").is_empty());
        assert!(uses("foo().bar").is_empty());
        assert!(uses("0..len").is_empty());
        assert!(uses("1.5").is_empty());
        assert!(uses("None::<i32>.is_some()").is_empty());
    }

    #[test]
    fn rewrites_references_to_bindings() {
        let expr = TokenStream::from_str(".0.1 + .name.len()").unwrap();
        let rewritten = rewrite(&expr, &mut |name, span| {
            Some(Ident::new(&format!("field_{name}"), span))
        });
        assert_eq!(rewritten.to_string(), "field_0 . 1 + field_name . len ()");
    }
}
