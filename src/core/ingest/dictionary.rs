//! The index behind dictionary-encoded text: cell bytes → code, built for one memory access per lookup.
//!
//! Columns such as customer ids hold hundreds of thousands of distinct values, so most lookups miss the
//! cache; the time goes into waiting for memory, not into hashing. Each slot of this open-addressing table
//! (linear probing, 16 bytes, four to a cache line) holds a tag of the hash, the code and the key itself
//! when it is at most 7 bytes long, so a short key is found with a single cache miss and no pointer chase.
//! Longer keys are kept in one byte arena (no allocation per key) and compared there.

/// Keys up to this many bytes are stored inside the slot.
const INLINE_MAX: usize = 7;
/// Marks a slot whose key lives in the arena.
const ARENA_FLAG: u64 = 1 << 63;
/// Arena keys: offset in the low 40 bits, length in the next 23.
const OFFSET_BITS: u32 = 40;
const LENGTH_LIMIT: usize = 1 << 23;
const OFFSET_LIMIT: u64 = 1 << OFFSET_BITS;
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
const MIXER: u64 = 0xD6E8_FEB8_6659_FD93;

/// The two halves of a 64×64-bit product folded together (a fast, well-mixing step).
#[inline]
fn fold_multiply(a: u64, b: u64) -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        a.wrapping_mul(b) ^ nearly_high_word(a, b)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let product = u128::from(a) * u128::from(b);
        (product as u64) ^ ((product >> 64) as u64)
    }
}

/// The high word of a 64×64-bit product from three 32×32-bit products, without the carry out of the
/// middle sums (so at most 2 below the exact high word): for a hash, as good a mix. WebAssembly has no
/// 128-bit multiplication, and the exact high word from four products is recognised by the compiler as
/// one and turned back into a call to its helper (which returns through memory), once per hashed cell.
#[cfg_attr(not(target_arch = "wasm32"), cfg(test))]
#[inline(always)]
fn nearly_high_word(a: u64, b: u64) -> u64 {
    const LOW: u64 = 0xFFFF_FFFF;
    let (a_low, a_high) = (a & LOW, a >> 32);
    let (b_low, b_high) = (b & LOW, b >> 32);
    (a_high * b_high)
        .wrapping_add((a_low * b_high) >> 32)
        .wrapping_add((a_high * b_low) >> 32)
}

/// Up to 8 bytes read as a little-endian word, zero-padded (without a call to `memcpy`).
#[inline(always)]
pub(crate) fn word(bytes: &[u8]) -> u64 {
    if let Some(all) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*all);
    }
    let n = bytes.len();
    if let (Some(low), Some(high)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        // 4 to 7 bytes: two overlapping 4-byte reads; the shared bytes are equal, so OR joins them.
        return u64::from(u32::from_le_bytes(*low)) | u64::from(u32::from_le_bytes(*high)) << (8 * (n - 4));
    }
    match (bytes.first(), bytes.get(n / 2), bytes.last()) {
        // 1 to 3 bytes: first, middle and last (some of them the same byte, at the same place).
        (Some(&first), Some(&middle), Some(&last)) => {
            u64::from(first) | u64::from(middle) << (8 * (n / 2)) | u64::from(last) << (8 * (n - 1))
        }
        _ => 0,
    }
}

/// A key of at most 16 bytes as two words: its first eight bytes and its last eight (overlapping below
/// 16 bytes); below eight bytes, the key zero-padded and 0.
#[inline(always)]
pub fn key_words(key: &[u8]) -> (u64, u64) {
    match (key.first_chunk::<8>(), key.last_chunk::<8>()) {
        (Some(a), Some(b)) => (u64::from_le_bytes(*a), u64::from_le_bytes(*b)),
        _ => (word(key), 0),
    }
}

/// [`hash_key`] of a key of `len` bytes (at most 16) given as its [`key_words`].
#[inline(always)]
pub fn hash_words(first: u64, last: u64, len: usize) -> u64 {
    fold_multiply(
        first ^ MULTIPLIER,
        last ^ MIXER ^ (len as u64).wrapping_mul(MULTIPLIER),
    )
}

/// The hash of a key (any length). Keys up to 16 bytes (most cells) take one multiplication of their
/// first and last eight bytes (overlapping, or zero-padded below eight bytes).
#[inline(always)]
pub fn hash_key(key: &[u8]) -> u64 {
    if key.len() <= 16 {
        let (first, last) = key_words(key);
        return hash_words(first, last, key.len());
    }
    let mut h = (key.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        h = fold_multiply(h ^ word(chunk), MIXER);
    }
    fold_multiply(h ^ word(chunks.remainder()) ^ MULTIPLIER, MIXER)
}

/// Whether two byte strings are equal, compared eight bytes at a time (the last word overlapping the one
/// before) instead of through a call to `memcmp`: most dictionary keys are short names.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() < 8 {
        return a == b;
    }
    let whole = a
        .chunks_exact(8)
        .zip(b.chunks_exact(8))
        .all(|(x, y)| x.first_chunk::<8>() == y.first_chunk::<8>());
    whole && a.last_chunk::<8>() == b.last_chunk::<8>()
}

/// The slot's key word for a short key: its bytes, and its length in the top byte.
#[inline]
fn inline_word(key: &[u8]) -> u64 {
    word(key) | ((key.len() as u64) << 56)
}

/// The tag of a hash kept in its slot: the hash's high half, never zero (0 means empty).
#[inline(always)]
fn tag_of(hash: u64) -> u64 {
    (hash >> 32) | 1
}

/// The slot where the search for a key of `tag` starts in a table of `slots` slots (a power of two):
/// the tag's top bits, as many as the table needs. A doubled table's start is twice the old one's or
/// that plus one, so growing walks the old slots in order and fills the new table almost in order, from
/// the tags alone, without hashing any key again: with hundreds of thousands of keys, placing them again
/// in a random order was a cache miss each.
#[inline(always)]
fn start_of_tag(tag: u64, slots: usize) -> usize {
    if slots <= 1 {
        return 0;
    }
    let bits = slots.trailing_zeros().min(32);
    ((tag & 0xFFFF_FFFF) >> (32 - bits)) as usize
}

/// The slot's first word: the hash's tag (see [`tag_of`]) and the code.
#[inline]
fn head_word(hash: u64, code: u32) -> u64 {
    tag_of(hash) << 32 | u64::from(code)
}

/// A map from byte strings to `u32` codes.
#[derive(Clone, Debug, Default)]
pub struct ByteDictionary {
    /// `[tag << 32 | code, key word]`; all zero when empty.
    slots: Vec<[u64; 2]>,
    /// Keys longer than [`INLINE_MAX`], one after another.
    arena: Vec<u8>,
    /// Keys too long (or too far in the arena) for a slot; absurd in practice, kept correct anyway.
    oversized: Vec<(Box<[u8]>, u32)>,
    len: usize,
}

impl ByteDictionary {
    /// Number of keys.
    pub fn len(&self) -> usize {
        self.len + self.oversized.len()
    }

    /// Whether there is no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The slot where the search for `hash` starts: see [`start_of_tag`].
    #[inline(always)]
    fn start(&self, hash: u64) -> usize {
        start_of_tag(tag_of(hash), self.slots.len())
    }

    /// Reads the first slot for `hash`, so that its cache line is on its way before the real lookup
    /// (callers look up a batch of keys: these independent reads overlap instead of waiting one by one).
    #[inline]
    pub fn touch(&self, hash: u64) -> u64 {
        self.slots.get(self.start(hash)).map_or(0, |s| s[0])
    }

    /// Whether an arena slot's key word points at bytes equal to `key` (a key longer than [`INLINE_MAX`]).
    #[inline]
    fn arena_holds(&self, key_word: u64, key: &[u8]) -> bool {
        if key_word & ARENA_FLAG == 0 {
            return false;
        }
        let offset = (key_word & (OFFSET_LIMIT - 1)) as usize;
        let length = ((key_word & !ARENA_FLAG) >> OFFSET_BITS) as usize;
        length == key.len()
            && self
                .arena
                .get(offset..offset + length)
                .is_some_and(|stored| same_bytes(stored, key))
    }

    /// [`ByteDictionary::arena_holds`] for a key of `length` 8 to 16 bytes whose first and last eight
    /// bytes are `first` and `last` (overlapping below 16 bytes).
    #[inline(always)]
    fn arena_holds_words(&self, key_word: u64, length: usize, first: u64, last: u64) -> bool {
        if key_word & ARENA_FLAG == 0 || ((key_word & !ARENA_FLAG) >> OFFSET_BITS) as usize != length {
            return false;
        }
        let offset = (key_word & (OFFSET_LIMIT - 1)) as usize;
        match self.arena.get(offset..offset + length) {
            Some(stored) => {
                stored.first_chunk::<8>().map(|w| u64::from_le_bytes(*w)) == Some(first)
                    && stored.last_chunk::<8>().map(|w| u64::from_le_bytes(*w)) == Some(last)
            }
            None => false,
        }
    }

    /// The code of `key` (whose hash is `hash`), inserting it with `new_code()` when absent.
    #[inline]
    pub fn code_or_insert(&mut self, key: &[u8], hash: u64, new_code: impl FnOnce() -> u32) -> u32 {
        match self.find(key, hash) {
            Some(code) => code,
            None => self.insert(key, hash, new_code),
        }
    }

    /// The code of `key` (whose hash is `hash`), if present.
    ///
    /// Only reads slots: a short key costs one word comparison per probed slot, a longer one a comparison
    /// in the arena when the hash tags agree.
    #[inline(always)]
    pub fn find(&self, key: &[u8], hash: u64) -> Option<u32> {
        if key.len() <= 16 {
            let (first, last) = key_words(key);
            return self.find_words(key, hash, first, last);
        }
        let tag = tag_of(hash);
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = self.start(hash);
        while let Some(slot) = self.slots.get(at) {
            if slot[0] == 0 {
                break;
            }
            if slot[0] >> 32 == tag && self.arena_holds(slot[1], key) {
                return Some(slot[0] as u32);
            }
            at = (at + 1) & mask;
        }
        self.find_oversized(key)
    }

    /// [`ByteDictionary::find`] for a key of at most 16 bytes already read as its words (see
    /// [`key_words`]): `first` and `last`, which the caller may have read straight from a larger text.
    #[inline(always)]
    pub fn find_words(&self, key: &[u8], hash: u64, first: u64, last: u64) -> Option<u32> {
        let tag = tag_of(hash);
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = self.start(hash);
        if key.len() <= INLINE_MAX {
            let wanted = first | ((key.len() as u64) << 56);
            while let Some(slot) = self.slots.get(at) {
                if slot[0] == 0 {
                    break;
                }
                if slot[0] >> 32 == tag && slot[1] == wanted {
                    return Some(slot[0] as u32);
                }
                at = (at + 1) & mask;
            }
        } else {
            // 8 to 16 bytes (most longer names): compared as two words, without a loop.
            while let Some(slot) = self.slots.get(at) {
                if slot[0] == 0 {
                    break;
                }
                if slot[0] >> 32 == tag && self.arena_holds_words(slot[1], key.len(), first, last) {
                    return Some(slot[0] as u32);
                }
                at = (at + 1) & mask;
            }
        }
        self.find_oversized(key)
    }

    /// Lookup among the keys too long for a slot (never any, in practice: the branch is not taken).
    #[inline(always)]
    fn find_oversized(&self, key: &[u8]) -> Option<u32> {
        if self.oversized.is_empty() {
            return None;
        }
        self.oversized
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, code)| *code)
    }

    /// Adds a key that [`ByteDictionary::find`] did not find, with the code `new_code()` gives (the table
    /// grows first when it is 5/8 full).
    pub fn insert(&mut self, key: &[u8], hash: u64, new_code: impl FnOnce() -> u32) -> u32 {
        if key.len() >= LENGTH_LIMIT || (self.arena.len() + key.len()) as u64 >= OFFSET_LIMIT {
            return self.oversized_code(key, new_code);
        }
        if (self.len + 1) * 8 > self.slots.len() * 5 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = self.start(hash);
        while self.slots.get(at).is_some_and(|s| s[0] != 0) {
            at = (at + 1) & mask;
        }
        let code = new_code();
        let key_word = if key.len() <= INLINE_MAX {
            inline_word(key)
        } else {
            let offset = self.arena.len() as u64;
            self.arena.extend_from_slice(key);
            ARENA_FLAG | (key.len() as u64) << OFFSET_BITS | offset
        };
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = [head_word(hash, code), key_word];
            self.len += 1;
        }
        code
    }

    /// Lookup among the keys too long for a slot.
    fn oversized_code(&mut self, key: &[u8], new_code: impl FnOnce() -> u32) -> u32 {
        if let Some((_, code)) = self.oversized.iter().find(|(k, _)| &**k == key) {
            return *code;
        }
        let code = new_code();
        self.oversized.push((key.into(), code));
        code
    }

    /// Doubles the table (16 slots at first) and places every key again, where its tag says.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, vec![[0, 0]; size]);
        let mask = size - 1;
        for slot in old.into_iter().filter(|s| s[0] != 0) {
            let mut at = start_of_tag(slot[0] >> 32, size);
            while self.slots.get(at).is_some_and(|s| s[0] != 0) {
                at = (at + 1) & mask;
            }
            if let Some(free) = self.slots.get_mut(at) {
                *free = slot;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearly_high_word_is_at_most_two_below_the_128_bit_products() {
        let edges = [
            0,
            1,
            2,
            0xFFFF_FFFF,
            1 << 32,
            u64::MAX,
            u64::MAX - 1,
            MULTIPLIER,
            MIXER,
        ];
        let mut seed = 0x1234_5678_9ABC_DEF0_u64;
        let mut random = std::iter::repeat_with(move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        });
        let pairs = edges
            .iter()
            .flat_map(|&a| edges.iter().map(move |&b| (a, b)))
            .chain((0..100_000).filter_map(|_| Some((random.next()?, random.next()?))));
        for (a, b) in pairs {
            let high = ((u128::from(a) * u128::from(b)) >> 64) as u64;
            let below = high.wrapping_sub(nearly_high_word(a, b));
            assert!(below <= 2, "{a:#x} × {b:#x}: {below} below");
        }
    }

    #[test]
    fn keys_of_every_length_get_their_own_code() {
        let mut dict = ByteDictionary::default();
        // Short (inline), 7-byte (largest inline), 8-byte (first arena key), long, and a key that is
        // an inline key plus a NUL byte (same padded word, different length).
        let keys: [&[u8]; 6] = [
            b"A",
            b"C000123",
            b"C0001234",
            b"a much longer key text",
            b"A\0",
            b"",
        ];
        for (i, key) in keys.iter().enumerate() {
            let code = dict.code_or_insert(key, hash_key(key), || i as u32);
            assert_eq!(code, i as u32, "{key:?}");
        }
        // Looking up again finds the first code and never calls the inserter.
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(
                dict.code_or_insert(key, hash_key(key), || 99),
                i as u32,
                "{key:?}"
            );
        }
        assert_eq!(dict.len(), 6);
    }

    #[test]
    fn short_keys_read_as_padded_words() {
        // Little-endian: the first byte is the lowest. "abc" = 0x63_62_61.
        let cases: [(&[u8], u64); 6] = [
            (b"", 0),
            (b"a", 0x61),
            (b"ab", 0x62_61),
            (b"abc", 0x63_62_61),
            (b"abcde", 0x65_64_63_62_61),
            (b"abcdefghij", 0x68_67_66_65_64_63_62_61),
        ];
        for (bytes, expected) in cases {
            assert_eq!(word(bytes), expected, "{bytes:?}");
        }
        for n in 0..=8 {
            let bytes = &b"12345678"[..n];
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(bytes);
            assert_eq!(word(bytes), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn same_bytes_compares_every_byte() {
        let base = b"Noise Cancelling Headphones";
        for n in 0..base.len() {
            let a = &base[..n];
            assert!(same_bytes(a, a), "{n}");
            // Changing any one byte (first, middle or last) makes them differ.
            for at in 0..n {
                let mut b = a.to_vec();
                b[at] ^= 0x20;
                assert!(!same_bytes(a, &b), "{n} bytes, byte {at} changed");
            }
        }
        assert!(!same_bytes(b"completed", b"completes"));
        assert!(!same_bytes(b"retail", b"retail "));
    }

    #[test]
    fn keys_of_8_to_16_bytes_differing_in_one_byte_are_told_apart() {
        let mut dict = ByteDictionary::default();
        let base = b"Mechanical Keybo";
        let mut keys = Vec::new();
        for n in 8..=16 {
            keys.push(base[..n].to_vec());
            for at in 0..n {
                let mut key = base[..n].to_vec();
                key[at] ^= 0x20;
                keys.push(key);
            }
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(
                dict.code_or_insert(key, hash_key(key), || i as u32),
                i as u32,
                "{key:?}"
            );
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(dict.find(key, hash_key(key)), Some(i as u32), "{key:?}");
        }
        assert_eq!(
            dict.find(b"Mechanical Keyb!", hash_key(b"Mechanical Keyb!")),
            None
        );
    }

    #[test]
    fn a_doubled_table_starts_a_key_at_twice_its_old_start_or_one_past() {
        for key in ["a", "Paris", "C012345", "SO-100000", "a longer product name"] {
            let tag = tag_of(hash_key(key.as_bytes()));
            assert_eq!(start_of_tag(tag, 0), 0);
            assert_eq!(start_of_tag(tag, 1), 0);
            for bits in 1..31 {
                let (old, new) = (start_of_tag(tag, 1 << bits), start_of_tag(tag, 1 << (bits + 1)));
                assert!(
                    old < 1 << bits && new / 2 == old,
                    "{key}: {old} → {new} at {bits} bits"
                );
            }
        }
    }

    #[test]
    fn growing_keeps_every_code() {
        let mut dict = ByteDictionary::default();
        // 50 000 distinct keys force 13 doublings (16 → 131 072 slots at 5/8 load).
        let key = |i: u32| format!("C{i:06}{}", if i.is_multiple_of(3) { "-long-suffix" } else { "" });
        for i in 0..50_000u32 {
            let k = key(i);
            assert_eq!(dict.code_or_insert(k.as_bytes(), hash_key(k.as_bytes()), || i), i);
        }
        for i in (0..50_000u32).rev() {
            let k = key(i);
            assert_eq!(
                dict.code_or_insert(k.as_bytes(), hash_key(k.as_bytes()), || u32::MAX - 1),
                i
            );
        }
        assert_eq!(dict.len(), 50_000);
        assert_eq!(dict.slots.len(), 131_072);
    }
}
