//! Several errors of one catalogue in one response: a form whose every
//! field is checked at once.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::CatalogError;

/// Several errors of one catalogue answered at once, led by one of them.
///
/// The **lead** is what the response is: its status, its code header, and,
/// in the shapes that have a top-level error (a problem's `type` and
/// `title`, Microsoft's and Google's `error`), that error; RFC 9457 asks the
/// same, "the most relevant or urgent problem". The **items** are listed,
/// each with a pointer to what it is about where the shape has a place for
/// one (a problem's `pointer`, a JSON:API error's `source.pointer`, a
/// Microsoft error's `target`, a Google field violation's `field`).
///
/// Every shape writes a batch in its documented form for several errors
/// ([`Shape::serialize_batch`](super::Shape::serialize_batch)); the axum and
/// actix integrations answer with it in the catalogue's shape.
///
/// ```
/// use error_catalog::body::{Batch, Problem, Shape};
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "FORM", doc_url = "https://example.net/{name:kebab-case}")]
/// #[derive(Debug)]
/// pub enum FormError {
///     #[error(code = 1, http = 422, message = "Your request is not valid.", title = "Your request is not valid.")]
///     ValidationError,
///     #[error(code = 2, http = 422, message = "must be a positive integer")]
///     NotPositive,
/// }
///
/// let mut batch = Batch::new(FormError::ValidationError);
/// batch.push_at("#/age", FormError::NotPositive);
/// assert_eq!(batch.status(), 422);
///
/// let mut json = Vec::new();
/// Problem::<()>::serialize_batch(&batch, &mut serde_json::Serializer::new(&mut json)).unwrap();
/// assert!(String::from_utf8(json).unwrap().ends_with(
///     r##""errors":[{"detail":"must be a positive integer","pointer":"#/age","code":"FORM_2"}]}"##
/// ));
/// ```
#[derive(Debug, Clone)]
pub struct Batch<E> {
    lead: E,
    items: Vec<Item<E>>,
}

/// One error of a [`Batch`], with what it points at.
///
/// ```
/// use error_catalog::body::Batch;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "FORM")]
/// #[derive(Debug)]
/// pub enum FormError {
///     #[error(code = 1, http = 422, message = "Invalid form")]
///     Invalid,
///     #[error(code = 2, http = 422, message = "Required")]
///     Required,
/// }
///
/// let mut batch = Batch::new(FormError::Invalid);
/// batch.push_at("/name", FormError::Required);
/// let item = batch.items().first().unwrap();
/// assert_eq!(item.pointer(), Some("/name"));
/// assert!(matches!(item.error(), FormError::Required));
/// ```
#[derive(Debug, Clone)]
pub struct Item<E> {
    error: E,
    pointer: Option<Cow<'static, str>>,
}

impl<E> Item<E> {
    /// The error.
    pub const fn error(&self) -> &E {
        &self.error
    }

    /// What the error is about, as the caller wrote it: a JSON pointer
    /// (`/data/attributes/name`, or `#/name` as a URI fragment), a field's
    /// name, a path.
    pub fn pointer(&self) -> Option<&str> {
        self.pointer.as_deref()
    }
}

impl<E: CatalogError> Batch<E> {
    /// A batch led by `lead`, with no items yet.
    pub const fn new(lead: E) -> Self {
        Batch {
            lead,
            items: Vec::new(),
        }
    }

    /// Adds an error about nothing in particular.
    pub fn push(&mut self, error: E) -> &mut Self {
        self.items.push(Item {
            error,
            pointer: None,
        });
        self
    }

    /// Adds an error about what `pointer` points at.
    pub fn push_at(&mut self, pointer: impl Into<Cow<'static, str>>, error: E) -> &mut Self {
        self.items.push(Item {
            error,
            pointer: Some(pointer.into()),
        });
        self
    }

    /// The error the response is.
    pub const fn lead(&self) -> &E {
        &self.lead
    }

    /// The errors listed, in the order they were added.
    pub fn items(&self) -> &[Item<E>] {
        &self.items
    }

    /// Whether no error was added: a handler answers `Ok` then.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The status the response has: the lead's.
    pub fn status(&self) -> http::StatusCode {
        self.lead.status()
    }

    /// `Ok(value)` when no error was added, else the batch: the end of a
    /// handler that checks every field.
    ///
    /// ```
    /// use error_catalog::body::Batch;
    /// use error_catalog::error_catalog;
    ///
    /// #[error_catalog(prefix = "FORM")]
    /// #[derive(Debug)]
    /// pub enum FormError {
    ///     #[error(code = 1, http = 422, message = "Invalid form")]
    ///     Invalid,
    ///     #[error(code = 2, http = 422, message = "Required")]
    ///     Required,
    /// }
    ///
    /// fn check(name: &str) -> Result<(), Batch<FormError>> {
    ///     let mut batch = Batch::new(FormError::Invalid);
    ///     if name.is_empty() {
    ///         batch.push_at("/name", FormError::Required);
    ///     }
    ///     batch.or_ok(())
    /// }
    ///
    /// assert!(check("Ada").is_ok());
    /// assert_eq!(check("").unwrap_err().items().len(), 1);
    /// ```
    ///
    /// # Errors
    ///
    /// The batch, when it holds an error.
    pub fn or_ok<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// The lead's own text, then each item's, for logs: a body never holds
/// them.
///
/// ```
/// use error_catalog::body::Batch;
/// use error_catalog::error_catalog;
///
/// #[error_catalog(prefix = "FORM")]
/// #[derive(Debug)]
/// pub enum FormError {
///     #[error(code = 1, http = 422, message = "Invalid form")]
///     Invalid,
///     #[error(code = 2, http = 422, message = "Required")]
///     Required,
/// }
///
/// let mut batch = Batch::new(FormError::Invalid);
/// batch.push_at("/name", FormError::Required).push(FormError::Required);
/// assert_eq!(batch.to_string(), "Invalid form: /name: Required; Required");
/// ```
impl<E: fmt::Display> fmt::Display for Batch<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.lead.fmt(formatter)?;
        for (position, item) in self.items.iter().enumerate() {
            formatter.write_str(if position == 0 { ": " } else { "; " })?;
            if let Some(pointer) = &item.pointer {
                write!(formatter, "{pointer}: ")?;
            }
            item.error.fmt(formatter)?;
        }
        Ok(())
    }
}

/// The items of a batch as a sequence, each written as `write` makes it:
/// the one list every shape's form for several errors holds.
pub(crate) struct EachItem<'a, E, F>(pub &'a [Item<E>], pub F);

impl<'a, E, F, W> Serialize for EachItem<'a, E, F>
where
    F: Fn(&'a Item<E>) -> W,
    W: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(&self.1))
    }
}
