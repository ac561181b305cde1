//! Catalogues made of catalogues, and the checks that keep codes unique
//! across them. Everything here runs in const evaluation: a clash is a
//! compile error whose message names both catalogues and the code or range,
//! raised by a constant the expansion writes at the variant concerned.

use core::ops::RangeInclusive;

use crate::const_str::str_eq;
use crate::traits::Section;
use crate::{Catalog, Entry};

/// What one catalogue claims (its name, prefix, range, case, codes and
/// retired codes), for the checks of a composed catalogue or of
/// [`assert_disjoint!`](crate::assert_disjoint).
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Claim {
    name: &'static str,
    prefix: Option<&'static str>,
    range: Option<(u32, u32)>,
    range_label: Option<&'static str>,
    case: Option<&'static str>,
    entries: &'static [Entry],
    retired: &'static [RangeInclusive<u32>],
}

/// What a composed catalogue declares of itself, that the catalogues it wraps
/// must agree with: [`clashes`] checks each claim against it.
#[doc(hidden)]
pub struct Owner {
    /// The enum's name, for messages.
    pub name: &'static str,
    pub prefix: Option<&'static str>,
    /// Its inclusive range.
    pub range: Option<(u32, u32)>,
    /// It declares a documentation page for its codes.
    pub doc_url: bool,
    /// The case of its names, if it has one of its own.
    pub case: Option<&'static str>,
    /// The keys of its default metadata.
    pub meta_keys: &'static [&'static str],
}

impl Claim {
    /// Catalogue `C`, called `name` in messages.
    pub const fn of<C: Catalog>(name: &'static str) -> Claim {
        Claim {
            name,
            prefix: C::PREFIX,
            range: match &C::RANGE {
                Some(range) => Some((*range.start(), *range.end())),
                None => None,
            },
            range_label: C::RANGE_LABEL,
            case: C::RENAME_ALL,
            entries: C::ENTRIES,
            retired: C::RETIRED,
        }
    }

    /// The variants a composed catalogue declares itself.
    pub const fn direct(
        name: &'static str,
        prefix: Option<&'static str>,
        case: Option<&'static str>,
        entries: &'static [Entry],
        retired: &'static [RangeInclusive<u32>],
    ) -> Claim {
        Claim {
            name,
            prefix,
            range: None,
            range_label: None,
            case,
            entries,
            retired,
        }
    }
}

/// The case the claims share: the first one a claim names. Where they differ,
/// [`clashes`] stops the build.
pub const fn common_case(claims: &[Claim]) -> Option<&'static str> {
    match first_case(claims, claims.len()) {
        Some((_, case)) => Some(case),
        None => None,
    }
}

/// How many entries the claims hold together.
pub const fn merged_len(claims: &[Claim]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < claims.len() {
        total += claims[i].entries.len();
        i += 1;
    }
    total
}

/// The entries of every claim, sorted by code: a composed catalogue's
/// `ENTRIES`. The clashes between claims are reported by [`clashes`], one
/// constant per claim, each spanned on the variant that brings the claim in.
pub const fn merge<const N: usize>(claims: &[Claim]) -> [Entry; N] {
    let mut merged = [Entry::new(0, "", "", http::StatusCode::INTERNAL_SERVER_ERROR, ""); N];
    // Where each claim's next entry is: a k-way merge of lists already sorted.
    let mut next = [0usize; 64];
    if claims.len() > next.len() {
        panic!("a composed catalogue can hold at most 64 catalogues");
    }
    let mut filled = 0;
    while filled < N {
        let mut best: Option<usize> = None;
        let mut p = 0;
        while p < claims.len() {
            if next[p] < claims[p].entries.len() {
                best = match best {
                    Some(b)
                        if claims[b].entries[next[b]].table_key()
                            <= claims[p].entries[next[p]].table_key() =>
                    {
                        Some(b)
                    }
                    _ => Some(p),
                };
            }
            p += 1;
        }
        let Some(b) = best else {
            panic!("the claims hold fewer entries than the merged length");
        };
        merged[filled] = claims[b].entries[next[b]];
        filled += 1;
        next[b] += 1;
    }
    merged
}

/// Every clash that claim `at` of a composed catalogue `owner` brings:
/// another prefix, another case, a range overlapping an earlier claim's, a
/// code an earlier claim uses too, a code outside the owner's range, a code
/// some claim retired. Each pair of claims is reported once, at the later
/// one. `None` when there is none.
///
/// The owner's `doc_url` and `meta(...)` reach its own codes only: a
/// wrapped claim whose codes lack a page, or a key of the owner's metadata,
/// is a clash too.
pub const fn clashes(owner: Owner, claims: &[Claim], at: usize) -> Option<Message> {
    let mut message = Message::new();
    if at >= claims.len() {
        return None;
    }
    let claim = &claims[at];
    let Owner {
        name: owner,
        prefix,
        range,
        doc_url,
        case,
        meta_keys,
    } = owner;
    // The owner's own claim is the last one.
    let wrapped = at + 1 < claims.len();
    // One catalogue has one case: each claim the owner's, or without one of
    // the owner's, the first claim's that names one.
    let expected = match case {
        Some(case) => Some((owner, case)),
        None => first_case(claims, at),
    };
    if let (Some((other, expected)), Some(found)) = (expected, claim.case) {
        if !str_eq(expected, found) {
            message.clash();
            message.push("`");
            message.push(claim.name);
            message.push("` names its codes in ");
            message.push(found);
            message.push(", but `");
            message.push(other);
            message.push("` in ");
            message.push(expected);
            message.push(": one catalogue has one case; give both the same `rename_all`");
        }
    }
    if wrapped {
        lacks_meta(&mut message, owner, meta_keys, claim);
    }
    if doc_url && wrapped && lacks_doc_url(claim) {
        message.clash();
        message.push("the `doc_url` of `");
        message.push(owner);
        message.push("` does not reach the codes of `");
        message.push(claim.name);
        message.push("`, which keep the pages of their own catalogue and have none: give `");
        message.push(claim.name);
        message.push("` a `doc_url` too");
    }
    if let Some(prefix) = prefix {
        let same = match claim.prefix {
            Some(other) => str_eq(other, prefix),
            None => false,
        };
        if !same {
            message.clash();
            message.push("`");
            message.push(claim.name);
            message.push("` ");
            match claim.prefix {
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
        }
    }
    let mut earlier = 0;
    while earlier < at {
        overlap(&mut message, &claims[earlier], claim);
        shared_codes(&mut message, &claims[earlier], claim, false);
        earlier += 1;
    }
    // A service that declares a range numbers its codes: a category whose
    // codes are code strings alone would have them lie outside it.
    if let (Some((start, end)), true) = (range, wrapped) {
        let mut i = 0;
        while i < claim.entries.len() {
            if claim.entries[i].number().is_none() {
                message.clash();
                message.push("`");
                message.push(claim.name);
                message.push("` is a catalogue without numbers, but `");
                message.push(owner);
                message.push("` declares the range ");
                message.push_u32(start);
                message.push("..=");
                message.push_u32(end);
                message.push(" for its codes: give `");
                message.push(claim.name);
                message.push(
                    "` a `code = N` in that range on each variant, or take the `range` off `",
                );
                message.push(owner);
                message.push("`");
                break;
            }
            i += 1;
        }
    }
    let mut i = 0;
    while i < claim.entries.len() {
        let entry = &claim.entries[i];
        // Codes without numbers lie in no range.
        if let (Some((start, end)), Some(code)) = (range, entry.number()) {
            if code < start || code > end {
                message.clash();
                message.push("code ");
                message.push(entry.code_str());
                message.push(" of `");
                message.push(claim.name);
                message.push("` is outside the range of `");
                message.push(owner);
                message.push("`, ");
                message.push_u32(start);
                message.push("..=");
                message.push_u32(end);
            }
        }
        retired(&mut message, claims, claim, entry);
        i += 1;
    }
    if message.len == 0 {
        None
    } else {
        Some(message)
    }
}

/// The name of the first claim before `at` that names a case, and the case.
const fn first_case(claims: &[Claim], at: usize) -> Option<(&'static str, &'static str)> {
    let mut i = 0;
    while i < at {
        if let Some(case) = claims[i].case {
            return Some((claims[i].name, case));
        }
        i += 1;
    }
    None
}

/// Each key of the owner's default metadata that some code of `claim` lacks:
/// the owner's `meta(...)` reaches its own codes only.
const fn lacks_meta(
    message: &mut Message,
    owner: &'static str,
    keys: &[&'static str],
    claim: &Claim,
) {
    let mut k = 0;
    while k < keys.len() {
        let mut i = 0;
        while i < claim.entries.len() {
            if claim.entries[i].meta(keys[k]).is_none() {
                message.clash();
                message.push("the `meta(");
                message.push(keys[k]);
                message.push(" = ...)` of `");
                message.push(owner);
                message.push("` does not reach the codes of `");
                message.push(claim.name);
                message.push("`, which keep the metadata of their own catalogue and lack it (");
                message.push(claim.entries[i].code_str());
                message.push("): give `");
                message.push(claim.name);
                message.push("` a `meta(");
                message.push(keys[k]);
                message.push(" = ...)` too");
                break;
            }
            i += 1;
        }
        k += 1;
    }
}

/// Some code of `claim` has no documentation page.
const fn lacks_doc_url(claim: &Claim) -> bool {
    let mut i = 0;
    while i < claim.entries.len() {
        if claim.entries[i].doc_url().is_none() {
            return true;
        }
        i += 1;
    }
    false
}

/// The ranges of `a` and `b` overlap.
const fn overlap(message: &mut Message, a: &Claim, b: &Claim) {
    if let (Some((a_start, a_end)), Some((b_start, b_end))) = (a.range, b.range) {
        if a_start <= b_end && b_start <= a_end {
            message.clash();
            message.push("the ranges of `");
            message.push(a.name);
            message.push("` (");
            message.push_range(a.range_label, a_start, a_end);
            message.push(") and `");
            message.push(b.name);
            message.push("` (");
            message.push_range(b.range_label, b_start, b_end);
            message.push(") overlap: give each catalogue its own range");
        }
    }
}

/// `a` and `b` use the same code: the same number within one composed
/// catalogue (which orders its table by number), the same code string
/// across an organisation's catalogues (whose prefixes differ).
const fn shared_codes(message: &mut Message, a: &Claim, b: &Claim, by_code_str: bool) {
    let mut i = 0;
    while i < b.entries.len() {
        let entry = &b.entries[i];
        let mut j = 0;
        while j < a.entries.len() {
            let other = &a.entries[j];
            let same = match (other.number(), entry.number()) {
                (Some(a), Some(b)) if !by_code_str => a == b,
                _ => str_eq(other.code_str(), entry.code_str()),
            };
            if same {
                message.clash();
                message.push("`");
                message.push(a.name);
                message.push("` and `");
                message.push(b.name);
                message.push("` both use code ");
                message.push(entry.code_str());
                match entry.number() {
                    Some(_) => message.push(": give one of them another code"),
                    // A code string without a number is built from a name.
                    None => message.push(
                        ": give one of the two variants another `name = \"...\"`, or another variant name, which its code string is built from",
                    ),
                }
            }
            j += 1;
        }
        i += 1;
    }
}

/// How many retired ranges the claims declare together.
pub const fn retired_len(claims: &[Claim]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < claims.len() {
        total += claims[i].retired.len();
        i += 1;
    }
    total
}

/// Every claim's retired ranges, for the composed catalogue's `RETIRED`.
pub const fn merge_retired<const N: usize>(claims: &[Claim]) -> [RangeInclusive<u32>; N] {
    let mut merged = [const { RangeInclusive::new(1, 0) }; N];
    let mut filled = 0;
    let mut p = 0;
    while p < claims.len() {
        let mut i = 0;
        while i < claims[p].retired.len() && filled < N {
            let range = &claims[p].retired[i];
            merged[filled] = RangeInclusive::new(*range.start(), *range.end());
            filled += 1;
            i += 1;
        }
        p += 1;
    }
    merged
}

/// `entry` of `claim` uses a code that some claim has retired.
const fn retired(message: &mut Message, claims: &[Claim], claim: &Claim, entry: &Entry) {
    let Some(code) = entry.number() else {
        return;
    };
    let mut p = 0;
    while p < claims.len() {
        let mut i = 0;
        while i < claims[p].retired.len() {
            let range = &claims[p].retired[i];
            if *range.start() <= code && code <= *range.end() {
                message.clash();
                message.push("code ");
                message.push(entry.code_str());
                message.push(" of `");
                message.push(claim.name);
                message.push("` is retired by `");
                message.push(claims[p].name);
                message.push("`: a published code is never used again");
            }
            i += 1;
        }
        p += 1;
    }
}

/// The check behind [`assert_disjoint!`](crate::assert_disjoint): every
/// pair of catalogues that overlap in range or share a code string, or
/// `None`.
pub const fn disjoint_clashes(claims: &[Claim]) -> Option<Message> {
    let mut message = Message::new();
    let mut b = 0;
    while b < claims.len() {
        let mut a = 0;
        while a < b {
            overlap(&mut message, &claims[a], &claims[b]);
            shared_codes(&mut message, &claims[a], &claims[b], true);
            a += 1;
        }
        b += 1;
    }
    if message.len == 0 {
        None
    } else {
        Some(message)
    }
}

/// A compile-time error message: const evaluation cannot allocate, so it is
/// written into a fixed buffer (long names are cut, never overflowed).
#[doc(hidden)]
pub struct Message {
    bytes: [u8; 1024],
    len: usize,
}

impl Message {
    /// The text, for `panic!("{}", ...)` in the generated constant.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            // Only a name cut in the middle of a character gets here.
            Err(_) => "error catalogues clash; the names could not be printed",
        }
    }

    /// Starts the next clash: several of one claim go on separate lines.
    const fn clash(&mut self) {
        if self.len > 0 {
            self.push("\n");
        }
    }

    const fn new() -> Self {
        Message {
            bytes: [0; 1024],
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
}

/// The section of the codes a composed catalogue declares itself.
#[must_use]
pub const fn own_section(title: Option<&'static str>, entries: &'static [Entry]) -> Section {
    Section::without_range(title, entries)
}

/// How many sections `claims` hold together.
#[must_use]
pub const fn sections_len(claims: &[&[Section]]) -> usize {
    let (mut total, mut i) = (0, 0);
    while i < claims.len() {
        total += claims[i].len();
        i += 1;
    }
    total
}

/// The sections of every claim, in order: a composed catalogue's `SECTIONS`.
#[must_use]
pub const fn concat_sections<const N: usize>(claims: &[&[Section]]) -> [Section; N] {
    let mut all = [Section::without_range(None, &[]); N];
    let (mut at, mut i) = (0, 0);
    while i < claims.len() {
        let mut j = 0;
        while j < claims[i].len() && at < N {
            all[at] = claims[i][j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    all
}

/// A type a category converts from: what a `from = [T]` list converts
/// through, implemented for `T` so that a `T` the category does not convert
/// from is reported on `T` in the list.
#[diagnostic::on_unimplemented(
    message = "`{C}` does not convert from `{Self}`, so `from = [...]` cannot convert through it",
    label = "`{C}` has no `From<{Self}>`",
    note = "mark a field of `{C}` `#[from]` for it, or take it out of the list"
)]
pub trait LiftsInto<C> {
    /// This value as the category's error.
    fn lift(self) -> C;
}

impl<T, C: From<T>> LiftsInto<C> for T {
    fn lift(self) -> C {
        C::from(self)
    }
}

/// `value` as the category `C`'s error, through `LiftsInto`: what the
/// `From` impls of a `from = [...]` list call.
pub fn lift<T: LiftsInto<C>, C>(value: T) -> C {
    value.lift()
}
