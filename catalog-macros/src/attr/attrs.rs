//! An item's attributes, each named once with its kind: this macro's
//! helpers, doc comments, and helpers a `cfg_attr` hides from it.

use proc_macro2::TokenTree;
use syn::{Attribute, Meta};

use crate::errors::Errors;
use crate::symbol::{self, Symbol};

/// An item's attributes, each with its kind. Reading a path's name crosses
/// the compiler's proc-macro bridge, and a catalogue has thousands of
/// attributes: each is named once, here.
pub(crate) struct Attrs<'a> {
    items: Vec<(&'a Attribute, Kind)>,
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    /// One of this macro's own: `error`, `source`, `from` or `details`.
    Helper(Symbol),
    Doc,
    /// `#[cfg_attr(predicate, error(...))]` and the like: applied after
    /// `#[error_catalog]` has run, so the macro never sees what it holds.
    HiddenHelper,
    Other,
}

impl<'a> Attrs<'a> {
    pub(crate) fn of(attrs: &'a [Attribute]) -> Self {
        let items = attrs
            .iter()
            .map(|attr| {
                let name = attr.path().get_ident().map(ToString::to_string);
                let kind = match name.as_deref() {
                    Some("doc") => Kind::Doc,
                    Some("cfg_attr") if hides_helper(attr) => Kind::HiddenHelper,
                    Some(name) => {
                        Symbol::find(symbol::HELPERS, name).map_or(Kind::Other, Kind::Helper)
                    }
                    None => Kind::Other,
                };
                (attr, kind)
            })
            .collect();
        Attrs { items }
    }

    /// The attributes of one kind.
    pub(crate) fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &'a Attribute> + '_ {
        self.items
            .iter()
            .filter(move |(_, item_kind)| *item_kind == kind)
            .map(|(attr, _)| *attr)
    }

    /// The kind of each attribute, in order.
    pub(crate) fn kinds(&self) -> impl Iterator<Item = Kind> + '_ {
        self.items.iter().map(|(_, kind)| *kind)
    }
}

/// Whether the `cfg_attr` `attr` holds one of this macro's attributes.
fn hides_helper(attr: &Attribute) -> bool {
    let Meta::List(list) = &attr.meta else {
        return false;
    };
    let mut after_predicate = false;
    let mut starts_segment = false;
    for token in list.tokens.clone() {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                after_predicate = true;
                starts_segment = true;
            }
            TokenTree::Ident(ident) if after_predicate && starts_segment => {
                if symbol::HELPERS.iter().any(|helper| ident == helper) {
                    return true;
                }
                starts_segment = false;
            }
            _ => starts_segment = false,
        }
    }
    false
}

/// Reports every `cfg_attr` that hides one of this macro's markers.
pub(crate) fn reject_cfg_attr_helpers(attrs: &Attrs, errors: &mut Errors) {
    for attr in attrs.of_kind(Kind::HiddenHelper) {
        errors.spanned(
            attr,
            "#[error_catalog] runs before `cfg_attr` is applied, so it cannot see the attribute inside; a catalogue is the same in every build: write the attribute without `cfg_attr`",
        );
    }
}
