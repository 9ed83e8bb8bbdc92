//! Stand-ins for text that comes from the user's files, so a link never carries it.
//!
//! Filter values (a channel name, a customer company) are data: the link stores a 64-bit FNV-1a hash of each
//! value instead, and the page turns the hashes back into values against the loaded data's own dictionary
//! ([`resolve_filter_values`]). Header signatures stand for a file's column headers the same way.
//!
//! A hash is not encryption: someone who already guesses a value ("ACME Corp") can check the guess against a
//! link. What the hash guarantees is that the link text never *contains* a value, so it can be pasted in a chat
//! or a ticket without copying data out of the exports.

use std::fmt;

/// FNV-1a 64-bit offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64-bit hash of some bytes (small, stable across platforms and versions).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
    })
}

/// A filter value as stored in a link: the FNV-1a 64-bit hash of the exact value text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueKey(pub u64);

impl ValueKey {
    /// The key of one data value (hashes the exact text, case and spaces included).
    pub fn of(value: &str) -> ValueKey {
        ValueKey(fnv1a64(value.as_bytes()))
    }

    /// The key as 16 lowercase hex digits (its form in a link).
    pub fn to_hex(self) -> String {
        format!("{:016x}", self.0)
    }

    /// A key from exactly 16 hex digits; `None` for anything else.
    pub fn from_hex(text: &str) -> Option<ValueKey> {
        if text.len() != 16 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u64::from_str_radix(text, 16).ok().map(ValueKey)
    }

    /// Whether this key stands for `value`.
    pub fn matches(self, value: &str) -> bool {
        ValueKey::of(value) == self
    }
}

impl fmt::Display for ValueKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// The values among `candidates` (e.g. a text column's dictionary) that the keys stand for, in the keys'
/// order; keys that match no candidate are left out (the file that had them is not loaded yet).
pub fn resolve_filter_values<'a, I>(keys: &[ValueKey], candidates: I) -> Vec<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let by_key: std::collections::HashMap<ValueKey, &'a str> = candidates
        .into_iter()
        .map(|value| (ValueKey::of(value), value))
        .collect();
    keys.iter().filter_map(|key| by_key.get(key).copied()).collect()
}

/// The signature of a file's header row (see [`crate::core::schema::header_signature`], the one
/// definition used everywhere), for any list of header texts.
pub fn header_signature<S: AsRef<str>>(headers: &[S]) -> String {
    let headers: Vec<&str> = headers.iter().map(AsRef::as_ref).collect();
    crate::core::schema::header_signature(&headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_matches_the_published_test_vectors() {
        // Reference values of the FNV-1a 64-bit function: "" is the offset basis itself,
        // "a" = (0xcbf29ce484222325 ^ 0x61) * 0x100000001b3 mod 2^64 = 0xaf63dc4c8601ec8c.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn value_key_hex_round_trips_and_rejects_other_text() {
        let key = ValueKey::of("ACME Corp");
        assert_eq!(ValueKey::from_hex(&key.to_hex()), Some(key));
        assert_eq!(key.to_hex().len(), 16);
        for bad in [
            "",
            "abc",
            "ACME Corp",
            "0123456789abcdeg",
            "0123456789abcdef0",
            "+123456789abcdef",
        ] {
            assert_eq!(ValueKey::from_hex(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn resolve_keeps_key_order_and_skips_unknown_keys() {
        let dictionary = ["Email", "Google Ads", "ACME Corp"];
        let keys = [
            ValueKey::of("ACME Corp"),
            ValueKey::of("Not loaded"),
            ValueKey::of("Email"),
        ];
        assert_eq!(
            resolve_filter_values(&keys, dictionary.iter().copied()),
            vec!["ACME Corp", "Email"]
        );
    }

    #[test]
    fn header_signature_ignores_case_and_outer_spaces_but_not_order() {
        let a = header_signature(&["Date", "Amount"]);
        assert_eq!(a, header_signature(&[" date ", "AMOUNT"]));
        assert_ne!(a, header_signature(&["Amount", "Date"]));
        // The separator keeps ["ab", "c"] apart from ["a", "bc"].
        assert_ne!(header_signature(&["ab", "c"]), header_signature(&["a", "bc"]));
        assert_eq!(a.len(), 16);
    }
}
