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
