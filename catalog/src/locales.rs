//! The locales of one catalogue, as its expansion holds them: which there
//! are, which one a request's languages choose, and a message in each.
//! Public as `error_catalog::locale::{Locales, LocaleFile}`; apart from
//! that module because `Entry` and `CatalogError` name them, and the
//! module names `CatalogError`.

use std::borrow::Cow;
use std::fmt::Display;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

/// Where an entry's locales are: a function, so that an entry, built in
/// const evaluation, can name a static holding a `OnceLock`. Never part of
/// what makes two entries equal.
#[derive(Clone, Copy)]
pub(crate) struct LocalesOf(pub(crate) fn() -> Option<&'static Locales>);

impl LocalesOf {
    /// An entry of a catalogue without locales.
    pub(crate) const NONE: LocalesOf = LocalesOf(none);
}

fn none() -> Option<&'static Locales> {
    None
}

impl PartialEq for LocalesOf {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LocalesOf {}

impl std::hash::Hash for LocalesOf {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

/// The locales of one catalogue: the default (the enum's own text) and one
/// Fluent file per other locale, each read once, on first use. Generated
/// by `#[error_catalog(locales = "...")]` from files the macro has checked.
///
/// ```
/// use error_catalog::locale::{Value, LocaleFile, Locales};
///
/// static FILES: [LocaleFile; 1] = [LocaleFile::new("de", "SHOP_1 = Keine Bestellung { $id }\n")];
/// static LOCALES: Locales = Locales::new("en", &FILES);
///
/// assert_eq!(LOCALES.tags().collect::<Vec<_>>(), ["en", "de"]);
/// assert_eq!(LOCALES.lookup("de-AT, en;q=0.8"), "de");
/// assert_eq!(LOCALES.lookup("fr"), "en");
/// assert_eq!(
///     LOCALES.format("de", "SHOP_1", None, [("id", Value::from(7u32))]).as_deref(),
///     Some("Keine Bestellung 7")
/// );
/// ```
#[derive(Debug)]
pub struct Locales {
    default: &'static str,
    files: &'static [LocaleFile],
    /// A file gives the default locale's text too (some of it).
    default_has_file: bool,
}

/// One locale's Fluent file: its BCP 47 tag and its text, parsed on first
/// use.
///
/// ```
/// use error_catalog::locale::{LocaleFile, Locales};
///
/// static FILES: [LocaleFile; 1] = [LocaleFile::new("fr", "SHOP_1 = Aucune commande\n")];
/// static LOCALES: Locales = Locales::new("en", &FILES);
/// assert_eq!(LOCALES.format("fr", "SHOP_1", None, []).as_deref(), Some("Aucune commande"));
/// ```
pub struct LocaleFile {
    tag: &'static str,
    source: &'static str,
    /// The message of each of the catalogue's entries: its id and where it
    /// is in the file (see [`with_messages`](Self::with_messages)).
    messages: &'static [(&'static str, u32)],
    parsed: OnceLock<Option<Parsed>>,
}

/// A file's text parsed, and its messages ready to format.
struct Parsed {
    /// The messages by place, which the bundle keeps to itself.
    resource: Arc<FluentResource>,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// Every position of `messages` is the place of its message: checked
    /// once, so that a message is then found by its place alone.
    positions_hold: bool,
}

impl std::fmt::Debug for LocaleFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleFile")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

impl LocaleFile {
    /// The file of locale `tag`, whose text is `source`.
    pub const fn new(tag: &'static str, source: &'static str) -> Self {
        Self::with_messages(tag, source, &[])
    }

    /// The file of locale `tag` whose text is `source`, `messages[i]`
    /// being the Fluent id of the message of the catalogue's `i`th entry
    /// (in the order of its table) and its place among the file's
    /// messages and terms, as Fluent's runtime parser numbers them
    /// (`u32::MAX` for a message the file lacks): what
    /// the expansion writes, having parsed the file, so that
    /// [`format_entry`](Self::format_entry) finds a message without
    /// hashing its id. The places are checked once, when the file is
    /// parsed; if one is wrong, every message is looked up by its id.
    ///
    /// ```
    /// use error_catalog::locale::LocaleFile;
    ///
    /// static FILE: LocaleFile = LocaleFile::with_messages(
    ///     "de",
    ///     "-shop = Laden\nSHOP_1 = Keine Bestellung im { -shop }\n",
    ///     &[("SHOP_1", 1)],
    /// );
    /// assert_eq!(FILE.format_entry(0, None, []).as_deref(), Some("Keine Bestellung im Laden"));
    /// ```
    pub const fn with_messages(
        tag: &'static str,
        source: &'static str,
        messages: &'static [(&'static str, u32)],
    ) -> Self {
        LocaleFile {
            tag,
            source,
            messages,
            parsed: OnceLock::new(),
        }
    }

    /// The file's messages, parsed on first use. `None` when the text does
    /// not parse or the tag is not a language tag, which the macro rules
    /// out for the files it reads.
    #[inline]
    fn parsed(&self) -> Option<&Parsed> {
        self.parsed
            .get_or_init(|| {
                let tag = self.tag.parse().ok()?;
                let resource = Arc::new(FluentResource::try_new(self.source.to_owned()).ok()?);
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // An error body is not a paragraph of mixed scripts: the
                // isolation marks Fluent puts around placeables would be
                // bytes the client does not expect.
                bundle.set_use_isolating(false);
                bundle.add_resource(Arc::clone(&resource)).ok()?;
                // `u32::MAX`: a message the file lacks (a file of the
                // default locale gives only some).
                let positions_hold = self.messages.iter().all(|&(id, position)| {
                    position == u32::MAX
                        || matches!(
                            resource.get_entry(position as usize),
                            Some(ast::Entry::Message(message)) if message.id.name == id
                        )
                });
                Some(Parsed {
                    resource,
                    bundle,
                    positions_hold,
                })
            })
            .as_ref()
    }
}

impl Parsed {
    /// The pattern of message `id` (of its attribute `attribute`), looked
    /// up by the id.
    fn pattern(&self, id: &str, attribute: Option<&str>) -> Option<&ast::Pattern<&str>> {
        let message = self.bundle.get_message(id)?;
        match attribute {
            Some(attribute) => Some(message.get_attribute(attribute)?.value()),
            None => message.value(),
        }
    }

    /// The pattern of the message at `position` among the file's messages
    /// and terms (of its attribute `attribute`).
    fn pattern_at(&self, position: u32, attribute: Option<&str>) -> Option<&ast::Pattern<&str>> {
        let ast::Entry::Message(message) = self.resource.get_entry(position as usize)? else {
            return None;
        };
        match attribute {
            Some(attribute) => message
                .attributes
                .iter()
                .find(|found| found.id.name == attribute)
                .map(|found| &found.value),
            None => message.value.as_ref(),
        }
    }

    /// `pattern` with `variables`; `None` when Fluent reports an error.
    #[inline]
    fn format<'a>(
        &self,
        pattern: &ast::Pattern<&str>,
        variables: impl IntoIterator<Item = (&'a str, Value<'a>)>,
    ) -> Option<String> {
        let variables = variables.into_iter();
        let mut fluent_args = FluentArgs::with_capacity(variables.size_hint().0);
        for (name, Value(value)) in variables {
            // Made here, in place: a `FluentValue` is large to move.
            match value {
                Held::Number(number) => fluent_args.set(name, number),
                Held::Text(text) => fluent_args.set(name, text),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

impl Locales {
    /// The locales of a catalogue whose own text is in locale `default`.
    pub const fn new(default: &'static str, files: &'static [LocaleFile]) -> Self {
        let mut default_has_file = false;
        let mut i = 0;
        while i < files.len() {
            default_has_file |= crate::const_str::str_eq(files[i].tag, default);
            i += 1;
        }
        Locales {
            default,
            files,
            default_has_file,
        }
    }

    /// The file that gives the text of locale `tag`, one of this
    /// catalogue's tags (from [`lookup`](Self::lookup)); `None` for the
    /// default locale without a file of its own, known without a search.
    pub(crate) fn file_of_chosen(&self, tag: &'static str) -> Option<&LocaleFile> {
        if std::ptr::eq(tag, self.default) && !self.default_has_file {
            return None;
        }
        self.file(tag)
    }

    /// Whether a file gives text in the default locale too.
    #[inline]
    pub(crate) const fn default_has_file(&self) -> bool {
        self.default_has_file
    }

    /// The locale of the enum's own text.
    pub const fn default_locale(&self) -> &'static str {
        self.default
    }

    /// Every locale, the default first, then the files' in the order of
    /// their tags.
    pub fn tags(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.default).chain(self.files.iter().map(|file| file.tag))
    }

    /// The locale to answer a request whose `Accept-Language` is
    /// `accept_language` in: RFC 4647's lookup, each range in the order of
    /// its quality, each cut a subtag at a time (`de-CH`, then `de`), the
    /// default when none matches. A range of quality 0 and `*` choose
    /// nothing; a header that does not parse chooses the default.
    pub fn lookup(&self, accept_language: &str) -> &'static str {
        // One pass: a range is tried only when its quality is above the
        // best match's so far, so that the best wins and, of one quality,
        // the client's first; the first match of full quality ends the
        // search.
        self.lookup_bytes(accept_language.as_bytes())
    }

    /// [`lookup`](Self::lookup) of a header's bytes, of which an item with
    /// a byte outside ASCII is passed over.
    pub(crate) fn lookup_bytes(&self, accept_language: &[u8]) -> &'static str {
        let mut best: Option<(u16, &'static str)> = None;
        for crate::quality::Item {
            value: range,
            quality,
            spaced,
        } in crate::quality::items(accept_language)
        {
            // A language range holds no space: such an item matches no tag.
            if range.is_empty() || range == b"*" || spaced {
                continue;
            }
            if quality == 0 || best.is_some_and(|(kept, _)| kept >= quality) {
                continue;
            }
            if let Some(tag) = self.match_range(range) {
                if quality == 1000 {
                    return tag;
                }
                best = Some((quality, tag));
            }
        }
        best.map_or(self.default, |(_, tag)| tag)
    }

    /// The tag `range` matches, cut a subtag at a time (RFC 4647, 3.4).
    fn match_range(&self, mut range: &[u8]) -> Option<&'static str> {
        loop {
            let matches = |tag: &str| tag.as_bytes().eq_ignore_ascii_case(range);
            if matches(self.default) {
                return Some(self.default);
            }
            if let Some(file) = self.files.iter().find(|file| matches(file.tag)) {
                return Some(file.tag);
            }
            let cut = range.iter().rposition(|&byte| byte == b'-')?;
            range = &range[..cut];
            // A singleton (`x` of `-x-`) is never left at the end.
            if range.len() >= 2 && range[range.len() - 2] == b'-' {
                range = &range[..range.len() - 2];
            }
        }
    }

    /// The file of locale `tag`: `None` for the default locale, whose
    /// text is the enum's, and for a locale the catalogue lacks.
    ///
    /// ```
    /// use error_catalog::locale::{LocaleFile, Locales};
    ///
    /// static FILES: [LocaleFile; 1] = [LocaleFile::new("de", "SHOP_1 = Keine Bestellung\n")];
    /// static LOCALES: Locales = Locales::new("en", &FILES);
    /// assert_eq!(LOCALES.file("de").map(|file| file.tag()), Some("de"));
    /// assert!(LOCALES.file("en").is_none());
    /// ```
    #[inline]
    pub fn file(&self, tag: &str) -> Option<&LocaleFile> {
        // A tag from `lookup` is the file's own: found by its address
        // before its text is compared.
        self.files
            .iter()
            .find(|file| std::ptr::eq(file.tag, tag) || file.tag == tag)
    }

    /// Message `id` (its attribute `attribute`, e.g. `resolution`) in
    /// locale `tag`, with `variables`: see
    /// [`LocaleFile::format`]. `None` for the default locale and a locale
    /// the catalogue lacks.
    pub fn format<'a>(
        &self,
        tag: &str,
        id: &str,
        attribute: Option<&str>,
        variables: impl IntoIterator<Item = (&'a str, Value<'a>)>,
    ) -> Option<String> {
        self.file(tag)?.format(id, attribute, variables)
    }
}

impl LocaleFile {
    /// The file's locale.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// Message `id` (its attribute `attribute`, e.g. `resolution`), with
    /// `variables`: a number is a Fluent number, on which a
    /// plural selects. `None` for a message the file lacks, and when Fluent
    /// reports an error (a function it does not know), the default text
    /// being then the better answer.
    ///
    /// ```
    /// use error_catalog::locale::{Value, LocaleFile};
    ///
    /// static FILE: LocaleFile = LocaleFile::new(
    ///     "de",
    ///     "CART_2 = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel\n}\n",
    /// );
    /// assert_eq!(FILE.format("CART_2", None, [("count", Value::from(1u32))]).as_deref(), Some("Ein Artikel"));
    /// assert_eq!(FILE.format("CART_2", None, [("count", Value::from(3u32))]).as_deref(), Some("3 Artikel"));
    /// assert_eq!(FILE.format("CART_9", None, []), None);
    /// ```
    pub fn format<'a>(
        &self,
        id: &str,
        attribute: Option<&str>,
        variables: impl IntoIterator<Item = (&'a str, Value<'a>)>,
    ) -> Option<String> {
        let parsed = self.parsed()?;
        parsed.format(parsed.pattern(id, attribute)?, variables)
    }

    /// As [`format`](Self::format), for the message of the catalogue's
    /// `entry`th entry (see [`with_messages`](Self::with_messages)):
    /// `None` for an entry the file has no message for.
    ///
    /// ```
    /// use error_catalog::locale::{LocaleFile, Value};
    ///
    /// static FILE: LocaleFile = LocaleFile::with_messages(
    ///     "de",
    ///     "SHOP_1 = Keine Bestellung { $id }\nSHOP_2 = Leer\n",
    ///     &[("SHOP_1", 0), ("SHOP_2", 1), ("SHOP_3", u32::MAX)],
    /// );
    /// let entry = |place| FILE.format_entry(place, None, [("id", Value::from(7u32))]);
    /// assert_eq!(entry(0).as_deref(), Some("Keine Bestellung 7"));
    /// assert_eq!(entry(1).as_deref(), Some("Leer"));
    /// // The file lacks the third entry's message; there is no fourth.
    /// assert_eq!(entry(2), None);
    /// assert_eq!(entry(3), None);
    ///
    /// // A wrong place: the message is found by its id.
    /// static MOVED: LocaleFile = LocaleFile::with_messages("de", "SHOP_1 = Keine\n", &[("SHOP_1", 3)]);
    /// assert_eq!(MOVED.format_entry(0, None, []).as_deref(), Some("Keine"));
    /// ```
    #[inline]
    pub fn format_entry<'a>(
        &self,
        entry: usize,
        attribute: Option<&str>,
        variables: impl IntoIterator<Item = (&'a str, Value<'a>)>,
    ) -> Option<String> {
        let parsed = self.parsed()?;
        let &(id, position) = self.messages.get(entry)?;
        let pattern = if parsed.positions_hold {
            parsed.pattern_at(position, attribute)?
        } else {
            parsed.pattern(id, attribute)?
        };
        parsed.format(pattern, variables)
    }
}

/// The value of a Fluent variable: a number, on which a plural selects, or
/// text.
///
/// ```
/// use error_catalog::locale::Value;
///
/// let count = Value::from(3u32);
/// let name = Value::from("cart");
/// let shown = Value::text(&std::net::Ipv4Addr::LOCALHOST);
/// # let _ = (count, name, shown);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Value<'a>(Held<'a>);

/// What Fluent makes a `FluentValue` of: every number is an `f64` to it.
#[derive(Debug, Clone, PartialEq)]
enum Held<'a> {
    Number(f64),
    Text(Cow<'a, str>),
}

impl Value<'static> {
    /// The text `value` writes with `Display`.
    pub fn text(value: &(impl Display + ?Sized)) -> Self {
        Value(Held::Text(Cow::Owned(value.to_string())))
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value(Held::Text(Cow::Borrowed(text)))
    }
}

impl From<String> for Value<'static> {
    fn from(text: String) -> Self {
        Value(Held::Text(Cow::Owned(text)))
    }
}

/// A field, as the expansion makes a variable of it: `ValueOf(&field)`,
/// whose methods no type of the user's can shadow.
#[doc(hidden)]
pub struct ValueOf<'a, T: ?Sized>(pub &'a T);

/// How the expansion makes a variable of a field: a number as a number...
#[doc(hidden)]
pub trait NumberValue {
    fn value(&self) -> Value<'static>;
}

/// ... and any other value as the text it displays. The expansion calls
/// `(&ValueOf(field)).value()` with both in scope: a number type has its own
/// impl, found first; the rest are found through one more reference.
#[doc(hidden)]
pub trait TextValue {
    fn value(&self) -> Value<'static>;
}

impl<T: Display + ?Sized> TextValue for &ValueOf<'_, T> {
    fn value(&self) -> Value<'static> {
        Value::text(self.0)
    }
}

macro_rules! number_values {
    ($($number:ty),*) => {$(
        impl From<$number> for Value<'static> {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(number: $number) -> Self {
                // As Fluent converts every number.
                Value(Held::Number(number as f64))
            }
        }

        impl NumberValue for ValueOf<'_, $number> {
            fn value(&self) -> Value<'static> {
                Value::from(*self.0)
            }
        }
    )*};
}

number_values!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64);

impl Locales {
    /// The Fluent id of the message of code string `code_str`: the code
    /// string when it is a Fluent identifier, else `code-` and the code
    /// string with every other character than a letter, digit, `_` or `-`
    /// written `-` (`101001` is `code-101001`). The macro keys the files so.
    ///
    /// ```
    /// use error_catalog::locale::Locales;
    ///
    /// assert_eq!(Locales::id_of("ANALYTICS_1000"), "ANALYTICS_1000");
    /// assert_eq!(Locales::id_of("card_declined"), "card_declined");
    /// assert_eq!(Locales::id_of("101001"), "code-101001");
    /// assert_eq!(Locales::id_of("Storage.BlobNotFound"), "code-Storage-BlobNotFound");
    /// ```
    pub fn id_of(code_str: &str) -> Cow<'_, str> {
        let kept = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if code_str.starts_with(|c: char| c.is_ascii_alphabetic()) && code_str.chars().all(kept) {
            return Cow::Borrowed(code_str);
        }
        let kept: String = code_str
            .chars()
            .map(|c| if kept(c) { c } else { '-' })
            .collect();
        Cow::Owned(format!("code-{kept}"))
    }

    /// Whether locale `tag` has a file with a message for code string
    /// `code_str`.
    ///
    /// ```
    /// use error_catalog::locale::{LocaleFile, Locales};
    ///
    /// static FILES: [LocaleFile; 1] = [LocaleFile::new("de", "SHOP_1 = Keine Bestellung\n")];
    /// static LOCALES: Locales = Locales::new("en", &FILES);
    /// assert!(LOCALES.translates("de", "SHOP_1"));
    /// assert!(!LOCALES.translates("de", "SHOP_2"));
    /// assert!(!LOCALES.translates("en", "SHOP_1"));
    /// ```
    pub fn translates(&self, tag: &str, code_str: &str) -> bool {
        self.files
            .iter()
            .find(|file| file.tag == tag)
            .and_then(LocaleFile::parsed)
            .is_some_and(|parsed| parsed.bundle.has_message(&Self::id_of(code_str)))
    }

    /// Message `id` (its attribute `attribute`) in locale `tag` as a
    /// template, each variable written `{name}` as the enum writes its
    /// placeholders, and a selector shown by its default variant: what a
    /// reference page shows. `None` where [`format`](Self::format) is.
    ///
    /// ```
    /// use error_catalog::locale::{LocaleFile, Locales};
    ///
    /// static FILES: [LocaleFile; 1] = [LocaleFile::new(
    ///     "de",
    ///     "CART_2 = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel\n}\n",
    /// )];
    /// static LOCALES: Locales = Locales::new("en", &FILES);
    /// assert_eq!(LOCALES.template("de", "CART_2", None).as_deref(), Some("{count} Artikel"));
    /// ```
    pub fn template(&self, tag: &str, id: &str, attribute: Option<&str>) -> Option<String> {
        let file = self.files.iter().find(|file| file.tag == tag)?;
        let parsed = file.parsed()?;
        let pattern = parsed.pattern(id, attribute)?;
        // Without arguments Fluent writes each variable `{$name}`: the
        // errors it reports for them are what a template is made of.
        let mut errors = Vec::new();
        let text = parsed.bundle.format_pattern(pattern, None, &mut errors);
        Some(text.replace("{$", "{"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static FILES: [LocaleFile; 3] = [
        LocaleFile::new("de", ""),
        LocaleFile::new("de-CH", ""),
        LocaleFile::new("zh-Hant-TW", ""),
    ];
    static LOCALES: Locales = Locales::new("en-US", &FILES);

    #[test]
    fn lookup_follows_rfc_4647() {
        assert_eq!(LOCALES.lookup("de-CH"), "de-CH");
        assert_eq!(LOCALES.lookup("de-AT"), "de");
        assert_eq!(LOCALES.lookup("DE-at"), "de");
        assert_eq!(LOCALES.lookup("fr, de;q=0.5"), "de");
        assert_eq!(LOCALES.lookup("fr;q=0.9, de-CH;q=0.5, en-US"), "en-US");
        assert_eq!(LOCALES.lookup("de;q=0, fr"), "en-US");
        assert_eq!(LOCALES.lookup("zh-Hant-TW-x-private"), "zh-Hant-TW");
        assert_eq!(LOCALES.lookup("zh-Hant-HK"), "en-US");
        // A range with a space inside is none.
        assert_eq!(LOCALES.lookup("de CH, de-AT;q=0.5"), "de");
        assert_eq!(LOCALES.lookup("*"), "en-US");
        assert_eq!(LOCALES.lookup(""), "en-US");
        assert_eq!(LOCALES.lookup(";;,q=,,-,de;q=abc"), "en-US");
        // The best quality wins; of one quality, the client's first.
        assert_eq!(LOCALES.lookup("de;q=0.5, zh-Hant-TW;q=0.8"), "zh-Hant-TW");
        assert_eq!(LOCALES.lookup("fr;q=0.9, de-CH;q=0.9, de;q=0.9"), "de-CH");
        assert_eq!(LOCALES.lookup("de;q=0.9, de-CH"), "de-CH");
        assert_eq!(
            LOCALES.lookup("de-CH;q=0.3, de;q=0.3, en-us;q=0.3"),
            "de-CH"
        );
        // A range with a byte outside ASCII costs itself only.
        assert_eq!(LOCALES.lookup_bytes(b"fr\xe9, de"), "de");
    }
}
