//! The `#[error_catalog]` attribute. Use it through the `error-catalog`
//! crate, which re-exports it together with the traits it implements.
//!
//! ```
//! use error_catalog::{error_catalog, CatalogError};
//!
//! #[error_catalog(prefix = "SHOP", range = 1..=99)]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(code = 1, http = 404, message = "No order {id}")]
//!     NoSuchOrder { id: u64 },
//! }
//!
//! let error = ShopError::NoSuchOrder { id: 7 };
//! assert_eq!((error.code_str(), error.to_string()), ("SHOP_1", "No order 7".to_owned()));
//! ```
//!
//! Data flows one way:
//!
//! - `attr` parses the attribute arguments into typed values (`symbol`
//!   names every key and marker, `range` the code ranges);
//! - `ast` holds a borrowed model of the enum with them;
//! - `resolve` computes the resolved `model`: names, code strings, the entry
//!   order, messages bound to fields, `From` types;
//! - `valid` checks the input and reports every problem, on its token;
//! - `expand` writes the impls from the model alone, or, when a check
//!   failed, `fallback` writes stand-ins from the same model.

mod args;
mod ast;
mod attr;
mod case;
mod errors;
mod expand;
mod fallback;
mod locale;
mod model;
mod range;
mod resolve;
mod shape;
mod status;
mod suggest;
mod symbol;
mod template;
mod valid;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::DeriveInput;

use crate::ast::Input;
use crate::errors::Errors;

/// Turns an enum into a checked error catalogue. See the `error-catalog`
/// crate for the full reference of its keys.
///
/// ```
/// use error_catalog::{error_catalog, Catalog, CatalogError};
///
/// #[error_catalog(prefix = "SHOP", range = 1..=99)]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order", resolution = "List your orders")]
///     NoSuchOrder,
///     #[error(code = 2, http = 503, message = "Storage failed")]
///     Storage(#[from] std::io::Error),
/// }
///
/// assert_eq!(ShopError::NoSuchOrder.status().as_u16(), 404);
/// assert_eq!(ShopError::lookup_str("SHOP_2").unwrap().name(), "STORAGE");
/// ```
#[proc_macro_attribute]
pub fn error_catalog(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    expand(args.into(), item.into()).into()
}

/// A body shape declared as a struct. See `error_catalog::body::Shape`
/// for every part a field can take.
///
/// ```
/// use error_catalog::body::{Shape, Shaped};
/// use error_catalog::error_catalog;
///
/// #[derive(serde::Serialize, serde::Deserialize, Shape)]
/// struct Fault {
///     #[shape(code_str)]
///     id: String,
///     #[shape(status)]
///     status: u16,
/// }
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// let body = serde_json::to_string(&Shaped::<Fault, _>::new(ShopError::NoSuchOrder)).unwrap();
/// assert_eq!(body, r#"{"id":"SHOP_1","status":404}"#);
/// ```
#[proc_macro_derive(Shape, attributes(shape))]
pub fn derive_shape(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    match syn::parse2::<DeriveInput>(input.into()) {
        Ok(input) => shape::derive(&input),
        Err(error) => error.to_compile_error(),
    }
    .into()
}

/// The whole attribute: parse, resolve, check, then expand or fall back.
fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let parsed: DeriveInput = match syn::parse2(item.clone()) {
        Ok(parsed) => parsed,
        Err(_) => {
            // Not a struct, enum or union: leave the item as it is, so that
            // the only error is this one.
            let error = syn::Error::new(
                Span::call_site(),
                "#[error_catalog] goes on an enum: each variant of the enum is one error code",
            );
            return [error.to_compile_error(), item].into_iter().collect();
        }
    };
    let mut errors = Errors::default();
    let args = attr::catalog_args(args, &mut errors);
    let input = Input::from_syn(&parsed, args, &mut errors);
    let resolution = resolve::catalog(&input);
    valid::check(&input, &resolution, &mut errors);
    let catalog = &resolution.catalog;
    let item = input.item_without_helpers();
    let generated = if errors.is_empty() {
        expand::impls(catalog)
    } else {
        let errors = errors.into_compile_errors();
        let stubs = fallback::stubs(catalog);
        quote!(#errors #stubs)
    };
    quote!(#item #generated)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = r#"
        /// Metrics
        #[derive(Debug)]
        pub enum MetricsError<T: Clone> {
            #[error(code = 1002, http = 502, message = "Upstream failed: {0}")]
            Upstream(#[source] std::io::Error),
            #[error(code = 1000, http = NOT_FOUND, message = "Metric {name} of {value} was not found",
                    resolution = "Check it")]
            MetricNotFound { name: String, value: T },
            #[error(code = 1001, http = 400)]
            /// From the docs.
            Documented(#[details] Vec<u8>),
            #[error(transparent)]
            Inner(InnerError),
        }
    "#;

    fn expand(args: &str, item: &str) -> String {
        super::expand(args.parse().unwrap(), item.parse().unwrap()).to_string()
    }

    #[test]
    fn expansion_is_deterministic() {
        let args = r#"prefix = "ANALYTICS", range = 1000..=1099, retired = [1050]"#;
        let first = expand(args, ITEM);
        // Each run builds its hash maps with fresh random keys.
        for _ in 0..8 {
            assert_eq!(expand(args, ITEM), first);
        }
        let broken = r#"prefix = "analytics", range = 1099..1000"#;
        let first_errors = expand(broken, ITEM);
        assert!(first_errors.contains("compile_error"));
        for _ in 0..8 {
            assert_eq!(expand(broken, ITEM), first_errors);
        }
    }

    /// Every path into the runtime crate goes through the one name the
    /// block gives it, whether the checks pass or fail.
    #[test]
    fn the_runtime_crate_is_named_once() {
        for (args, fails) in [
            (r#"crate = "::catalog", prefix = "ANALYTICS""#, false),
            (r#"crate = "::catalog", prefix = "lower""#, true),
            (r#"prefix = "ANALYTICS""#, false),
        ] {
            let expanded = expand(args, ITEM);
            assert_eq!(expanded.contains("compile_error"), fails, "{expanded}");
            let krate = if args.contains("crate") {
                ":: catalog"
            } else {
                ":: error_catalog"
            };
            assert_eq!(
                expanded.matches(&format!("use {krate} as __ec")).count(),
                1,
                "{expanded}"
            );
            assert!(!expanded.contains("error_catalog ::"), "{expanded}");
            assert!(expanded.contains("__ec :: Entry"));
        }
    }

    /// Without the feature `locale`, `locales` is one error, on its value,
    /// naming the feature and how to turn it on; the enum is still
    /// emitted. (`.ci/run` runs this crate's tests alone, the feature off:
    /// in the workspace's tests another member turns it on.)
    #[cfg(not(feature = "locale"))]
    #[test]
    fn locales_without_the_feature_say_how_to_turn_it_on() {
        let expanded = expand(r#"prefix = "ANALYTICS", locales = "locales""#, ITEM);
        assert_eq!(expanded.matches("compile_error").count(), 1, "{expanded}");
        assert!(
            expanded.contains(
                r#"`locales` needs the feature `locale` of error-catalog: `error-catalog = { version = \"0.1\", features = [\"locale\"] }`"#
            ),
            "{expanded}"
        );
        assert!(expanded.contains("enum MetricsError"), "{expanded}");
    }

    /// Each Fluent file is embedded by its absolute path, which makes it a
    /// dependency of the crate: editing it rebuilds the crate.
    #[cfg(feature = "locale")]
    #[test]
    fn the_fluent_files_are_dependencies_of_the_expansion() {
        let item = r#"
            #[derive(Debug)]
            pub enum ShopError {
                #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
                NoSuchOrder { id: u32 },
            }
        "#;
        let expanded = expand(
            r#"prefix = "SHOP", locales = "../tests/locales/shop""#,
            item,
        );
        assert!(!expanded.contains("compile_error"), "{expanded}");
        for tag in ["de", "fr"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/locales/shop")
                .join(format!("{tag}.ftl"));
            let embedded = format!(":: core :: include_str ! ({:?})", path.to_string_lossy());
            assert!(expanded.contains(&embedded), "{embedded} in {expanded}");
        }
    }

    #[test]
    fn the_item_is_kept_without_helper_attributes() {
        let expanded = expand(r#"prefix = "ANALYTICS""#, ITEM);
        let item: syn::File = syn::parse_str(&expanded).unwrap();
        let Some(syn::Item::Enum(kept)) = item.items.first() else {
            panic!("the enum comes first: {expanded}");
        };
        for variant in &kept.variants {
            assert!(!variant
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("error")));
            for field in &variant.fields {
                assert!(field.attrs.is_empty(), "{}", variant.ident);
            }
        }
        assert!(kept.attrs.iter().any(|attr| attr.path().is_ident("derive")));
    }

    /// Pieces of attribute syntax, right and wrong, for the fuzzer below,
    /// besides every key the parser knows (`symbol::CATALOG_KEYS`, `ERROR_KEYS`).
    const SYNTAX: &[&str] = &[
        "=",
        ",",
        "..",
        "..=",
        "::",
        "!",
        "-",
        "[",
        "]",
        "(",
        ")",
        "0",
        "1000",
        "1099",
        "4294967295",
        "4294967296",
        "99999999999999999999",
        "7u8",
        "1.5",
        "'c'",
        "NOT_FOUND",
        "OK",
        "u32",
        "MAX",
        "\"x\"",
        "\"\"",
        "\"{a}\"",
        "\"{0}\"",
        "\"{\"",
        "\"}\"",
        "\"{prefix}{code}\"",
        "\"::x\"",
        "b\"x\"",
        "r\"{a}\"",
        "\"é\"",
    ];

    fn soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let keys = symbol::Symbol::words(symbol::CATALOG_KEYS)
            .chain(symbol::Symbol::words(symbol::ERROR_KEYS));
        let words: Vec<&str> = keys.chain(SYNTAX.iter().copied()).collect();
        proptest::collection::vec(proptest::sample::select(words), 0..14)
            .prop_map(|words| words.join(" "))
    }

    proptest::proptest! {
        /// Whatever the attributes hold, the macro answers with tokens
        /// (code or `compile_error!`), never a panic.
        #[test]
        fn never_panics(args in soup(), first in soup(), second in soup()) {
            let item = format!(
                "#[derive(Debug)] enum E<T> {{ #[error({first})] A {{ a: T }}, #[error({second})] B(#[source] X), C }}"
            );
            if let (Ok(args), Ok(item)) = (args.parse(), item.parse()) {
                let expanded = super::expand(args, item).to_string();
                proptest::prop_assert!(expanded.contains("enum E"));
            }
        }
    }
}
