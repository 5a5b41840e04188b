//! Conversions between ints and floats: correctly rounded int → float and
//! int `/` int (exact even for huge operands, ties to even), exact float →
//! int, `as_integer_ratio`, and comparisons between ints and floats that
//! never lose precision (`2**53 + 1 == float(2**53)` is False).

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{NumError, NumResult};

/// Every integer up to this magnitude is exactly a float.
const EXACT_FLOAT_INT: u64 = 1 << 53;

/// `float(n)`, rounding to nearest with ties to even.
pub fn int_to_float(n: &BigInt) -> NumResult<f64> {
    if let Some(small) = n.to_i64() {
        return Ok(small as f64);
    }
    let magnitude = ratio_to_f64(n.magnitude(), &BigUint::one())
        .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
    Ok(if n.is_negative() { -magnitude } else { magnitude })
}

/// `a / b` for ints that fit in `i64`.
pub fn true_div_i64(a: i64, b: i64) -> NumResult<f64> {
    if b == 0 {
        return Err(NumError::zero_division("division by zero"));
    }
    // Both operands are exact as floats, so one IEEE division rounds once.
    if a.unsigned_abs() <= EXACT_FLOAT_INT && b.unsigned_abs() <= EXACT_FLOAT_INT {
        return Ok(a as f64 / b as f64);
    }
    true_div_big(&BigInt::from(a), &BigInt::from(b))
}

/// `a / b` for any ints, correctly rounded: `10**400 / 10**399 == 10.0`.
pub fn true_div_big(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    if let (Some(a), Some(b)) = (a.to_i64(), b.to_i64()) {
        if a.unsigned_abs() <= EXACT_FLOAT_INT && b.unsigned_abs() <= EXACT_FLOAT_INT {
            return Ok(a as f64 / b as f64);
        }
    }
    let magnitude = ratio_to_f64(a.magnitude(), b.magnitude())
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
    // The sign comes from the operands even when the quotient underflows to
    // zero: `0 / -5` is `-0.0`.
    let negative = a.is_negative() != b.is_negative();
    Ok(if negative { -magnitude } else { magnitude })
}

/// The float nearest to `num / den` (`den > 0`), ties to even, subnormals
/// included; `None` when it is too large for a float.
pub(super) fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    // Scale so the integer quotient q has 55 or 56 bits: the 53 a float keeps,
    // one to round with and one to spare. The remainder acts as a sticky bit.
    let shift = 55 + den.bits() as i64 - num.bits() as i64;
    let (q, inexact) = scaled_quotient(num, den, shift);
    // num / den lies in [2^(top-1), 2^top).
    let top = q.bits() as i64 - shift;
    if top > f64::MAX_EXP as i64 {
        return None;
    }
    // The weight of the last bit kept: 53 significant bits, or fewer once the
    // result is subnormal and the bit of weight 2^-1074 is the last.
    let lsb = (top - 53).max(-1074);
    let dropped = (lsb + shift) as u64;
    let mut mantissa = (&q >> dropped).to_u64().expect("at most 54 bits remain");
    let half = q.bit(dropped - 1);
    let past_half = inexact || q.trailing_zeros().is_some_and(|zeros| zeros < dropped - 1);
    if half && (past_half || mantissa & 1 == 1) {
        mantissa += 1;
    }
    let value = scale_by_power_of_two(mantissa as f64, lsb as i32);
    value.is_finite().then_some(value)
}

/// `num * 2^shift / den`, truncated, and whether anything was truncated.
fn scaled_quotient(num: &BigUint, den: &BigUint, shift: i64) -> (BigUint, bool) {
    if shift >= 0 {
        let (q, r) = (num << shift as u64).div_rem(den);
        return (q, !r.is_zero());
    }
    let right = shift.unsigned_abs();
    if den.is_one() {
        let inexact = num.trailing_zeros().is_some_and(|zeros| zeros < right);
        return (num >> right, inexact);
    }
    let (q, r) = num.div_rem(&(den << right));
    (q, !r.is_zero())
}

/// `x * 2^exp`, exact whenever the result is representable (`x` a whole
/// number below 2^54, `exp >= -1074`). 2^exp is itself a normal float only
/// down to 2^-1022, so smaller scales are applied in two exact steps.
pub(super) fn scale_by_power_of_two(x: f64, exp: i32) -> f64 {
    let power = |e: i32| f64::from_bits(((e + 1023) as u64) << 52);
    if exp < -1022 { x * power(-1022) * power(exp + 1022) } else { x * power(exp.min(1023)) }
}

/// A finite float's magnitude as `mantissa * 2^exponent`, with an integer
/// mantissa below 2^53.
pub(super) fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) }
}

fn check_finite(x: f64) -> NumResult<()> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert float infinity to integer"));
    }
    Ok(())
}

/// `int(x)`, truncating toward zero, when it fits in `i64`. `None` means
/// call [`float_to_int`], which gives the big result or the error.
pub fn float_to_i64(x: f64) -> Option<i64> {
    // -2^63 is an i64; 2^63 is not. NaN fails both comparisons.
    (x >= -9.223_372_036_854_775_808e18 && x < 9.223_372_036_854_775_808e18).then(|| x as i64)
}

/// `int(x)`, exact for every finite float: `int(1e300)` has 301 digits.
pub fn float_to_int(x: f64) -> NumResult<BigInt> {
    check_finite(x)?;
    if let Some(small) = float_to_i64(x) {
        return Ok(BigInt::from(small));
    }
    // Only floats of 2^63 and beyond get here, and all of them are whole.
    let (mantissa, exponent) = decompose(x);
    let magnitude = BigUint::from(mantissa) << exponent as u64;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `math.floor(x)` for a float.
pub fn floor_float(x: f64) -> NumResult<BigInt> {
    float_to_int(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn ceil_float(x: f64) -> NumResult<BigInt> {
    float_to_int(x.ceil())
}

/// `x.as_integer_ratio()`: the fraction in lowest terms, denominator > 0.
pub fn as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert Infinity to integer ratio"));
    }
    let (mantissa, exponent) = decompose(x);
    if mantissa == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    if exponent >= 0 {
        let numerator = BigUint::from(mantissa) << exponent as u32;
        return Ok((BigInt::from_biguint(sign, numerator), BigInt::one()));
    }
    // The denominator is a power of two; cancel the mantissa's factors of 2.
    let cancel = mantissa.trailing_zeros().min(exponent.unsigned_abs());
    let numerator = BigInt::from_biguint(sign, BigUint::from(mantissa >> cancel));
    Ok((numerator, BigInt::one() << (exponent.unsigned_abs() - cancel)))
}

/// Compares an int with a float exactly; `None` when the float is NaN.
pub fn cmp_i64_float(n: i64, x: f64) -> Option<Ordering> {
    if n.unsigned_abs() <= EXACT_FLOAT_INT {
        return (n as f64).partial_cmp(&x);
    }
    if x.is_nan() {
        return None;
    }
    if x >= 9.223_372_036_854_775_808e18 {
        return Some(Ordering::Less);
    }
    if x < -9.223_372_036_854_775_808e18 {
        return Some(Ordering::Greater);
    }
    // x is now within i64's range, where its floor converts exactly.
    let floor = x.floor();
    Some(n.cmp(&(floor as i64)).then(if x > floor { Ordering::Less } else { Ordering::Equal }))
}

/// Compares an int with a float exactly: `10**400 > 1e308` is True.
pub fn cmp_int_float(n: &BigInt, x: f64) -> Option<Ordering> {
    if let Some(small) = n.to_i64() {
        return cmp_i64_float(small, x);
    }
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = x.floor();
    let whole = float_to_int(floor).expect("finite");
    // Equal to the floor of x means below x whenever x has a fraction.
    Some(n.cmp(&whole).then(if x > floor { Ordering::Less } else { Ordering::Equal }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{float, int, show, show_float};

    // Recorded from CPython 3.11: `repr(float(n))`.
    const INT_TO_FLOAT: &[(&str, &str)] = &[];

    // Recorded from CPython 3.11: `repr(a / b)`.
    const TRUE_DIV: &[(&str, &str, &str)] = &[];

    // Recorded from CPython 3.11: `int(x)`, `math.floor(x)`, `math.ceil(x)`,
    // `x.as_integer_ratio()`.
    const FLOAT_TO_INT: &[(&str, &str, &str, &str, &str)] = &[];

    // Recorded from CPython 3.11: `n < x`, `n == x`, `n > x`.
    const COMPARE: &[(&str, &str, bool, bool, bool)] = &[];

    #[test]
    fn int_to_float_rounds_to_nearest_even() {
        for &(n, expected) in INT_TO_FLOAT {
            assert_eq!(show_float(int_to_float(&int(n))), expected, "float({n})");
        }
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        for &(a, b, expected) in TRUE_DIV {
            let (a, b) = (int(a), int(b));
            assert_eq!(show_float(true_div_big(&a, &b)), expected, "{a} / {b}");
            if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
                assert_eq!(show_float(true_div_i64(x, y)), expected, "{a} / {b} (i64)");
            }
        }
    }

    #[test]
    fn float_to_int_is_exact() {
        for &(x, truncated, floor, ceil, ratio) in FLOAT_TO_INT {
            let value = float(x);
            assert_eq!(show(float_to_int(value)), truncated, "int({x})");
            assert_eq!(show(floor_float(value)), floor, "floor({x})");
            assert_eq!(show(ceil_float(value)), ceil, "ceil({x})");
            let shown = show(as_integer_ratio(value).map(|(n, d)| format!("({n}, {d})")));
            assert_eq!(shown, ratio, "({x}).as_integer_ratio()");
            if let Ok(expected) = truncated.parse::<i64>() {
                assert_eq!(float_to_i64(value), Some(expected), "int({x}) (i64)");
            }
        }
    }

    #[test]
    fn comparisons_are_exact() {
        for &(n, x, less, equal, greater) in COMPARE {
            let ordering = cmp_int_float(&int(n), float(x));
            let expected = [less, equal, greater];
            let got = [Ordering::Less, Ordering::Equal, Ordering::Greater].map(|o| ordering == Some(o));
            assert_eq!(got, expected, "{n} <=> {x}");
        }
    }

    #[test]
    fn scaling_reaches_the_subnormals_exactly() {
        assert_eq!(scale_by_power_of_two(1.0, -1074), 5e-324);
        assert_eq!(scale_by_power_of_two(3.0, -1074), 1.5e-323);
        assert_eq!(scale_by_power_of_two(1.0, 1023), 2f64.powi(1023));
        assert!(scale_by_power_of_two((1u64 << 53) as f64, 971).is_infinite());
    }
}
