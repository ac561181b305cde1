//! What the generated `Display` and `CatalogError::message` share.

use std::borrow::Cow;

/// The messages of a catalogue's variants that have no placeholder, in one
/// `match` that both `Display` and `CatalogError::message` read. Its impl
/// has no bounds (the arms are string constants), so `Display` can call it
/// whatever the enum's type parameters.
#[doc(hidden)]
pub trait FixedMessage {
    /// The message, or `""` for a variant whose message has placeholders
    /// (which the callers format themselves).
    fn fixed_message(&self) -> &'static str;
}

/// `value`'s `Display` text in a string of `capacity` bytes to start with.
#[must_use]
pub fn display_to_owned<T: core::fmt::Display + ?Sized>(
    value: &T,
    capacity: usize,
) -> Cow<'static, str> {
    use core::fmt::Write as _;
    let mut text = String::with_capacity(capacity);
    // Writing into a `String` only fails if `Display` itself reports an
    // error; the text written until then is what there is.
    let _ = write!(text, "{value}");
    Cow::Owned(text)
}
