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
    let rounded =
        if ndigits >= 0 { ratio_to_f64(&whole, &scale) } else { ratio_to_f64(&(whole * scale), &BigUint::one()) };
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
    #[rustfmt::skip]
    const ROUND_FLOAT: &[(&str, &str, &str)] = &[
        ("0.5", "", "0"),
        ("1.5", "", "2"),
        ("2.5", "", "2"),
        ("-0.5", "", "0"),
        ("-1.5", "", "-2"),
        ("-2.5", "", "-2"),
        ("0.49999999999999994", "", "0"),
        ("1e+16", "", "10000000000000000"),
        ("9.223372036854776e+18", "", "9223372036854775808"),
        ("-9.223372036854776e+18", "", "-9223372036854775808"),
        ("4503599627370497.0", "", "4503599627370497"),
        ("-0.0", "", "0"),
        ("1e+300", "", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        ("inf", "", "OverflowError: cannot convert float infinity to integer"),
        ("-inf", "", "OverflowError: cannot convert float infinity to integer"),
        ("nan", "", "ValueError: cannot convert float NaN to integer"),
        ("123.456", "", "123"),
        ("-123.5", "", "-124"),
        ("5e-324", "", "0"),
        ("2.675", "2", "2.67"),
        ("0.5", "0", "0.0"),
        ("1.5", "0", "2.0"),
        ("2.5", "0", "2.0"),
        ("-2.5", "0", "-2.0"),
        ("123.456", "-1", "120.0"),
        ("1e+300", "2", "1e+300"),
        ("-0.4", "0", "-0.0"),
        ("0.4", "0", "0.0"),
        ("1.7976931348623157e+308", "-308", "OverflowError: rounded value too large to represent"),
        ("1.7976931348623157e+308", "-307", "OverflowError: rounded value too large to represent"),
        ("5e-324", "323", "0.0"),
        ("5e-324", "324", "5e-324"),
        ("1.5", "400", "1.5"),
        ("1.5", "-400", "0.0"),
        ("-1.5", "-400", "-0.0"),
        ("inf", "2", "inf"),
        ("-inf", "-2", "-inf"),
        ("nan", "2", "nan"),
        ("0.125", "2", "0.12"),
        ("0.375", "2", "0.38"),
        ("1e-320", "322", "1e-320"),
        ("2.5e-323", "323", "2e-323"),
        ("1e+22", "-22", "1e+22"),
        ("5e+22", "-23", "0.0"),
        ("1.5e+308", "-308", "OverflowError: rounded value too large to represent"),
        ("-1.5e+308", "-308", "OverflowError: rounded value too large to represent"),
        ("1e+308", "-308", "1e+308"),
        ("9.5e+307", "-308", "1e+308"),
        ("0.0", "-5", "0.0"),
        ("-0.0", "5", "-0.0"),
        ("-0.0001", "2", "-0.0"),
        ("0.285", "2", "0.28"),
        ("1.005", "2", "1.0"),
        ("4503599627370496.0", "0", "4503599627370496.0"),
        ("1234.5678", "3", "1234.568"),
        ("-1234.5678", "-2", "-1200.0"),
        ("0.1", "20", "0.1"),
        ("1e-300", "300", "1e-300"),
        ("1.25e-300", "301", "1.2e-300"),
        ("3e-310", "310", "3e-310"),
        ("7.5", "-1", "10.0"),
        ("25.0", "-1", "20.0"),
        ("35.0", "-1", "40.0"),
        ("45.0", "-1", "40.0"),
        ("1000000000000000.2", "1", "1000000000000000.2"),
        ("1e+308", "-307", "1e+308"),
        ("-1e+308", "-308", "-1e+308"),
        ("1.7976931348623157e+308", "0", "1.7976931348623157e+308"),
        ("4.35", "1", "4.3"),
        ("0.05", "1", "0.1"),
        ("0.15", "1", "0.1"),
        ("0.25", "1", "0.2"),
        ("0.35", "1", "0.3"),
        ("0.45", "1", "0.5"),
        ("6.408840904312374e-05", "21", "6.408840904312374e-05"),
        ("-8580476.198898286", "5", "-8580476.1989"),
        ("9.41123573259383e-12", "-8", "0.0"),
        ("10463652078814.5", "2", "10463652078814.5"),
        ("-0.5462369961443785", "-6", "-0.0"),
        ("-8.110304364204327e-12", "14", "-8.11e-12"),
        ("-4.8347109957708856e+23", "-7", "-4.8347109957708856e+23"),
        ("9.328986086233004e-17", "11", "0.0"),
        ("-5.4440923619626406e-05", "-2", "-0.0"),
        ("-382069327.72765255", "24", "-382069327.72765255"),
        ("8.717981266227508e-19", "-9", "0.0"),
        ("5.031156409026236e-20", "9", "0.0"),
        ("1.4428458475560668e-15", "4", "0.0"),
        ("-5.749440322941157e-18", "20", "-5.75e-18"),
        ("-1.2314810905846674e+17", "-24", "-0.0"),
        ("-5.870273845104231e-18", "11", "-0.0"),
        ("5.5236693019907766e+23", "18", "5.5236693019907766e+23"),
        ("2.756094148070942e+18", "14", "2.756094148070942e+18"),
        ("-8.854419397300694e-14", "-5", "-0.0"),
        ("6358052182618.163", "-25", "0.0"),
        ("75.90098762139561", "6", "75.900988"),
        ("-3992290624121926.0", "-13", "-3990000000000000.0"),
        ("7.452824279070704e-14", "13", "1e-13"),
        ("1.8600818897441585e-12", "23", "1.86008188974e-12"),
        ("1.3340850222904387e-17", "-6", "0.0"),
        ("20185629470697.906", "-2", "20185629470700.0"),
        ("9.984029201262102e+22", "12", "9.984029201262102e+22"),
        ("2.654024095530494e-07", "14", "2.6540241e-07"),
        ("0.418038885071746", "-9", "0.0"),
        ("2053057671851517.0", "-12", "2053000000000000.0"),
        ("-3.079734321496097e-09", "-8", "-0.0"),
        ("-138911179596.2077", "-1", "-138911179600.0"),
        ("-9.143202263212568e+20", "3", "-9.143202263212568e+20"),
        ("6.20984721834246e+22", "13", "6.20984721834246e+22"),
        ("-3.5190787622800835e+21", "-23", "-0.0"),
        ("4.710313824237935e-18", "21", "4.71e-18"),
        ("-0.033715007562157555", "23", "-0.033715007562157555"),
        ("-9.265701526488863e-14", "3", "-0.0"),
        ("-545992015.8976074", "8", "-545992015.8976074"),
        ("-9993.386514999635", "-8", "-0.0"),
    ];

    // Recorded from CPython 3.11: `round(n, ndigits)`.
    #[rustfmt::skip]
    const ROUND_INT: &[(&str, i64, &str)] = &[
        ("12345", -2, "12300"),
        ("250", -2, "200"),
        ("-250", -2, "-200"),
        ("350", -2, "400"),
        ("5", -1, "0"),
        ("15", -1, "20"),
        ("-15", -1, "-20"),
        ("1234", 2, "1234"),
        ("1234", 0, "1234"),
        ("0", -3, "0"),
        ("-5", -1, "0"),
        ("-6", -1, "-10"),
        ("2**63-1", -1, "9223372036854775810"),
        ("2**63-1", -18, "9000000000000000000"),
        ("2**63-1", -19, "10000000000000000000"),
        ("2**63-1", -20, "0"),
        ("-2**63", -19, "-10000000000000000000"),
        ("10**30+5*10**9", -10, "1000000000000000000000000000000"),
        ("10**30+15*10**9", -10, "1000000000000000000020000000000"),
        ("-(10**30)-5*10**9", -10, "-1000000000000000000000000000000"),
        ("5*10**40", -41, "0"),
        ("6*10**40", -41, "100000000000000000000000000000000000000000"),
        ("5*10**40", -42, "0"),
        ("123", -3, "0"),
        ("500", -3, "0"),
        ("501", -3, "1000"),
        ("-500", -3, "0"),
        ("1500", -3, "2000"),
    ];

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
            if let Ok(small) = i64::try_from(&n)
                && let Some(result) = round_i64(small, ndigits)
            {
                assert_eq!(result.to_string(), expected, "round({n}, {ndigits}) (i64)");
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
