//! One macro per optional integration, which keeps the impls the expansion
//! writes for it only when this crate's feature is on: a proc macro cannot
//! see the features of the crate whose items it names. Each expands to its
//! input with the feature and to nothing without it. Generated code reaches
//! them as `__private::with_serde!` and so on.

/// Keeps the impls the macro writes against `serde` only when this crate's
/// `body` feature is on.
#[cfg(feature = "body")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_serde {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `body` feature there are no bodies to write impls for.
#[cfg(not(feature = "body"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_serde {
    ($($item:tt)*) => {};
}

/// Keeps the `IntoResponse` impl the macro writes only when this crate's
/// `axum` feature is on.
#[cfg(feature = "axum")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_axum {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `axum` feature there is no `IntoResponse` to implement.
#[cfg(not(feature = "axum"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_axum {
    ($($item:tt)*) => {};
}

/// Keeps the `ResponseError` impl the macro writes only with the `actix`
/// feature.
#[cfg(feature = "actix")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_actix {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `actix` feature there is no `ResponseError` to implement.
#[cfg(not(feature = "actix"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_actix {
    ($($item:tt)*) => {};
}

/// Keeps the `From<E> for tonic::Status` the macro writes only with the
/// `tonic` feature.
#[cfg(feature = "tonic")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_tonic {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `tonic` feature there is no `Status` to convert into.
#[cfg(not(feature = "tonic"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_tonic {
    ($($item:tt)*) => {};
}

/// Keeps the `IntoResponses` impl the macro writes only with the `openapi`
/// feature.
#[cfg(feature = "openapi")]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_utoipa {
    ($($item:tt)*) => { $($item)* };
}

/// Without the `openapi` feature there is no `IntoResponses` to implement.
#[cfg(not(feature = "openapi"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_utoipa {
    ($($item:tt)*) => {};
}

/// `Error::provide` for the body the macro writes, where the build script
/// found a compiler that offers it. This macro writes the signature, and
/// the body reaches the unstable API through `provide_source` and
/// `provide_backtrace`, so that the user's crate needs no
/// `#![feature(error_generic_member_access)]` of its own.
#[cfg(error_generic_member_access)]
#[macro_export]
#[doc(hidden)]
#[allow_internal_unstable(error_generic_member_access)]
macro_rules! __with_provide {
    ($self_:tt, $request:ident, $body:block) => {
        fn provide<'__request>(&'__request $self_, $request: &mut ::core::error::Request<'__request>) $body
    };
}

/// On stable, backtraces are reached through `CatalogError::backtrace`.
#[cfg(not(error_generic_member_access))]
#[macro_export]
#[doc(hidden)]
macro_rules! __with_provide {
    ($($item:tt)*) => {};
}

/// An XML shape (a derived shape with an XML content type) needs this
/// crate's `xml` feature, which writes it: without it, a compile error
/// rather than JSON bytes under an XML content type.
#[cfg(feature = "xml")]
#[macro_export]
#[doc(hidden)]
macro_rules! __require_xml {
    () => {};
}

/// Without the `xml` feature, an XML shape does not compile.
#[cfg(not(feature = "xml"))]
#[macro_export]
#[doc(hidden)]
macro_rules! __require_xml {
    () => {
        ::core::compile_error!(
            "this shape is sent as XML, which error-catalog writes with its `xml` feature: turn it on in Cargo.toml (`features = [\"xml\"]`)"
        );
    };
}
