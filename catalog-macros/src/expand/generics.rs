//! Where-clauses for generated impls: the enum's own generics plus the
//! bounds an impl needs on field types that name a type parameter, in the
//! manner of thiserror's `InferredBounds`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Generics, WherePredicate};

use crate::model::{Catalog, FieldRef};

/// The predicates an impl adds to the enum's generics.
#[derive(Default)]
pub(crate) struct Bounds {
    predicates: Vec<WherePredicate>,
}

impl Bounds {
    /// `field's type: bound`, when the type names a type parameter: a
    /// concrete type either meets the bound or rustc says so at the field.
    pub(crate) fn field(&mut self, field: &FieldRef, bound: TokenStream) {
        if field.generic {
            let ty = field.ty;
            self.predicates.push(syn::parse_quote!(#ty: #bound));
        }
    }

    /// `Self: bound`, when the enum has type parameters (a supertrait that
    /// holds only under the other impls' bounds).
    pub(crate) fn on_self_if_generic(&mut self, generics: &Generics, bound: TokenStream) {
        if generics.type_params().next().is_some() {
            self.predicates.push(syn::parse_quote!(Self: #bound));
        }
    }

    /// `for<'workaround> Enum<..>: bound`: a bound on the enum itself that
    /// rustc checks where the impl is used, not where it is declared. A
    /// bound that does not hold (the user has not derived `Debug` yet) is
    /// then reported once, at the impl that needs it, and not again at
    /// every impl that has it as a supertrait; without the `for<'_>`,
    /// rustc rejects a false bound on a concrete type outright
    /// (rust-lang/rust#48214).
    pub(crate) fn deferred_on_self(&mut self, catalog: &Catalog, bound: TokenStream) {
        let ident = catalog.ident;
        let (_, ty_generics, _) = catalog.generics.split_for_impl();
        self.predicates
            .push(syn::parse_quote!(for<'workaround> #ident #ty_generics: #bound));
    }

    /// A predicate that must be written whatever the generics.
    pub(crate) fn always(&mut self, predicate: WherePredicate) {
        self.predicates.push(predicate);
    }

    /// The enum's generics with these predicates added.
    pub(crate) fn apply(self, generics: &Generics) -> Generics {
        let mut generics = generics.clone();
        if !self.predicates.is_empty() {
            generics
                .make_where_clause()
                .predicates
                .extend(self.predicates);
        }
        generics
    }
}

/// `impl<..> Trait for Enum<..> where ..` with `bounds` added.
pub(crate) fn impl_header(
    catalog: &crate::model::Catalog,
    bounds: Bounds,
    trait_path: TokenStream,
) -> TokenStream {
    let ident = catalog.ident;
    let generics = bounds.apply(catalog.generics);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #trait_path for #ident #ty_generics #where_clause
    }
}
