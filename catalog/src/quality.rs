//! The items of a list of values with qualities, as `Accept` and
//! `Accept-Language` are (RFC 9110, 12.4.2): each item's value and its
//! quality. Read as bytes: every separator is ASCII.

/// An item of a list with qualities.
pub(crate) struct Item<'a> {
    /// The item's value, trimmed: `application/json`, `de-CH`.
    pub(crate) value: &'a [u8],
    /// Its quality in thousandths: 1000 without `q`, 0 for a `q` that is
    /// not a qvalue.
    pub(crate) quality: u16,
    /// Whether the value holds a space or a tab (`application / json`),
    /// which a reader comparing values whole takes apart first.
    pub(crate) spaced: bool,
}

/// Each item of the list `header` (`value;name=value;q=0.8, ...`). An item
/// with a byte outside ASCII is passed over, not the list.
pub(crate) fn items(header: &[u8]) -> impl Iterator<Item = Item<'_>> {
    let mut rest = Some(header);
    core::iter::from_fn(move || loop {
        let text = rest?.trim_ascii_start();
        let value = scan(text, true);
        let mut end = value.stop;
        let mut outside_ascii = value.outside_ascii;
        let mut parameters: &[u8] = &[];
        if text.get(value.stop) == Some(&b';') {
            let after = &text[value.stop + 1..];
            let rest_of_item = scan(after, false);
            parameters = &after[..rest_of_item.stop];
            end = value.stop + 1 + rest_of_item.stop;
            outside_ascii |= rest_of_item.outside_ascii;
        }
        rest = text.get(end + 1..);
        if outside_ascii {
            continue;
        }
        let trimmed = text[..value.stop].trim_ascii_end();
        let spaced = value.spaced && trimmed.iter().any(|&byte| byte == b' ' || byte == b'\t');
        let quality = parameters
            .split(|&byte| byte == b';')
            .filter_map(|parameter| split_at(parameter, b'='))
            .find(|(name, _)| name.trim_ascii().eq_ignore_ascii_case(b"q"))
            .map_or(1000, |(_, value)| parse(value.trim_ascii()));
        return Some(Item {
            value: trimmed,
            quality,
            spaced,
        });
    })
}

/// What [`scan`] found before its stop.
struct Scanned {
    /// Where the first `,` (or `;`) is; the text's length when there is none.
    stop: usize,
    /// Whether a byte before it is a space or a tab.
    spaced: bool,
    /// Whether a byte before it is outside ASCII.
    outside_ascii: bool,
}

/// Reads `text` up to its first `,`, or `;` too when `at_semicolon`: eight
/// bytes at a time, since a header is read on every request.
fn scan(text: &[u8], at_semicolon: bool) -> Scanned {
    let mut at = 0;
    let (mut spaced, mut outside_ascii) = (0u64, 0u64);
    while let Some(Ok(bytes)) = text.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let word = u64::from_le_bytes(bytes);
        let mut stops = bytes_equal(word, b',');
        if at_semicolon {
            stops |= bytes_equal(word, b';');
        }
        // The bits of the bytes before the first stop (all, without one).
        let before = (stops & stops.wrapping_neg()).wrapping_sub(1);
        spaced |= bytes_below(word, b'!') & before;
        outside_ascii |= word & HIGH_BITS & before;
        if stops != 0 {
            return Scanned {
                stop: at + (stops.trailing_zeros() / 8) as usize,
                spaced: spaced != 0,
                outside_ascii: outside_ascii != 0,
            };
        }
        at += 8;
    }
    let (mut spaced, mut outside_ascii) = (spaced != 0, outside_ascii != 0);
    for (offset, &byte) in text[at..].iter().enumerate() {
        if byte == b',' || (at_semicolon && byte == b';') {
            return Scanned {
                stop: at + offset,
                spaced,
                outside_ascii,
            };
        }
        spaced |= byte < b'!';
        outside_ascii |= !byte.is_ascii();
    }
    Scanned {
        stop: text.len(),
        spaced,
        outside_ascii,
    }
}

const LOW_BITS: u64 = u64::from_le_bytes([0x01; 8]);
const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);

/// The bytes of `word` equal to `byte`, each marked by its high bit. Only
/// the lowest mark is sure (one above it may come of the borrow), which is
/// all a reader of the first needs.
fn bytes_equal(word: u64, byte: u8) -> u64 {
    bytes_below(word ^ (LOW_BITS * u64::from(byte)), 1)
}

/// The bytes of `word` below `bound` (at most 0x80), marked as
/// [`bytes_equal`] marks them: any mark says that one is.
fn bytes_below(word: u64, bound: u8) -> u64 {
    word.wrapping_sub(LOW_BITS * u64::from(bound)) & !word & HIGH_BITS
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

    /// The items as a plain reading finds them: split at each `,`, an
    /// item outside ASCII passed over, its value before the first `;`.
    fn reference(header: &[u8]) -> Vec<(Vec<u8>, u16, bool)> {
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
                let spaced = value.iter().any(|&byte| byte == b' ' || byte == b'\t');
                (value.to_vec(), quality, spaced)
            })
            .collect()
    }

    proptest::proptest! {
        /// Read eight bytes at a time, the items are the plain reading's,
        /// wherever a separator, a space or a byte outside ASCII falls.
        #[test]
        fn items_are_the_plain_readings(header in proptest::collection::vec(
            proptest::sample::select(vec![
                b',', b';', b'=', b' ', b'\t', b'q', b'Q', b'.', b'0', b'1', b'5', b'a', b'/', b'*',
                0xc3, 0xa9, 0x80, 0xff,
            ]),
            0..48,
        )) {
            let read: Vec<(Vec<u8>, u16, bool)> = items(&header)
                .map(|item| (item.value.to_vec(), item.quality, item.spaced))
                .collect();
            proptest::prop_assert_eq!(read, reference(&header));
        }
    }

    #[test]
    fn items_are_values_with_their_qualities() {
        let read = |header: &str| -> Vec<(String, u16)> {
            items(header.as_bytes())
                .map(|item| {
                    (
                        String::from_utf8_lossy(item.value).into_owned(),
                        item.quality,
                    )
                })
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
