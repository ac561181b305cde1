//! `No such order`: the public message alone, as plain text.

use super::traits::client_message;
use serde::Serializer;

use super::media::TEXT;
use super::view::view;
use super::{shape, Batch};
use crate::CatalogError;

view! {
    /// The public message alone, sent as `text/plain; charset=utf-8`: the
    /// body of a service whose errors are a line of text, as many
    /// hand-written `IntoResponse` impls send them.
    ///
    /// It writes one string: the web integrations send its bytes as they
    /// are (no quotes, no escapes), and a serde format writes it as that
    /// format's string.
    ///
    /// ```
    /// use error_catalog::{body::Text, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP", body = Text)]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order \"7\"")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let json = serde_json::to_string(&Text::new(&ShopError::NoSuchOrder)).unwrap();
    /// assert_eq!(json, r#""No order \"7\"""#);
    /// ```
    Text
}

shape!(Text, TEXT, serialize_text, batch: serialize_text_batch, CatalogError);

fn serialize_text<E, S>(error: &E, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError + ?Sized,
    S: Serializer,
{
    serializer.serialize_str(&client_message(error))
}

/// A batch: the lead's message, then a line per item, `pointer: message`
/// where it has a pointer.
fn serialize_text_batch<E, S>(batch: &Batch<E>, serializer: S) -> Result<S::Ok, S::Error>
where
    E: CatalogError,
    S: Serializer,
{
    let mut text = client_message(batch.lead()).into_owned();
    for item in batch.items() {
        text.push('\n');
        if let Some(pointer) = item.pointer() {
            text.push_str(pointer);
            text.push_str(": ");
        }
        text.push_str(&client_message(item.error()));
    }
    serializer.serialize_str(&text)
}
