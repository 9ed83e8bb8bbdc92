//! Vectors of plain values written as one run of little-endian bytes and read back from it: a part of a
//! large file holds millions of values, and a byte run is written and read at about the speed of a copy,
//! straight into the vector that keeps them.

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

/// Takes a run of `count` values of `T` from the front of `runs` and appends them to `into`; `false`
/// (taking nothing) when `runs` is too short or holds a byte that is no value.
pub fn take_run<T: Plain>(runs: &mut &[u8], count: usize, into: &mut Vec<T>) -> bool {
    let Some((run, rest)) = runs.split_at_checked(run_bytes::<T>(count)) else {
        return false;
    };
    let before = into.len();
    into.reserve(count);
    for chunk in run.chunks_exact(T::SIZE) {
        match T::get(chunk) {
            Some(value) => into.push(value),
            None => {
                into.truncate(before);
                return false;
            }
        }
    }
    *runs = rest;
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
        assert!(
            take_run(&mut runs, 4, &mut n)
                && take_run(&mut runs, 4, &mut t)
                && take_run(&mut runs, 3, &mut f)
        );
        assert_eq!(
            (n.as_slice(), t.as_slice(), f.as_slice()),
            (&numbers[..], &times[..], &flags[..])
        );
        assert!(runs.is_empty());
    }

    #[test]
    fn a_run_too_short_or_holding_no_flag_is_refused_and_takes_nothing() {
        let mut into = vec![7u32];
        let mut runs: &[u8] = &[1, 0, 0, 0, 2, 0];
        assert!(!take_run(&mut runs, 2, &mut into));
        assert_eq!((into.as_slice(), runs.len()), (&[7u32][..], 6));
        let mut flags = Vec::<Option<bool>>::new();
        let mut runs: &[u8] = &[2, 9];
        assert!(!take_run(&mut runs, 2, &mut flags));
        assert!(flags.is_empty());
    }
}
