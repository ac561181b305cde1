//! The items of a list of values with qualities, as `Accept` and
//! `Accept-Language` are (RFC 9110, 12.4.2): each item's value and its
//! quality. Read as bytes: every separator is ASCII.

/// Each item of the list `header` (`value;name=value;q=0.8, ...`): its
/// value, trimmed, and its quality in thousandths (1000 without `q`, 0 for
/// a `q` that is not a qvalue). An item with a byte outside ASCII is
/// passed over, not the list.
pub(crate) fn items(header: &[u8]) -> impl Iterator<Item = (&[u8], u16)> {
    header
        .split(|&byte| byte == b',')
        .filter(|item| item.is_ascii())
        .map(|item| {
            let mut parts = item.split(|&byte| byte == b';');
            let value = parts.next().unwrap_or_default().trim_ascii();
            let quality = parts
                .filter_map(|parameter| split_at(parameter, b'='))
                .find(|(name, _)| name.trim_ascii().eq_ignore_ascii_case(b"q"))
                .map_or(1000, |(_, value)| parse(value.trim_ascii()));
            (value, quality)
        })
}

/// `text` cut at its first `byte`, which neither side holds.
pub(crate) fn split_at(text: &[u8], byte: u8) -> Option<(&[u8], &[u8])> {
    let at = text.iter().position(|&found| found == byte)?;
    Some((&text[..at], &text[at + 1..]))
}

/// `0.8` as 800, per RFC 9110's `qvalue`; anything else as 0.
fn parse(value: &[u8]) -> u16 {
    let (whole, fraction) = split_at(value, b'.').unwrap_or((value, &[]));
    if fraction.len() > 3 || !fraction.iter().all(u8::is_ascii_digit) {
        return 0;
    }
    let thousandths = fraction
        .iter()
        .copied()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |total, digit| total * 10 + u16::from(digit - b'0'));
    match whole {
        b"1" if thousandths == 0 => 1000,
        b"0" => thousandths,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualities_read_as_rfc_9110_writes_them() {
        assert_eq!(parse(b"1"), 1000);
        assert_eq!(parse(b"1.000"), 1000);
        assert_eq!(parse(b"0.5"), 500);
        assert_eq!(parse(b"0.125"), 125);
        assert_eq!(parse(b"0"), 0);
        for broken in ["", "1.5", "2", "0.1234", "0.x", "-0.5", "0.5.5", "٣"] {
            assert_eq!(parse(broken.as_bytes()), 0, "{broken}");
        }
    }

    #[test]
    fn items_are_values_with_their_qualities() {
        let read = |header: &str| -> Vec<(String, u16)> {
            items(header.as_bytes())
                .map(|(value, quality)| (String::from_utf8_lossy(value).into_owned(), quality))
                .collect()
        };
        assert_eq!(
            read("de-CH, de;q=0.8 , en ;level=1; Q=0.25,,*;q=0"),
            [
                ("de-CH".to_owned(), 1000),
                ("de".to_owned(), 800),
                ("en".to_owned(), 250),
                (String::new(), 1000),
                ("*".to_owned(), 0),
            ]
        );
        // A byte outside ASCII costs its item only.
        assert_eq!(read("fr\u{e9}, de"), [("de".to_owned(), 1000)]);
    }
}
