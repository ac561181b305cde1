//! Catalogues made of catalogues, and the checks that keep codes unique
//! across them. Everything here runs in const evaluation: a clash is a
//! compile error whose message names both catalogues and the code or range.

use core::ops::RangeInclusive;

use crate::{Catalog, Entry};

/// One catalogue's contribution to a composed catalogue or to
/// [`assert_disjoint!`](crate::assert_disjoint).
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Part {
    name: &'static str,
    prefix: Option<&'static str>,
    range: Option<(u32, u32)>,
    range_label: Option<&'static str>,
    entries: &'static [Entry],
    retired: &'static [RangeInclusive<u32>],
}

impl Part {
    /// Catalogue `C`, called `name` in messages.
    pub const fn of<C: Catalog>(name: &'static str) -> Part {
        Part {
            name,
            prefix: C::PREFIX,
            range: match &C::RANGE {
                Some(range) => Some((*range.start(), *range.end())),
                None => None,
            },
            range_label: C::RANGE_LABEL,
            entries: C::ENTRIES,
            retired: C::RETIRED,
        }
    }

    /// The variants a composed catalogue declares itself.
    pub const fn direct(
        name: &'static str,
        prefix: Option<&'static str>,
        entries: &'static [Entry],
        retired: &'static [RangeInclusive<u32>],
    ) -> Part {
        Part {
            name,
            prefix,
            range: None,
            range_label: None,
            entries,
            retired,
        }
    }
}

/// How many entries the parts hold together.
pub const fn merged_len(parts: &[Part]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].entries.len();
        i += 1;
    }
    total
}

/// The entries of every part, sorted by code, for a composed catalogue
/// `owner` with `prefix` and an inclusive `range`. Fails compilation when a
/// part has another prefix, two parts' ranges overlap, a code lies outside
/// `range`, or two parts share a code.
pub const fn merge<const N: usize>(
    owner: &'static str,
    prefix: Option<&'static str>,
    range: Option<(u32, u32)>,
    parts: &[Part],
) -> [Entry; N] {
    check_prefixes(owner, prefix, parts);
    check_ranges_disjoint(parts);
    let mut merged = [Entry::new(0, "", "", http::StatusCode::INTERNAL_SERVER_ERROR, ""); N];
    // Where each part's next entry is: a k-way merge of lists already sorted.
    let mut next = [0usize; 64];
    if parts.len() > next.len() {
        panic!("a composed catalogue can hold at most 64 catalogues");
    }
    let mut filled = 0;
    while filled < N {
        let mut best: Option<usize> = None;
        let mut p = 0;
        while p < parts.len() {
            if next[p] < parts[p].entries.len() {
                best = match best {
                    Some(b)
                        if parts[b].entries[next[b]].code() <= parts[p].entries[next[p]].code() =>
                    {
                        Some(b)
                    }
                    _ => Some(p),
                };
            }
            p += 1;
        }
        let Some(b) = best else {
            panic!("the parts hold fewer entries than the merged length");
        };
        let entry = parts[b].entries[next[b]];
        if filled > 0 && merged[filled - 1].code() == entry.code() {
            let first = owner_of(parts, merged[filled - 1].code(), b);
            let mut message = Message::new();
            message.push("`");
            message.push(parts[first].name);
            message.push("` and `");
            message.push(parts[b].name);
            message.push("` both use code ");
            message.push(entry.code_str());
            message.push(": give one of them another code");
            message.fail();
        }
        if let Some((start, end)) = range {
            if entry.code() < start || entry.code() > end {
                let mut message = Message::new();
                message.push("code ");
                message.push(entry.code_str());
                message.push(" of `");
                message.push(parts[b].name);
                message.push("` is outside the range of `");
                message.push(owner);
                message.push("`, ");
                message.push_u32(start);
                message.push("..=");
                message.push_u32(end);
                message.fail();
            }
        }
        check_not_retired(parts, b, &entry);
        merged[filled] = entry;
        filled += 1;
        next[b] += 1;
    }
    merged
}

/// How many retired ranges the parts declare together.
pub const fn retired_len(parts: &[Part]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].retired.len();
        i += 1;
    }
    total
}

/// Every part's retired ranges, for the composed catalogue's `RETIRED`.
pub const fn merge_retired<const N: usize>(parts: &[Part]) -> [RangeInclusive<u32>; N] {
    let mut merged = [const { RangeInclusive::new(1, 0) }; N];
    let mut filled = 0;
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].retired.len() && filled < N {
            let range = &parts[p].retired[i];
            merged[filled] = RangeInclusive::new(*range.start(), *range.end());
            filled += 1;
            i += 1;
        }
        p += 1;
    }
    merged
}

/// No part may use a code that any part has retired.
const fn check_not_retired(parts: &[Part], owner: usize, entry: &Entry) {
    let code = entry.code();
    let mut p = 0;
    while p < parts.len() {
        let mut i = 0;
        while i < parts[p].retired.len() {
            let range = &parts[p].retired[i];
            if *range.start() <= code && code <= *range.end() {
                let mut message = Message::new();
                message.push("code ");
                message.push(entry.code_str());
                message.push(" of `");
                message.push(parts[owner].name);
                message.push("` is retired by `");
                message.push(parts[p].name);
                message.push("`: a published code is never used again");
                message.fail();
            }
            i += 1;
        }
        p += 1;
    }
}

/// The part other than `not` that holds `code`.
const fn owner_of(parts: &[Part], code: u32, not: usize) -> usize {
    let mut p = 0;
    while p < parts.len() {
        if p != not {
            let mut i = 0;
            while i < parts[p].entries.len() {
                if parts[p].entries[i].code() == code {
                    return p;
                }
                i += 1;
            }
        }
        p += 1;
    }
    not
}

const fn check_prefixes(owner: &'static str, prefix: Option<&'static str>, parts: &[Part]) {
    let Some(prefix) = prefix else {
        return;
    };
    let mut p = 0;
    while p < parts.len() {
        let same = match parts[p].prefix {
            Some(other) => str_eq(other, prefix),
            None => false,
        };
        if !same {
            let mut message = Message::new();
            message.push("`");
            message.push(parts[p].name);
            message.push("` ");
            match parts[p].prefix {
                Some(other) => {
                    message.push("uses the prefix \"");
                    message.push(other);
                    message.push("\"");
                }
                None => message.push("has no prefix"),
            }
            message.push(", but `");
            message.push(owner);
            message.push("` uses \"");
            message.push(prefix);
            message.push("\": a catalogue's codes share one prefix");
            message.fail();
        }
        p += 1;
    }
}

const fn check_ranges_disjoint(parts: &[Part]) {
    let mut a = 0;
    while a < parts.len() {
        let mut b = a + 1;
        while b < parts.len() {
            if let (Some((a_start, a_end)), Some((b_start, b_end))) =
                (parts[a].range, parts[b].range)
            {
                if a_start <= b_end && b_start <= a_end {
                    let mut message = Message::new();
                    message.push("the ranges of `");
                    message.push(parts[a].name);
                    message.push("` (");
                    message.push_range(parts[a].range_label, a_start, a_end);
                    message.push(") and `");
                    message.push(parts[b].name);
                    message.push("` (");
                    message.push_range(parts[b].range_label, b_start, b_end);
                    message.push(") overlap: give each catalogue its own range");
                    message.fail();
                }
            }
            b += 1;
        }
        a += 1;
    }
}

/// The check behind [`assert_disjoint!`](crate::assert_disjoint): no two
/// catalogues overlap in range or share a code string.
pub const fn assert_disjoint(parts: &[Part]) {
    check_ranges_disjoint(parts);
    let mut a = 0;
    while a < parts.len() {
        let mut b = a + 1;
        while b < parts.len() {
            let mut i = 0;
            while i < parts[a].entries.len() {
                let code = parts[a].entries[i].code_str();
                let mut j = 0;
                while j < parts[b].entries.len() {
                    if str_eq(code, parts[b].entries[j].code_str()) {
                        let mut message = Message::new();
                        message.push("`");
                        message.push(parts[a].name);
                        message.push("` and `");
                        message.push(parts[b].name);
                        message.push("` both use the code ");
                        message.push(code);
                        message.fail();
                    }
                    j += 1;
                }
                i += 1;
            }
            b += 1;
        }
        a += 1;
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A compile-time error message: const evaluation cannot allocate, so it is
/// written into a fixed buffer (long names are cut, never overflowed).
struct Message {
    bytes: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message {
            bytes: [0; 512],
            len: 0,
        }
    }

    const fn push(&mut self, text: &str) {
        let text = text.as_bytes();
        let mut i = 0;
        while i < text.len() && self.len < self.bytes.len() {
            self.bytes[self.len] = text[i];
            self.len += 1;
            i += 1;
        }
    }

    const fn push_u32(&mut self, mut number: u32) {
        let mut digits = [0u8; 10];
        let mut count = 0;
        loop {
            digits[count] = b'0' + (number % 10) as u8;
            count += 1;
            number /= 10;
            if number == 0 {
                break;
            }
        }
        while count > 0 && self.len < self.bytes.len() {
            count -= 1;
            self.bytes[self.len] = digits[count];
            self.len += 1;
        }
    }

    const fn push_range(&mut self, label: Option<&str>, start: u32, end: u32) {
        match label {
            Some(label) => self.push(label),
            None => {
                self.push_u32(start);
                self.push("..=");
                self.push_u32(end);
            }
        }
    }

    const fn fail(&self) -> ! {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => panic!("{}", text),
            // Only a name cut in the middle of a character gets here.
            Err(_) => panic!("error catalogues clash; the names could not be printed"),
        }
    }
}
