//! What every view shares: the methods and conversions the view macros
//! write, and [`Shaped`], an error in any shape.

use core::fmt;
use core::marker::PhantomData;

use serde::{Serialize, Serializer};

use super::{Details, Shape};
use crate::CatalogError;

/// An error in shape `S`, to serialize: `Shaped::<Fault, _>::new(&err)`.
/// See [`Shape`].
///
/// ```
/// use error_catalog::body::{Problem, Shaped};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No such order")]
///     NoSuchOrder,
/// }
///
/// // Problem details, whatever shape the catalogue chose.
/// let body = serde_json::to_string(&Shaped::<Problem<()>, _>::new(&ShopError::NoSuchOrder)).unwrap();
/// assert!(body.starts_with(r#"{"type":"about:blank","title":"Not Found","status":404"#));
/// ```
pub struct Shaped<S, E> {
    error: E,
    shape: PhantomData<fn() -> S>,
}

impl<S: Shape, E: CatalogError + Details> Shaped<S, E> {
    /// Wraps an error, or a reference to one.
    pub const fn new(error: E) -> Self {
        Shaped {
            error,
            shape: PhantomData,
        }
    }

    /// The wrapped error.
    pub const fn error(&self) -> &E {
        &self.error
    }

    /// Unwraps the error.
    pub fn into_inner(self) -> E {
        self.error
    }
}

impl<S, E: fmt::Debug> fmt::Debug for Shaped<S, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Shaped").field(&self.error).finish()
    }
}

impl<S: Shape, E: CatalogError + Details> Serialize for Shaped<S, E> {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        S::serialize_error(&self.error, serializer)
    }
}

/// Its shape is `S`'s, so that what names a shape can name it:
/// `Page::shape::<Shaped<Fault, MyError>>()` shows the body `Shaped`
/// writes.
impl<S: Shape, E> Shape for Shaped<S, E> {
    const CONTENT_TYPE: &'static str = S::CONTENT_TYPE;

    fn serialize_error<Err, Ser>(error: &Err, serializer: Ser) -> Result<Ser::Ok, Ser::Error>
    where
        Err: CatalogError + Details + ?Sized,
        Ser: Serializer,
    {
        S::serialize_error(error, serializer)
    }
}

/// The error's own text, for logs: a body never holds it.
impl<S, E: fmt::Display> fmt::Display for Shaped<S, E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(formatter)
    }
}

/// The methods every view has.
macro_rules! view_methods {
    ($name:ident) => {
        impl<E: $crate::CatalogError> $name<E> {
            /// Wraps an error, or a reference to one: `new(&err)`.
            pub const fn new(error: E) -> Self {
                $name(error)
            }

            /// The wrapped error.
            pub const fn error(&self) -> &E {
                &self.0
            }

            /// Unwraps the error.
            pub fn into_inner(self) -> E {
                self.0
            }

            /// The HTTP status to send the body with.
            pub fn status(&self) -> http::StatusCode {
                self.0.status()
            }
        }

        $crate::body::view::lift!($name, $name);

        /// The error's own text, for logs: a body never holds it.
        impl<E: core::fmt::Display> core::fmt::Display for $name<E> {
            fn fmt(&self, formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                self.0.fmt(formatter)
            }
        }
    };
}

pub(crate) use view_methods;

/// A view: a newtype over an error, with the methods of `view_methods!`.
macro_rules! view {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name<E = ()>(E);

        $crate::body::view::view_methods!($name);
    };
}

pub(crate) use view;

/// `From<C> for View<E>` wherever `E: From<C>`: the catalogue itself, a
/// category it wraps, a type of a `from = [...]` list or of a `#[from]`
/// field, so that `?` reaches a view from anything that reaches the
/// catalogue. One blanket impl in this crate, where the view is local,
/// holds in every layout: an impl per category written by the macro would
/// break the orphan rule as soon as the category is another crate's type.
/// It does not overlap `From<T> for T` because no view is an
/// [`Error`](core::error::Error), the rule `anyhow::Error` follows.
macro_rules! lift {
    ($view:ident, $new:expr) => {
        impl<C, E> From<C> for $view<E>
        where
            C: core::error::Error,
            E: $crate::CatalogError + From<C>,
        {
            fn from(error: C) -> Self {
                $new(E::from(error))
            }
        }
    };
}

pub(crate) use lift;

/// The shape of a view, and its `Serialize` by the same function.
macro_rules! shape {
    ($view:ident, $content_type:expr, $serialize:ident, batch: $batch:ident, $($bound:tt)*) => {
        $crate::body::view::shape!(@impl $view, $content_type, $serialize, {
            fn serialize_batch<E, S>(
                batch: &$crate::body::Batch<E>,
                serializer: S,
            ) -> Result<S::Ok, S::Error>
            where
                E: $crate::CatalogError + $crate::body::Details,
                S: serde::Serializer,
            {
                $batch(batch, serializer)
            }
        }, $($bound)*);
    };
    ($view:ident, $content_type:expr, $serialize:ident, $($bound:tt)*) => {
        $crate::body::view::shape!(@impl $view, $content_type, $serialize, {}, $($bound)*);
    };
    (@impl $view:ident, $content_type:expr, $serialize:ident, {$($batch:tt)*}, $($bound:tt)*) => {
        impl<V> $crate::body::Shape for $view<V> {
            const CONTENT_TYPE: &'static str = $content_type;

            fn serialize_error<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
            where
                E: $crate::CatalogError + $crate::body::Details + ?Sized,
                S: serde::Serializer,
            {
                $serialize(error, serializer)
            }

            $($batch)*
        }

        impl<E: $($bound)*> serde::Serialize for $view<E> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $serialize(&self.0, serializer)
            }
        }
    };
}

pub(crate) use shape;

/// `$integration!(View, bounds)` for every body view, with the bounds its
/// `Serialize` needs: the one list the web integrations implement their
/// traits over.
#[cfg(any(feature = "axum", feature = "actix", feature = "openapi"))]
macro_rules! for_each_view {
    ($integration:ident) => {
        $integration!(Nested, CatalogError);
        $integration!(Plain, CatalogError);
        $integration!(Text, CatalogError);
        $integration!(Flat, CatalogError + Details);
        $integration!(Problem, CatalogError + Details);
        $integration!(JsonApi, CatalogError + Details);
        $integration!(Google, CatalogError + Details);
        $integration!(Microsoft, CatalogError + Details);
    };
}

#[cfg(any(feature = "axum", feature = "actix", feature = "openapi"))]
pub(crate) use for_each_view;
