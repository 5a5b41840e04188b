//! `float.hex()` and `float.fromhex()`: exact hexadecimal text for floats,
//! `[sign] [0x] hexdigits [. hexdigits] [p [sign] decimal exponent]`.

use num_bigint::BigUint;
use num_traits::{One, Zero};

use super::convert::ratio_to_f64;
use super::unicode::trim_ascii_space;
use super::{NumError, NumResult};

/// `x.hex()`: `0x1.8000000000000p+1` for 3.0. Subnormals keep a leading 0
/// and the exponent -1022.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exponent) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{exponent:+}")
}

fn invalid() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

/// `float.fromhex(text)`, correctly rounded (ties to even).
pub fn float_fromhex(text: &str) -> NumResult<f64> {
    // Only ASCII whitespace may surround the number here, unlike float().
    let text = trim_ascii_space(text.as_bytes());
    let (negative, body) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    let magnitude = special_value(body).map_or_else(|| hex_magnitude(body), Ok)?;
    Ok(if negative { -magnitude } else { magnitude })
}

fn special_value(body: &[u8]) -> Option<f64> {
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

fn hex_magnitude(body: &[u8]) -> NumResult<f64> {
    let body = match body {
        [b'0', b'x' | b'X', rest @ ..] => rest,
        _ => body,
    };
    let count_hex = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let whole = count_hex(body);
    let mut rest = &body[whole..];
    let mut fraction = &rest[..0];
    if let [b'.', after @ ..] = rest {
        fraction = &after[..count_hex(after)];
        rest = &after[fraction.len()..];
    }
    if whole + fraction.len() == 0 {
        return Err(invalid());
    }
    let power = match rest {
        [] => 0,
        [b'p' | b'P', exponent @ ..] => parse_exponent(exponent).ok_or_else(invalid)?,
        _ => return Err(invalid()),
    };
    let digits: Vec<u8> = body[..whole].iter().chain(fraction).map(|&b| hex_value(b)).collect();
    let mantissa = BigUint::from_radix_be(&digits, 16).expect("hex digits");
    // Each fraction digit is four bits below the point.
    let exponent = power.saturating_sub(4 * fraction.len() as i64);
    scale_mantissa(&mantissa, exponent)
}

fn hex_value(byte: u8) -> u8 {
    (byte as char).to_digit(16).expect("a hex digit") as u8
}

/// A decimal exponent with an optional sign; absurd magnitudes saturate,
/// which still decides between overflow and zero.
fn parse_exponent(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let magnitude = digits.iter().fold(0i64, |acc, &d| acc.saturating_mul(10).saturating_add(i64::from(d - b'0')));
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa * 2^exponent` as the nearest float.
fn scale_mantissa(mantissa: &BigUint, exponent: i64) -> NumResult<f64> {
    let too_large = || NumError::overflow("hexadecimal value too large to represent as a float");
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    // Settle far-out exponents before building any power of two: the value
    // lies in [2^(top-1), 2^top).
    let top = (mantissa.bits() as i64).saturating_add(exponent);
    if top > 1024 {
        return Err(too_large());
    }
    if top < -1075 {
        return Ok(0.0); // Below half the smallest subnormal.
    }
    let rounded = if exponent >= 0 {
        ratio_to_f64(&(mantissa << exponent as u64), &BigUint::one())
    } else {
        ratio_to_f64(mantissa, &(BigUint::one() << exponent.unsigned_abs()))
    };
    rounded.ok_or_else(too_large)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{float, show_float};

    // Recorded from CPython 3.11: `x.hex()`.
    #[rustfmt::skip]
    const HEX: &[(&str, &str)] = &[
        ("0.0", "0x0.0p+0"),
        ("-0.0", "-0x0.0p+0"),
        ("1.0", "0x1.0000000000000p+0"),
        ("5e-324", "0x0.0000000000001p-1022"),
        ("0.1", "0x1.999999999999ap-4"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("-2.5", "-0x1.4000000000000p+1"),
        ("1e+308", "0x1.1ccf385ebc8a0p+1023"),
        ("1.7976931348623157e+308", "0x1.fffffffffffffp+1023"),
        ("2.2250738585072014e-308", "0x1.0000000000000p-1022"),
        ("2.225073858507201e-308", "0x0.fffffffffffffp-1022"),
        ("3.0", "0x1.8000000000000p+1"),
        ("-1e-310", "-0x0.012688b70e62bp-1022"),
        ("123456.789", "0x1.e240c9fbe76c9p+16"),
    ];

    // Recorded from CPython 3.11: `repr(float.fromhex(text))`.
    #[rustfmt::skip]
    const FROMHEX: &[(&str, &str)] = &[
        ("0x1p3", "8.0"),
        ("1p3", "8.0"),
        (" 0x1.8p1 ", "3.0"),
        ("-0x1p-1074", "-5e-324"),
        ("0x1p-1075", "0.0"),
        ("0x3p-1076", "5e-324"),
        ("0x1p-1076", "0.0"),
        ("0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float"),
        ("0x1.fffffffffffff7p1023", "1.7976931348623157e+308"),
        ("0x1p1024", "OverflowError: hexadecimal value too large to represent as a float"),
        ("inf", "inf"),
        ("-Infinity", "-inf"),
        ("nan", "nan"),
        ("0x", "ValueError: invalid hexadecimal floating-point string"),
        ("0x.", "ValueError: invalid hexadecimal floating-point string"),
        (".8", "0.5"),
        ("8.", "8.0"),
        ("0x1_0", "ValueError: invalid hexadecimal floating-point string"),
        ("0x1p", "ValueError: invalid hexadecimal floating-point string"),
        ("0x1p+", "ValueError: invalid hexadecimal floating-point string"),
        ("0X1P-2", "0.25"),
        ("\u{3000}0x1", "ValueError: invalid hexadecimal floating-point string"),
        ("0x1\u{c}", "1.0"),
        ("", "ValueError: invalid hexadecimal floating-point string"),
        ("0x0p99999999999999999999", "0.0"),
        ("0x1p-99999999999999999999", "0.0"),
        ("0x1p99999999999999999999", "OverflowError: hexadecimal value too large to represent as a float"),
        ("0x0000000000000000000000000000000000000000000000000000000000001p0", "1.0"),
        ("0x1000000000000000000000000000000000000000000000000000000000000p-240", "1.0"),
        ("-0x0p0", "-0.0"),
        ("0x1.0000000000000801p0", "1.0000000000000002"),
        ("0x1.00000000000008p0", "1.0"),
        ("0x1.00000000000018p0", "1.0000000000000004"),
        ("٣", "ValueError: invalid hexadecimal floating-point string"),
        ("1 2", "ValueError: invalid hexadecimal floating-point string"),
        ("+-1", "ValueError: invalid hexadecimal floating-point string"),
        ("in", "ValueError: invalid hexadecimal floating-point string"),
        ("0x.8p1", "1.0"),
        ("-0X1.FFFFFFFFFFFFFP+1023", "-1.7976931348623157e+308"),
        ("0x1.0p-1022", "2.2250738585072014e-308"),
        ("0x0.0000000000001p-1022", "5e-324"),
        ("0x0.00000000000008p-1022", "0.0"),
        ("0x0.00000000000018p-1022", "1e-323"),
        ("0x1p-1074 ", "5e-324"),
        ("\u{9}+0x1.5p+5\u{a}", "42.0"),
        ("0xg", "ValueError: invalid hexadecimal floating-point string"),
        ("0x1.p1", "2.0"),
        ("0x1e", "30.0"),
        ("infinity ", "inf"),
    ];

    #[test]
    fn hex_matches_cpython() {
        for &(x, expected) in HEX {
            assert_eq!(float_hex(float(x)), expected, "({x}).hex()");
            assert_eq!(float_fromhex(expected).map(f64::to_bits), Ok(float(x).to_bits()), "fromhex({expected})");
        }
    }

    #[test]
    fn fromhex_matches_cpython() {
        for &(text, expected) in FROMHEX {
            assert_eq!(show_float(float_fromhex(text)), expected, "float.fromhex({text:?})");
        }
    }
}
