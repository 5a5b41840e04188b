//! Ints as text: `str(n)` under Python 3.11's limit on decimal digits
//! (which guards against quadratic-time conversions), any radix for the
//! inverse of `int(text, base)`, and `bin`, `oct`, `hex`.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::Signed;

use super::{NumError, NumResult};

const RAISE_LIMIT_HINT: &str = "use sys.set_int_max_str_digits() to increase the limit";

/// The error for an int too long to convert to decimal text.
pub(super) fn str_digits_error(max_str_digits: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({max_str_digits} digits) for integer string conversion; {RAISE_LIMIT_HINT}"
    ))
}

/// The error for decimal text too long to convert to an int.
pub(super) fn int_digits_error(max_str_digits: usize, digits: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
         value has {digits} digits; {RAISE_LIMIT_HINT}"
    ))
}

/// `str(n)` (and `repr(n)`), refusing more than `max_str_digits` digits,
/// not counting the sign (0: no limit). An `i64` has at most 19 digits,
/// under the smallest limit Python allows, so `n.to_string()` serves there.
pub fn int_to_decimal(n: &BigInt, max_str_digits: usize) -> NumResult<String> {
    if max_str_digits > 0 && at_least_digits(n) > max_str_digits {
        return Err(str_digits_error(max_str_digits));
    }
    let text = n.to_string();
    let digits = text.len() - usize::from(n.is_negative());
    if max_str_digits > 0 && digits > max_str_digits {
        return Err(str_digits_error(max_str_digits));
    }
    Ok(text)
}

// A lower bound on the decimal digits of n, from its bit length: |n| is at
// least 2^(bits-1). One digit is given up against rounding in the product.
fn at_least_digits(n: &BigInt) -> usize {
    let bits = n.bits().saturating_sub(1);
    (bits as f64 * std::f64::consts::LOG10_2) as usize
}

/// `n` in `radix` (2 to 36), lowercase, with a `-` for negatives and no
/// prefix: the text `int(text, radix)` reads back.
pub fn int_to_radix(n: &BigInt, radix: u32) -> String {
    n.to_str_radix(radix)
}

fn prefix(radix: u32) -> &'static str {
    match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => panic!("bin, oct and hex have radix 2, 8 or 16, not {radix}"),
    }
}

/// `bin(n)`, `oct(n)` or `hex(n)` for radix 2, 8 or 16: the prefix goes
/// after the sign, `hex(-255) == '-0xff'`. These bases have no digit limit.
pub fn prefixed(n: &BigInt, radix: u32) -> String {
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{}{}", prefix(radix), n.magnitude().to_str_radix(radix))
}

/// [`prefixed`] for an int that fits in `i64`.
pub fn prefixed_i64(n: i64, radix: u32) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let magnitude = n.unsigned_abs();
    let digits: Cow<'_, str> = match radix {
        2 => format!("{magnitude:b}").into(),
        8 => format!("{magnitude:o}").into(),
        _ => format!("{magnitude:x}").into(),
    };
    format!("{sign}{}{digits}", prefix(radix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::DEFAULT_MAX_STR_DIGITS;
    use crate::numeric::testutil::{int, show};

    // Recorded from CPython 3.11: `bin(n)`, `oct(n)`, `hex(n)`.
    #[rustfmt::skip]
    const PREFIXED: &[(&str, &str, &str, &str)] = &[
        ("0", "0b0", "0o0", "0x0"),
        ("1", "0b1", "0o1", "0x1"),
        ("-1", "-0b1", "-0o1", "-0x1"),
        ("255", "0b11111111", "0o377", "0xff"),
        ("-255", "-0b11111111", "-0o377", "-0xff"),
        ("8", "0b1000", "0o10", "0x8"),
        ("2**63-1", "0b111111111111111111111111111111111111111111111111111111111111111", "0o777777777777777777777", "0x7fffffffffffffff"),
        ("-2**63", "-0b1000000000000000000000000000000000000000000000000000000000000000", "-0o1000000000000000000000", "-0x8000000000000000"),
        ("2**64", "0b10000000000000000000000000000000000000000000000000000000000000000", "0o2000000000000000000000", "0x10000000000000000"),
        ("-(10**30)", "-0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000", "-0o1447626234640431647336510000000000", "-0xc9f2c9cd04674edea40000000"),
        ("3**200", "0b11111110101011000011000111100001111101011000001000110100111101100001000011010100100110111101001110110111100110100001100101111111111010111001111011001011111100100010001110110000001101011011010000011111011001111011011110110111001001010011110101110001000100101101111111010111111110001111010101010111110001011000010100001", "0o3765303074175301064754103244675166746414577727173137442166015332037317336671123656104557727761725276130241", "0x1fd5863c3eb0469ec21a937a76f3432ffd73d97e447606b683ecf6f6e4a7ae225bfaff1eaaf8b0a1"),
    ];

    #[test]
    fn bin_oct_hex_match_cpython() {
        for &(n, bin, oct, hex) in PREFIXED {
            let n = int(n);
            assert_eq!([2, 8, 16].map(|radix| prefixed(&n, radix)), [bin, oct, hex], "{n}");
            if let Ok(small) = i64::try_from(&n) {
                assert_eq!([2, 8, 16].map(|radix| prefixed_i64(small, radix)), [bin, oct, hex], "{n}");
            }
        }
    }

    #[test]
    fn decimal_text_stops_at_the_digit_limit() {
        let limit_error = "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
                           use sys.set_int_max_str_digits() to increase the limit";
        let convert = |n: &str| show(int_to_decimal(&int(n), DEFAULT_MAX_STR_DIGITS).map(|s| s.len()));
        assert_eq!(convert("10**4300-1"), "4300");
        assert_eq!(convert("-(10**4300-1)"), "4301");
        assert_eq!(convert("10**4300"), limit_error);
        assert_eq!(convert("-10**4300"), limit_error);
        assert_eq!(convert("2**1000000"), limit_error);
        assert_eq!(show(int_to_decimal(&int("10**5000"), 0).map(|s| s.len())), "5001");
        assert_eq!(int_to_decimal(&int("-12"), 1), Err(str_digits_error(1)));
        assert_eq!(int_to_decimal(&int("0"), 1).unwrap(), "0");
    }

    #[test]
    fn radix_text_reads_back() {
        for n in ["0", "-35", "255", "-(36**20)+35", "7**100", "-(2**64)"] {
            for radix in 2..=36 {
                let text = int_to_radix(&int(n), radix);
                let back = crate::numeric::parse::parse_int(&text, radix.into(), 0);
                assert_eq!(back, Ok(int(n)), "{n} in base {radix}: {text}");
            }
        }
        assert_eq!(int_to_radix(&int("-35"), 36), "-z");
    }
}
