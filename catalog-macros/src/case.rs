//! Naming cases: how names are derived from variant identifiers and what
//! an explicit name must look like (`rename_all`), and the conversions of
//! `{name:kebab-case}` in templates.

/// One of serde's `rename_all` cases.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Case {
    ScreamingSnake,
    Snake,
    Kebab,
    ScreamingKebab,
    Pascal,
    Camel,
    Lower,
    Upper,
}

impl Case {
    /// Every case with its name, as serde spells it.
    pub(crate) const ALL: [(&'static str, Case); 8] = [
        ("SCREAMING_SNAKE_CASE", Case::ScreamingSnake),
        ("snake_case", Case::Snake),
        ("kebab-case", Case::Kebab),
        ("SCREAMING-KEBAB-CASE", Case::ScreamingKebab),
        ("PascalCase", Case::Pascal),
        ("camelCase", Case::Camel),
        ("lowercase", Case::Lower),
        ("UPPERCASE", Case::Upper),
    ];

    pub(crate) fn from_name(name: &str) -> Option<Case> {
        Case::ALL
            .iter()
            .find(|(spelling, _)| *spelling == name)
            .map(|(_, case)| *case)
    }

    pub(crate) fn name(self) -> &'static str {
        Case::ALL
            .iter()
            .find(|(_, case)| *case == self)
            .map_or("", |(spelling, _)| spelling)
    }

    /// The names, for messages: `"snake_case"`, `"kebab-case"`, ...
    pub(crate) fn names() -> impl Iterator<Item = &'static str> {
        Case::ALL.iter().map(|(spelling, _)| *spelling)
    }

    /// `; did you mean `kebab-case`?` for a misspelt case name, or for the
    /// start of one (`"snake"`, `"upper"`).
    pub(crate) fn did_you_mean(typo: &str) -> String {
        let hint = crate::suggest::did_you_mean(typo, Case::names());
        if !hint.is_empty() {
            return hint;
        }
        let bare = |text: &str| text.to_ascii_lowercase().replace(['_', '-'], "");
        let typo = bare(typo);
        Case::names()
            .find(|name| !typo.is_empty() && bare(name).starts_with(&typo))
            .map(|name| format!("; did you mean `{name}`?"))
            .unwrap_or_default()
    }

    /// What a name in this case is made of, for messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Case::ScreamingSnake => {
                "uppercase ASCII letters, digits and `_`, starting with a letter"
            }
            Case::Snake => "lowercase ASCII letters, digits and `_`, starting with a letter",
            Case::Kebab => "lowercase ASCII letters, digits and `-`, starting with a letter",
            Case::ScreamingKebab => {
                "uppercase ASCII letters, digits and `-`, starting with a letter"
            }
            Case::Pascal => "ASCII letters and digits, starting with an uppercase letter",
            Case::Camel => "ASCII letters and digits, starting with a lowercase letter",
            Case::Lower => "lowercase ASCII letters and digits, starting with a letter",
            Case::Upper => "uppercase ASCII letters and digits, starting with a letter",
        }
    }

    /// Whether `name` is written in this case.
    pub(crate) fn fits(self, name: &str) -> bool {
        let mut chars = name.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let rest = |allowed: fn(char) -> bool| name.chars().skip(1).all(allowed);
        match self {
            Case::ScreamingSnake => is_screaming_snake(name),
            Case::Snake => {
                first.is_ascii_lowercase()
                    && rest(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            }
            Case::Kebab => {
                first.is_ascii_lowercase()
                    && rest(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            }
            Case::ScreamingKebab => {
                first.is_ascii_uppercase()
                    && rest(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            }
            Case::Pascal => first.is_ascii_uppercase() && rest(|c| c.is_ascii_alphanumeric()),
            Case::Camel => first.is_ascii_lowercase() && rest(|c| c.is_ascii_alphanumeric()),
            Case::Lower => {
                first.is_ascii_lowercase() && rest(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            }
            Case::Upper => {
                first.is_ascii_uppercase() && rest(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            }
        }
    }

    /// `text` (a variant's identifier, or a name in any case) in this
    /// case: split into words at `_`, `-`, spaces and changes of case,
    /// then joined as the case joins them. `HTTPError` is `HttpError` in
    /// PascalCase here; a variant's own identifier keeps its spelling
    /// (see [`Case::derive`]).
    pub(crate) fn convert(self, text: &str) -> String {
        let words = words(text);
        let lower = || words.iter().map(|word| word.to_ascii_lowercase());
        let upper = || words.iter().map(|word| word.to_ascii_uppercase());
        match self {
            Case::ScreamingSnake => upper().collect::<Vec<_>>().join("_"),
            Case::Snake => lower().collect::<Vec<_>>().join("_"),
            Case::Kebab => lower().collect::<Vec<_>>().join("-"),
            Case::ScreamingKebab => upper().collect::<Vec<_>>().join("-"),
            Case::Lower => lower().collect(),
            Case::Upper => upper().collect(),
            Case::Pascal => lower().map(|word| capitalized(&word)).collect(),
            Case::Camel => lower()
                .enumerate()
                .map(|(i, word)| if i == 0 { word } else { capitalized(&word) })
                .collect(),
        }
    }

    /// The name of a variant: its identifier in this case. PascalCase keeps
    /// the identifier as written and camelCase lowers its first letter, as
    /// serde does, so that `HTTPError` stays `HTTPError`.
    pub(crate) fn derive(self, ident: &str) -> String {
        let ident = ident.trim_start_matches("r#");
        match self {
            Case::ScreamingSnake => screaming_snake(ident),
            Case::Pascal => ident.to_owned(),
            Case::Camel => {
                let mut chars = ident.chars();
                chars
                    .next()
                    .map(|first| first.to_lowercase().chain(chars).collect())
                    .unwrap_or_default()
            }
            other => other.convert(&screaming_snake(ident)),
        }
    }
}

/// `word` with its first letter in upper case.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The words of an identifier or a name: split at every character that is
/// not an ASCII letter or digit, and at changes of case as
/// [`screaming_snake`] splits them.
pub(crate) fn words(text: &str) -> Vec<String> {
    screaming_snake(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A name in words, for titles: `INVALID_METRIC_TYPE`, `invalid-metric-type`
/// and `InvalidMetricType` are all `Invalid metric type`.
pub(crate) fn sentence(name: &str) -> String {
    let words: Vec<String> = words(name)
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect();
    capitalized(&words.join(" "))
}

/// `MetricNotFound` -> `METRIC_NOT_FOUND`, `HTTPError` -> `HTTP_ERROR`,
/// `AiServiceError` -> `AI_SERVICE_ERROR`, `Status404` -> `STATUS404`.
pub(crate) fn screaming_snake(ident: &str) -> String {
    let chars: Vec<char> = ident.trim_start_matches("r#").chars().collect();
    let mut out = String::with_capacity(chars.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let previous = chars[i - 1];
            let next_is_lower = chars.get(i + 1).is_some_and(|next| next.is_lowercase());
            let starts_word = previous.is_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_uppercase() && next_is_lower);
            if starts_word && previous != '_' {
                out.push('_');
            }
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// Whether `s` is `[A-Z][A-Z0-9_]*`: the shape of a prefix or a name.
pub(crate) fn is_screaming_snake(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// `std :: io :: Error` -> `std::io::Error`: a type as a person writes it.
pub(crate) fn compact(tokens: &str) -> String {
    let mut text = tokens.to_owned();
    for (spaced, tight) in [
        (" :: ", "::"),
        (":: ", "::"),
        (" < ", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        ("& ", "&"),
    ] {
        text = text.replace(spaced, tight);
    }
    text
}

/// Every character outside `[A-Za-z0-9]` becomes `_`, letters go upper
/// case: `"Not Found"` -> `"NOT_FOUND"`, `"I'm a teapot"` -> `"I_M_A_TEAPOT"`.
pub(crate) fn screaming_words(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// A valid prefix or name close to what the user wrote, for hints.
pub(crate) fn screaming_suggestion(value: &str) -> String {
    let words = screaming_words(value);
    let cleaned = words.trim_start_matches(|c: char| !c.is_ascii_uppercase());
    if cleaned.is_empty() {
        "ANALYTICS".to_owned()
    } else {
        cleaned.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compacts_types() {
        assert_eq!(compact("std :: io :: Error"), "std::io::Error");
        assert_eq!(
            compact(":: std :: vec :: Vec < u8 >"),
            "::std::vec::Vec<u8>"
        );
        assert_eq!(compact("Box < dyn Error + Send >"), "Box<dyn Error + Send>");
        assert_eq!(compact("& 'static str"), "&'static str");
        assert_eq!(compact("HashMap < K , V >"), "HashMap<K, V>");
        assert_eq!(compact("u32 :: MAX"), "u32::MAX");
    }

    #[test]
    fn converts_variant_names() {
        let cases = [
            ("MetricNotFound", "METRIC_NOT_FOUND"),
            ("HTTPError", "HTTP_ERROR"),
            ("AiServiceError", "AI_SERVICE_ERROR"),
            ("AibrainServiceError", "AIBRAIN_SERVICE_ERROR"),
            ("Status404", "STATUS404"),
            ("Status404Found", "STATUS404_FOUND"),
            ("Timeout", "TIMEOUT"),
            ("A", "A"),
            ("IOError", "IO_ERROR"),
            ("r#Type", "TYPE"),
            ("Already_Snake", "ALREADY_SNAKE"),
        ];
        for (ident, expected) in cases {
            assert_eq!(screaming_snake(ident), expected, "{ident}");
        }
    }

    #[test]
    fn derives_names_in_each_case() {
        let expected = [
            (Case::ScreamingSnake, "CARD_DECLINED", "HTTP_ERROR"),
            (Case::Snake, "card_declined", "http_error"),
            (Case::Kebab, "card-declined", "http-error"),
            (Case::ScreamingKebab, "CARD-DECLINED", "HTTP-ERROR"),
            (Case::Pascal, "CardDeclined", "HTTPError"),
            (Case::Camel, "cardDeclined", "hTTPError"),
            (Case::Lower, "carddeclined", "httperror"),
            (Case::Upper, "CARDDECLINED", "HTTPERROR"),
        ];
        for (case, card, http) in expected {
            assert_eq!(case.derive("CardDeclined"), card, "{case:?}");
            assert_eq!(case.derive("HTTPError"), http, "{case:?}");
            assert!(case.fits(card), "{case:?} {card}");
            assert_eq!(Case::from_name(case.name()), Some(case));
        }
    }

    #[test]
    fn converts_names_between_cases() {
        for written in [
            "card_declined",
            "CARD_DECLINED",
            "card-declined",
            "CardDeclined",
            "cardDeclined",
        ] {
            assert_eq!(Case::Kebab.convert(written), "card-declined", "{written}");
            assert_eq!(Case::Pascal.convert(written), "CardDeclined", "{written}");
            assert_eq!(Case::Camel.convert(written), "cardDeclined", "{written}");
        }
        assert_eq!(sentence("API_KEY_EXPIRED"), "Api key expired");
        assert_eq!(sentence("resource-missing"), "Resource missing");
        assert_eq!(sentence("AccountAlreadyExists"), "Account already exists");
        assert_eq!(sentence("STATUS404"), "Status404");
    }

    #[test]
    fn tells_which_names_fit() {
        assert!(Case::Snake.fits("card_declined"));
        assert!(!Case::Snake.fits("Card_declined"));
        assert!(!Case::Snake.fits("card-declined"));
        assert!(!Case::Kebab.fits("card_declined"));
        assert!(Case::Pascal.fits("AccountAlreadyExists"));
        assert!(!Case::Pascal.fits("accountAlreadyExists"));
        assert!(!Case::Camel.fits("AccountAlreadyExists"));
        assert!(!Case::Lower.fits(""));
        assert!(!Case::Upper.fits("2X"));
    }

    #[test]
    fn recognises_screaming_snake() {
        assert!(is_screaming_snake("ANALYTICS"));
        assert!(is_screaming_snake("E"));
        assert!(is_screaming_snake("AI_2"));
        assert!(!is_screaming_snake(""));
        assert!(!is_screaming_snake("Analytics"));
        assert!(!is_screaming_snake("_X"));
        assert!(!is_screaming_snake("2X"));
        assert!(!is_screaming_snake("NOT ALLOWED"));
    }
}
