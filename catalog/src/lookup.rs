//! Finding an entry by its code string, in the tables the expansion builds
//! in const evaluation: by reading the number back where every code string
//! is a prefix and a number, else through a hash table of the code strings.

use crate::const_str::str_eq;
use crate::Entry;

/// Finds the entry whose code string is `code` when every code string is
/// `lead` followed by the number: reads the number back, looks it up, and
/// checks the whole string (so `ANALYTICS_01000` finds nothing).
#[must_use]
pub fn lookup_code_str(
    code: &str,
    lead: &str,
    lookup: impl Fn(u32) -> Option<&'static Entry>,
) -> Option<&'static Entry> {
    let rest = code.strip_prefix(lead)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let number = rest
        .get(..digits)
        .filter(|digits| (1..=10).contains(&digits.len()))?;
    let entry = lookup(number.parse().ok()?)?;
    (entry.code_str() == code).then_some(entry)
}

/// The hash of a code string for the tables `lookup_hashed` reads: its
/// length, first eight and last eight bytes, mixed by one multiplication,
/// so that it costs the same few cycles for any length. Codes that differ only in their middle
/// collide and cost a probe more, never a wrong answer: a lookup compares
/// the whole string. Const, so that the table is built by const evaluation
/// from the entries with this one function.
#[must_use]
#[inline]
pub const fn hash_str(text: &str) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let bytes = text.as_bytes();
    let len = bytes.len();
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => {
            let mut short = 0u64;
            let mut i = 0;
            while i < len {
                short |= (bytes[i] as u64) << (8 * i);
                i += 1;
            }
            (short, 0)
        }
    };
    // One multiplication: the words and the length folded together, then
    // the high half, which the multiplication mixes best, onto the low
    // bits the table's mask keeps.
    let hash = (head ^ tail.rotate_left(29) ^ (len as u64)).wrapping_mul(SEED);
    hash ^ (hash >> 32)
}

/// The length of the lookup table of `count` entries: a power of two at
/// least twice `count`, so that probes stay short and an empty slot always
/// ends them.
#[must_use]
pub const fn hash_table_len(count: usize) -> usize {
    let mut len = 1;
    while len < count.saturating_mul(2) {
        len *= 2;
    }
    len
}

/// A slot of a lookup table that holds no entry.
const EMPTY: u32 = u32::MAX;

/// The lookup table of `entries` by code string, built in const evaluation:
/// each slot holds an entry's position, or `EMPTY`; collisions go to the
/// next slot. Of entries that share a code string (`shares_code`), the
/// first is kept.
#[must_use]
pub const fn hash_table<const N: usize>(entries: &[Entry]) -> [u32; N] {
    let mut table = [EMPTY; N];
    let mask = N - 1;
    let mut position = 0;
    while position < entries.len() {
        let code = entries[position].code_str();
        let mut slot = hash_str(code) as usize & mask;
        loop {
            let held = table[slot];
            if held == EMPTY {
                table[slot] = position as u32;
                break;
            }
            if str_eq(entries[held as usize].code_str(), code) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        position += 1;
    }
    table
}

/// Finds `code` among `entries` through their `hash_table`: one hash, a
/// probe or two, one comparison of strings.
#[must_use]
#[inline]
pub fn lookup_hashed(
    entries: &'static [Entry],
    table: &[u32],
    code: &str,
) -> Option<&'static Entry> {
    let mask = table.len().wrapping_sub(1);
    let mut slot = hash_str(code) as usize & mask;
    // At most a full turn: only a hand-made, full table could take it.
    for _ in 0..table.len() {
        // An empty slot is past the end of any table: `get` ends the search.
        let entry = entries.get(*table.get(slot)? as usize)?;
        if entry.code_str() == code {
            return Some(entry);
        }
        slot = (slot + 1) & mask;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::status;

    const fn entry(code: u32, code_str: &'static str) -> Entry {
        Entry::new(code, code_str, "NAME", status(400), "message")
    }

    static ENTRIES: [Entry; 3] = [entry(9, "X_9"), entry(10, "X_10"), entry(100, "X_100")];

    #[test]
    fn finds_through_the_hash_table() {
        const LEN: usize = hash_table_len(3);
        static TABLE: [u32; LEN] = hash_table::<LEN>(&ENTRIES);
        assert_eq!(LEN, 8);
        for entry in &ENTRIES {
            assert_eq!(
                lookup_hashed(&ENTRIES, &TABLE, entry.code_str()),
                Some(entry)
            );
        }
        for absent in ["X_1", "", "X_9 ", "x_9", "X_1000"] {
            assert_eq!(lookup_hashed(&ENTRIES, &TABLE, absent), None);
        }
    }

    #[test]
    fn shared_code_strings_keep_the_first_entry() {
        static SHARED: [Entry; 3] = [entry(1, "A"), entry(2, "A"), entry(3, "B")];
        let table = hash_table::<8>(&SHARED);
        assert_eq!(lookup_hashed(&SHARED, &table, "A"), Some(&SHARED[0]));
        assert_eq!(lookup_hashed(&SHARED, &table, "B"), Some(&SHARED[2]));
    }

    #[test]
    fn inconsistent_tables_do_not_panic() {
        let tables: [&[u32]; 5] = [
            &[],
            &[7, 8, 9, 0],
            &[u32::MAX],
            &[1, 1, 1, 1],
            &[3, 2, 1, 4],
        ];
        for table in tables {
            for code in ["X_9", "X_10", "", "zzz"] {
                let found = lookup_hashed(&ENTRIES, table, code);
                assert!(found.is_none_or(|entry| entry.code_str() == code));
            }
        }
        assert_eq!(hash_table_len(0), 1);
        assert_eq!(hash_table_len(5000), 16384);
    }
}
