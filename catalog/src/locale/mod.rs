//! Messages in more languages than the enum's: the locales of a
//! catalogue, read from Project Fluent files and checked when the
//! catalogue compiles, and the locale each response is written in.
//!
//! `#[error_catalog(locales = "locales/")]` reads one file per locale,
//! `locales/<tag>.ftl` (relative to the crate's `Cargo.toml`), where each
//! message is keyed by its code string and each placeholder is a Fluent
//! variable: `{kind}` is `{ $kind }`. The enum's own text is the default
//! locale's (`default_locale`, `en` unless said). A request chooses among
//! them by its `Accept-Language` (RFC 4647 lookup: `de-CH`, then `de`, then
//! the default), inside the negotiating layer of axum or actix, or by
//! [`scope`] without one; every body then writes the message in that locale.
//!
//! ```
//! # #[cfg(feature = "json")] {
//! use error_catalog::body::Problem;
//! use error_catalog::{error_catalog, locale};
//!
//! // tests/locales/shop/de.ftl:
//! //     SHOP_1 = Keine Bestellung { $id }
//! //         .resolution = Prüfen Sie die Nummer der Bestellung
//! #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop", default_locale = "en")]
//! #[derive(Debug)]
//! pub enum ShopError {
//!     #[error(code = 1, http = 404, message = "No order {id}",
//!             resolution = "Check the order number")]
//!     NoSuchOrder { id: u32 },
//! }
//!
//! let body = |accept_language| {
//!     locale::scope(accept_language, || {
//!         serde_json::to_value(Problem::new(ShopError::NoSuchOrder { id: 7 })).unwrap()
//!     })
//! };
//! assert_eq!(body("de-CH, en;q=0.5")["detail"], "Keine Bestellung 7");
//! assert_eq!(body("fr")["detail"], "Aucune commande 7");
//! assert_eq!(body("it")["detail"], "No order 7");
//! assert_eq!(locale::chosen(&ShopError::NoSuchOrder { id: 7 }), Some("en"));
//! # }
//! ```

use std::borrow::Cow;
use std::cell::Cell;

use http::HeaderValue;

use crate::CatalogError;

pub use crate::locales::{LocaleFile, Locales, Value};

thread_local! {
    /// Lent by a negotiating layer or a [`scope`]: the languages of the
    /// request being answered.
    static PREFERRED: Cell<*const Languages> = const { Cell::new(std::ptr::null()) };
}

/// The languages a request prefers, as its `Accept-Language` says if it
/// says, and the locale they chose last: a response asks three or four
/// times (its title, its message, its resolution, `Content-Language`),
/// of one catalogue's locales.
#[derive(Debug, Default)]
pub(crate) struct Languages {
    accept_language: Option<HeaderValue>,
    /// The address of the `Locales` chosen among, and the tag chosen.
    chosen: Cell<Option<(usize, &'static str)>>,
}

impl Languages {
    pub(crate) fn new(accept_language: Option<HeaderValue>) -> Self {
        Languages {
            accept_language,
            chosen: Cell::new(None),
        }
    }

    /// The locale of `locales` these languages choose; `None` for a
    /// request without `Accept-Language`, which chooses the default.
    fn choose(&self, locales: &'static Locales) -> Option<&'static str> {
        let address = std::ptr::from_ref(locales) as usize;
        if let Some((chosen_among, tag)) = self.chosen.get() {
            if chosen_among == address {
                return Some(tag);
            }
        }
        let tag = locales.lookup_bytes(self.accept_language.as_ref()?.as_bytes());
        self.chosen.set(Some((address, tag)));
        Some(tag)
    }
}

/// The locale `error` is answered in: `None` for a catalogue without
/// locales; else, inside a layer or [`scope`], the one its languages choose,
/// and the default outside.
///
/// ```
/// use error_catalog::{error_catalog, locale};
///
/// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
///     NoSuchOrder { id: u32 },
/// }
///
/// let error = ShopError::NoSuchOrder { id: 7 };
/// assert_eq!(locale::chosen(&error), Some("en"));
/// assert_eq!(locale::scope("fr-BE, de", || locale::chosen(&error)), Some("fr"));
/// ```
#[inline]
pub fn chosen<E: CatalogError + ?Sized>(error: &E) -> Option<&'static str> {
    let locales = error.locales()?;
    Some(preferred_locale(locales))
}

/// The locale of `locales` the current request prefers.
#[inline]
fn preferred_locale(locales: &'static Locales) -> &'static str {
    chosen_by_request(locales).unwrap_or(locales.default_locale())
}

/// The locale of `locales` the current request's `Accept-Language`
/// chooses; `None` outside a request, or for one without the header.
#[inline]
fn chosen_by_request(locales: &'static Locales) -> Option<&'static str> {
    crate::scoped::with_lent(&PREFERRED, |languages| languages?.choose(locales))
}

/// The message clients read of `error`: its public message in the chosen
/// locale (see [`chosen`]), else as the enum says.
///
/// ```
/// use error_catalog::{error_catalog, locale};
///
/// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
///     NoSuchOrder { id: u32 },
/// }
///
/// let error = ShopError::NoSuchOrder { id: 7 };
/// assert_eq!(locale::scope("de", || locale::client_message(&error)), "Keine Bestellung 7");
/// assert_eq!(locale::scope("it", || locale::client_message(&error)), "No order 7");
/// ```
#[inline]
pub fn client_message<E: CatalogError + ?Sized>(error: &E) -> Cow<'static, str> {
    in_other_locale(error)
        .and_then(|(tag, _)| error.public_message_in(tag))
        .unwrap_or_else(|| error.public_message())
}

/// The resolution clients read of `error`, in the chosen locale.
///
/// ```
/// use error_catalog::{error_catalog, locale};
///
/// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
///     NoSuchOrder { id: u32 },
/// }
///
/// let error = ShopError::NoSuchOrder { id: 7 };
/// assert_eq!(
///     locale::scope("fr", || locale::client_resolution(&error)).as_deref(),
///     Some("Vérifiez le numéro de la commande")
/// );
/// ```
#[inline]
pub fn client_resolution<E: CatalogError + ?Sized>(error: &E) -> Option<Cow<'static, str>> {
    let own = error.resolution()?;
    Some(
        in_other_locale(error)
            .and_then(|(tag, _)| error.resolution_in(tag))
            .map_or(Cow::Borrowed(own), Cow::Owned),
    )
}

/// The title of `error` in the locale the request chose: its `.title`
/// there, else, for an entry whose title is its message (no `title` key,
/// a message without placeholders), the message there; `None` in the
/// enum's words.
#[cfg(feature = "body")]
#[inline]
pub(crate) fn translated_title<E: CatalogError + ?Sized>(error: &E) -> Option<String> {
    let (tag, file) = in_other_locale(error)?;
    let entry = error.entry();
    let id = Locales::id_of(entry.code_str());
    file.format(&id, Some("title"), std::iter::empty())
        .or_else(|| {
            (entry.title() == entry.message())
                .then(|| error.public_message_in(tag))
                .flatten()
                .map(Cow::into_owned)
        })
}

/// The locale chosen for `error` and the file that gives its text; `None`
/// for the default locale without one (the enum's text, as fast as without
/// locales).
#[inline]
fn in_other_locale<E: CatalogError + ?Sized>(
    error: &E,
) -> Option<(&'static str, &'static LocaleFile)> {
    let locales = error.locales()?;
    let chosen = chosen_by_request(locales);
    // Outside every request, and in one without `Accept-Language`, the
    // default locale is chosen: the enum's own text unless a file gives
    // it, known without a call.
    if chosen.is_none() && !locales.default_has_file() {
        return None;
    }
    let tag = chosen.unwrap_or(locales.default_locale());
    Some((tag, locales.file_of_chosen(tag)?))
}

/// Runs `f` as if answering a request whose `Accept-Language` is
/// `accept_language`: what a test, a job or a non-HTTP transport uses to
/// choose a locale. The languages around it are restored after.
///
/// ```
/// use error_catalog::{error_catalog, locale};
///
/// #[error_catalog(prefix = "SHOP", locales = "../tests/locales/shop")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 404, message = "No order {id}", resolution = "Check the order number")]
///     NoSuchOrder { id: u32 },
/// }
///
/// let error = ShopError::NoSuchOrder { id: 7 };
/// assert_eq!(locale::scope("de", || locale::client_message(&error)), "Keine Bestellung 7");
/// assert_eq!(locale::client_message(&error), "No order 7");
/// ```
pub fn scope<R>(accept_language: &str, f: impl FnOnce() -> R) -> R {
    enter(
        &Languages::new(HeaderValue::from_str(accept_language).ok()),
        f,
    )
}

/// Runs `f` with `languages` as the current request's, the ones around
/// restored after, even if `f` panics.
pub(crate) fn enter<T>(languages: &Languages, f: impl FnOnce() -> T) -> T {
    crate::scoped::lend(&PREFERRED, Some(languages), f)
}

/// Whether a layer or a [`scope`] made the current request's languages
/// known: a response built then varies with `Accept-Language`.
#[cfg(any(feature = "axum", feature = "actix"))]
pub(crate) fn languages_known() -> bool {
    crate::scoped::with_lent(&PREFERRED, |languages| languages.is_some())
}

/// The current request's `Accept-Language` (`Some(None)` for a request
/// without one), for a response built elsewhere (see `Negotiation`);
/// `None` outside a layer or [`scope`].
#[cfg(any(feature = "axum", feature = "actix"))]
pub(crate) fn current() -> Option<Option<HeaderValue>> {
    crate::scoped::with_lent(&PREFERRED, |languages| {
        Some(languages?.accept_language.clone())
    })
}
