//! Vectors of plain values (de)serialised as one run of little-endian bytes (`#[serde(with = "packed")]`),
//! not value by value: a part of a large file holds millions of them, and a byte run is written and read
//! back at the speed of a copy.

use serde::de::{Error, Visitor};
use serde::{Deserializer, Serializer};
use std::marker::PhantomData;

/// A value of a fixed number of little-endian bytes.
pub trait Plain: Sized {
    /// Bytes per value.
    const SIZE: usize;
    /// Appends the value's bytes.
    fn put(&self, out: &mut Vec<u8>);
    /// The value of exactly [`Plain::SIZE`] bytes (`None` for bytes that are not one).
    fn get(bytes: &[u8]) -> Option<Self>;
}

macro_rules! plain_number {
    ($($t:ty),*) => {$(
        impl Plain for $t {
            const SIZE: usize = std::mem::size_of::<$t>();
            fn put(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn get(bytes: &[u8]) -> Option<Self> {
                Some(<$t>::from_le_bytes(bytes.try_into().ok()?))
            }
        }
    )*};
}
plain_number!(f64, i64, u32, u64);

impl Plain for Option<bool> {
    const SIZE: usize = 1;
    fn put(&self, out: &mut Vec<u8>) {
        out.push(match self {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        });
    }
    fn get(bytes: &[u8]) -> Option<Self> {
        match bytes {
            [0] => Some(None),
            [1] => Some(Some(false)),
            [2] => Some(Some(true)),
            _ => None,
        }
    }
}

/// Writes `values` as one byte run.
pub fn serialize<T: Plain, S: Serializer>(values: &[T], serializer: S) -> Result<S::Ok, S::Error> {
    let mut bytes = Vec::with_capacity(values.len() * T::SIZE);
    for value in values {
        value.put(&mut bytes);
    }
    serializer.serialize_bytes(&bytes)
}

/// Reads back what [`serialize`] wrote.
pub fn deserialize<'de, T: Plain, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_bytes(Run(PhantomData))
}

/// The visitor of a byte run of `T`s.
struct Run<T>(PhantomData<T>);

impl<T: Plain> Visitor<'_> for Run<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a run of {}-byte values", T::SIZE)
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<T>, E> {
        if !bytes.len().is_multiple_of(T::SIZE) {
            return Err(E::custom("a byte run cut inside a value"));
        }
        // Pushed into a vector sized once (collecting into a `Result` would grow it by doubling).
        let mut values = Vec::with_capacity(bytes.len() / T::SIZE);
        for chunk in bytes.chunks_exact(T::SIZE) {
            values.push(T::get(chunk).ok_or_else(|| E::custom("a byte that is no value"))?);
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Runs {
        #[serde(with = "super")]
        numbers: Vec<f64>,
        #[serde(with = "super")]
        times: Vec<i64>,
        #[serde(with = "super")]
        flags: Vec<Option<bool>>,
        #[serde(with = "super")]
        codes: Vec<u32>,
    }

    #[test]
    fn runs_read_back_as_written_and_take_their_values_bytes() {
        let runs = Runs {
            numbers: vec![1.5, -0.0, f64::MAX, 1e-300],
            times: vec![i64::MIN, -1, 0, 1_700_000_000],
            flags: vec![None, Some(false), Some(true)],
            codes: vec![0, 7, u32::MAX],
        };
        let bytes = postcard::to_allocvec(&runs).unwrap_or_default();
        // Four length bytes and the values' own bytes, nothing per value.
        assert_eq!(bytes.len(), 4 + 4 * 8 + 4 * 8 + 3 + 3 * 4);
        assert_eq!(postcard::from_bytes::<Runs>(&bytes).ok(), Some(runs));
    }

    #[test]
    fn a_run_cut_inside_a_value_or_holding_no_flag_is_refused() {
        let mut cut = postcard::to_allocvec(&Runs {
            numbers: vec![1.0],
            times: vec![],
            flags: vec![Some(true)],
            codes: vec![],
        })
        .unwrap_or_default();
        let flag = cut.len() - 2;
        cut[flag] = 9;
        assert!(postcard::from_bytes::<Runs>(&cut).is_err());
        assert!(postcard::from_bytes::<Runs>(&[7, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0]).is_err());
    }
}
