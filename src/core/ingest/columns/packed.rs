//! Vectors of plain values written as one run of little-endian bytes and read back from it: a part of a
//! large file holds millions of values, and a byte run is written and read at about the speed of a copy,
//! straight into the vector that keeps them. Runs are read from a [`RunSource`], a piece at a time, so
//! that bytes held elsewhere (by the browser, for a part handed over by another worker) never need a
//! copy of their own first.

/// A value of a fixed number of little-endian bytes.
pub trait Plain: Sized + Copy {
    /// Bytes per value.
    const SIZE: usize;
    /// Appends the value's bytes.
    fn put(self, out: &mut Vec<u8>);
    /// The value of the first [`Plain::SIZE`] bytes of `bytes` (`None` when they are not one).
    fn get(bytes: &[u8]) -> Option<Self>;
}

macro_rules! plain_number {
    ($($t:ty),*) => {$(
        impl Plain for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            #[inline]
            fn put(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            #[inline]
            fn get(bytes: &[u8]) -> Option<Self> {
                Some(<$t>::from_le_bytes(*bytes.first_chunk()?))
            }
        }
    )*};
}
plain_number!(f64, i64, u32, u64);

impl Plain for Option<bool> {
    const SIZE: usize = 1;
    #[inline]
    fn put(self, out: &mut Vec<u8>) {
        out.push(match self {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        });
    }
    #[inline]
    fn get(bytes: &[u8]) -> Option<Self> {
        match bytes.first()? {
            0 => Some(None),
            1 => Some(Some(false)),
            2 => Some(Some(true)),
            _ => None,
        }
    }
}

/// Where byte runs are read from, in order.
pub trait RunSource {
    /// Bytes not read yet.
    fn remaining(&self) -> usize;
    /// Fills `into` with the next `into.len()` bytes; `false` (reading nothing) when fewer remain.
    fn read(&mut self, into: &mut [u8]) -> bool;
}

impl RunSource for &[u8] {
    fn remaining(&self) -> usize {
        self.len()
    }

    fn read(&mut self, into: &mut [u8]) -> bool {
        let Some((taken, rest)) = self.split_at_checked(into.len()) else {
            return false;
        };
        into.copy_from_slice(taken);
        *self = rest;
        true
    }
}

/// Bytes read from a [`RunSource`] at a time (a multiple of every value's size).
const PIECE_BYTES: usize = 64 * 1024;

/// Bytes of a run of `count` values of `T`.
pub fn run_bytes<T: Plain>(count: usize) -> usize {
    count.saturating_mul(T::SIZE)
}

/// Appends `values` to `out` as one byte run.
pub fn put_run<T: Plain>(values: &[T], out: &mut Vec<u8>) {
    out.reserve(run_bytes::<T>(values.len()));
    for &value in values {
        value.put(out);
    }
}

/// Reads a run of `count` values of `T` from `source`, handing each to `each` in order; `false` when the
/// source ends first (then nothing is read) or holds a byte that is no value (the values before it were
/// handed over).
pub fn take_run<T: Plain>(source: &mut dyn RunSource, count: usize, mut each: impl FnMut(T)) -> bool {
    let mut left = run_bytes::<T>(count);
    if left > source.remaining() {
        return false;
    }
    let mut piece = vec![0u8; left.min(PIECE_BYTES)];
    while left > 0 {
        let bytes = piece.get_mut(..left.min(PIECE_BYTES)).unwrap_or(&mut []);
        if !source.read(bytes) {
            return false;
        }
        for value in bytes.chunks_exact(T::SIZE) {
            match T::get(value) {
                Some(value) => each(value),
                None => return false,
            }
        }
        left -= bytes.len();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_read_back_as_written_and_take_their_values_bytes() {
        let numbers = [1.5, -0.0, f64::MAX, 1e-300];
        let times = [i64::MIN, -1, 0, 1_700_000_000];
        let flags = [None, Some(false), Some(true)];
        let mut out = Vec::new();
        put_run(&numbers, &mut out);
        put_run(&times, &mut out);
        put_run(&flags, &mut out);
        assert_eq!(out.len(), 4 * 8 + 4 * 8 + 3);
        let mut runs = out.as_slice();
        let (mut n, mut t, mut f) = (Vec::<f64>::new(), Vec::<i64>::new(), Vec::<Option<bool>>::new());
        assert!(take_run(&mut runs, 4, |v| n.push(v)));
        assert!(take_run(&mut runs, 4, |v| t.push(v)));
        assert!(take_run(&mut runs, 3, |v| f.push(v)));
        assert_eq!(
            (n.as_slice(), t.as_slice(), f.as_slice()),
            (&numbers[..], &times[..], &flags[..])
        );
        assert!(runs.is_empty());
    }

    #[test]
    fn a_run_too_short_or_holding_no_flag_is_refused() {
        let mut into = vec![7u32];
        let mut runs: &[u8] = &[1, 0, 0, 0, 2, 0];
        assert!(!take_run(&mut runs, 2, |v| into.push(v)));
        assert_eq!(
            (into.as_slice(), runs.len()),
            (&[7u32][..], 6),
            "a run too short takes nothing"
        );
        let mut runs: &[u8] = &[2, 9];
        assert!(!take_run(&mut runs, 2, |_: Option<bool>| {}));
    }

    #[test]
    fn a_run_longer_than_a_piece_reads_whole() {
        let values: Vec<u64> = (0..(3 * PIECE_BYTES as u64 / 8 + 5)).collect();
        let mut out = Vec::new();
        put_run(&values, &mut out);
        let mut read = Vec::new();
        assert!(take_run(&mut out.as_slice(), values.len(), |v: u64| read.push(v)));
        assert_eq!(read, values);
    }
}
