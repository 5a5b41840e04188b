//! `int(text, base)` and `float(text)` for str and bytes, with CPython's
//! syntax: surrounding whitespace, a sign, single underscores between
//! digits, Unicode decimal digits, base prefixes, and its error messages
//! (which quote the original text).

use num_bigint::{BigInt, BigUint, Sign};
use weft_bytecode::repr::{bytes_repr, str_repr};

use super::int_str::int_digits_error;
use super::unicode::{to_ascii_number, trim_ascii_space};
use super::{NumError, NumResult};

/// `int(text, base)` for a str. `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0: no limit); it applies to bases that
/// are not powers of two.
pub fn parse_int(text: &str, base: i64, max_str_digits: usize) -> NumResult<BigInt> {
    let base = check_base(base)?;
    int_from_ascii(&to_ascii_number(text), base, max_str_digits)
        .map_err(|error| error.into_num_error(base, || str_repr(text)))
}

/// `int(data, base)` for bytes or bytearray.
pub fn parse_int_bytes(data: &[u8], base: i64, max_str_digits: usize) -> NumResult<BigInt> {
    let base = check_base(base)?;
    int_from_ascii(data, base, max_str_digits).map_err(|error| error.into_num_error(base, || bytes_repr(data)))
}

fn check_base(base: i64) -> NumResult<u32> {
    match base {
        0 | 2..=36 => Ok(base as u32),
        _ => Err(NumError::value("int() base must be >= 2 and <= 36, or 0")),
    }
}

enum IntSyntaxError {
    Invalid,
    TooManyDigits { limit: usize, digits: usize },
}

impl IntSyntaxError {
    fn into_num_error(self, base: u32, repr: impl FnOnce() -> String) -> NumError {
        match self {
            // CPython quotes at most 200 characters of the repr.
            IntSyntaxError::Invalid => {
                let repr: String = repr().chars().take(200).collect();
                NumError::value(format!("invalid literal for int() with base {base}: {repr}"))
            }
            IntSyntaxError::TooManyDigits { limit, digits } => int_digits_error(limit, digits),
        }
    }
}

/// The base a literal is written in, and the text after its prefix.
fn resolve_base(text: &[u8], base: u32) -> (u32, &[u8], bool) {
    let prefix_base = match text {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    if prefix_base != 0 && (base == 0 || base == prefix_base) {
        return (prefix_base, &text[2..], true);
    }
    (if base == 0 { 10 } else { base }, text, false)
}

fn int_from_ascii(text: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, IntSyntaxError> {
    let text = trim_ascii_space(text);
    let (sign, text) = split_sign(text);
    let (radix, text, prefixed) = resolve_base(text, base);
    let (digits, rest) = scan_digits(text, radix, prefixed).ok_or(IntSyntaxError::Invalid)?;
    // Base 0 reads decimal as Python source does: no leading zeros, so that
    // '010' cannot be mistaken for octal.
    if base == 0 && !prefixed && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Err(IntSyntaxError::Invalid);
    }
    // CPython counts the digits before looking at what follows them.
    if !radix.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(IntSyntaxError::TooManyDigits { limit: max_str_digits, digits: digits.len() });
    }
    if !rest.is_empty() {
        return Err(IntSyntaxError::Invalid);
    }
    let magnitude = BigUint::from_radix_be(&digits, radix).expect("digits are below the radix");
    Ok(BigInt::from_biguint(sign, magnitude))
}

fn split_sign(text: &[u8]) -> (Sign, &[u8]) {
    match text {
        [b'-', rest @ ..] => (Sign::Minus, rest),
        [b'+', rest @ ..] => (Sign::Plus, rest),
        _ => (Sign::Plus, text),
    }
}

/// The values of the leading run of digits, and the text after it. An
/// underscore may separate two digits, or follow a base prefix; `None` when
/// the run has no digits or misplaces an underscore.
fn scan_digits(text: &[u8], radix: u32, prefixed: bool) -> Option<(Vec<u8>, &[u8])> {
    let mut digits = Vec::with_capacity(text.len());
    // Start as if after an underscore, unless a prefix allows one.
    let mut after_underscore = !prefixed;
    let mut end = text.len();
    for (i, &byte) in text.iter().enumerate() {
        if byte == b'_' {
            if after_underscore {
                return None;
            }
            after_underscore = true;
            continue;
        }
        match (byte as char).to_digit(radix) {
            Some(value) => digits.push(value as u8),
            None => {
                end = i;
                break;
            }
        }
        after_underscore = false;
    }
    if after_underscore || digits.is_empty() {
        return None;
    }
    Some((digits, &text[end..]))
}

/// `float(text)` for a str.
pub fn parse_float(text: &str) -> NumResult<f64> {
    float_from_ascii(&to_ascii_number(text)).ok_or_else(|| float_error(str_repr(text)))
}

/// `float(data)` for bytes or bytearray.
pub fn parse_float_bytes(data: &[u8]) -> NumResult<f64> {
    float_from_ascii(data).ok_or_else(|| float_error(bytes_repr(data)))
}

fn float_error(repr: String) -> NumError {
    NumError::value(format!("could not convert string to float: {repr}"))
}

fn float_from_ascii(text: &[u8]) -> Option<f64> {
    let text = without_underscores(trim_ascii_space(text))?;
    let (sign, body) = split_sign(&text);
    let negative = sign == Sign::Minus;
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(value) = special {
        return Some(if negative { -value } else { value });
    }
    if !is_decimal_float(body) {
        return None;
    }
    // The syntax is now exactly what Rust's parser reads, and it rounds
    // correctly however many digits or however large the exponent.
    std::str::from_utf8(&text).ok()?.parse().ok()
}

/// The text with its underscores removed, each of which must sit between
/// two digits.
fn without_underscores(text: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
    if !text.contains(&b'_') {
        return Some(text.into());
    }
    let digit_at = |i: Option<usize>| i.and_then(|i| text.get(i)).is_some_and(u8::is_ascii_digit);
    let mut kept = Vec::with_capacity(text.len());
    for (i, &byte) in text.iter().enumerate() {
        if byte != b'_' {
            kept.push(byte);
        } else if !digit_at(i.checked_sub(1)) || !digit_at(Some(i + 1)) {
            return None;
        }
    }
    Some(kept.into())
}

/// `digits [. digits] [e [sign] digits]`, with a digit somewhere before the
/// exponent (so `5.` and `.5` but not `.`).
fn is_decimal_float(text: &[u8]) -> bool {
    let count_digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let whole = count_digits(text);
    let mut rest = &text[whole..];
    let mut fraction = 0;
    if let [b'.', after @ ..] = rest {
        fraction = count_digits(after);
        rest = &after[fraction..];
    }
    if whole + fraction == 0 {
        return false;
    }
    match rest {
        [] => true,
        [b'e' | b'E', exponent @ ..] => {
            let (_, exponent) = split_sign(exponent);
            let digits = count_digits(exponent);
            digits > 0 && digits == exponent.len()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::DEFAULT_MAX_STR_DIGITS;
    use crate::numeric::testutil::{show, show_float};

    // Recorded from CPython 3.11: `int(text, base)`; ints of 200 characters
    // or more are shown as `<N digits>`.
    #[rustfmt::skip]
    const INTS: &[(&str, i64, &str)] = &[
        ("abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"),
        (" abc ", 10, "ValueError: invalid literal for int() with base 10: ' abc '"),
        ("", 10, "ValueError: invalid literal for int() with base 10: ''"),
        ("  ", 10, "ValueError: invalid literal for int() with base 10: '  '"),
        ("0x1f", 16, "31"),
        ("0b101", 0, "5"),
        ("010", 0, "ValueError: invalid literal for int() with base 0: '010'"),
        ("00", 0, "0"),
        ("0_0", 0, "0"),
        ("0x_1f", 0, "31"),
        ("0x_1f", 16, "31"),
        ("0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"),
        ("0b1", 16, "177"),
        ("_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"),
        ("1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"),
        ("1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"),
        ("1_0", 10, "10"),
        ("+ 1", 10, "ValueError: invalid literal for int() with base 10: '+ 1'"),
        ("+1", 10, "1"),
        ("-0", 10, "0"),
        ("--1", 10, "ValueError: invalid literal for int() with base 10: '--1'"),
        ("1", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1", -1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("٣", 10, "3"),
        ("1٣", 10, "13"),
        ("\u{3000} 12\u{3000}", 10, "12"),
        ("\u{1c}12\u{1f}", 10, "ValueError: invalid literal for int() with base 10: '\\x1c12\\x1f'"),
        ("\u{85} 12 \u{a0}", 10, "12"),
        ("１２", 10, "12"),
        ("0X1F", 0, "31"),
        ("0O17", 0, "15"),
        ("0B1", 0, "1"),
        ("0o17", 8, "15"),
        ("017", 8, "15"),
        ("0", 0, "0"),
        ("-0x10", 0, "-16"),
        ("- 0x10", 0, "ValueError: invalid literal for int() with base 0: '- 0x10'"),
        ("0x-10", 0, "ValueError: invalid literal for int() with base 0: '0x-10'"),
        ("0_x10", 0, "ValueError: invalid literal for int() with base 0: '0_x10'"),
        ("12", 2, "ValueError: invalid literal for int() with base 2: '12'"),
        ("١_٢", 10, "12"),
        ("²", 10, "ValueError: invalid literal for int() with base 10: '²'"),
        ("1\u{0}", 10, "ValueError: invalid literal for int() with base 10: '1\\x00'"),
        ("a", 0, "ValueError: invalid literal for int() with base 0: 'a'"),
        ("09", 0, "ValueError: invalid literal for int() with base 0: '09'"),
        ("0_9", 0, "ValueError: invalid literal for int() with base 0: '0_9'"),
        ("00_0", 0, "0"),
        ("0_", 0, "ValueError: invalid literal for int() with base 0: '0_'"),
        ("0x_", 16, "ValueError: invalid literal for int() with base 16: '0x_'"),
        ("0x__1", 16, "ValueError: invalid literal for int() with base 16: '0x__1'"),
        ("0b", 0, "ValueError: invalid literal for int() with base 0: '0b'"),
        ("0o8", 0, "ValueError: invalid literal for int() with base 0: '0o8'"),
        ("\u{9}\u{a}\u{b}\u{c}\u{d} 42 \u{d}\u{a}", 10, "42"),
        ("9223372036854775807", 10, "9223372036854775807"),
        ("-9223372036854775808", 10, "-9223372036854775808"),
        ("9223372036854775808", 10, "9223372036854775808"),
        ("123456789012345678901234567890", 10, "123456789012345678901234567890"),
        ("-0b1111_0000", 0, "-240"),
        ("zz", 35, "ValueError: invalid literal for int() with base 35: 'zz'"),
        ("ZZ", 36, "1295"),
        ("12 34", 10, "ValueError: invalid literal for int() with base 10: '12 34'"),
        ("1.5", 10, "ValueError: invalid literal for int() with base 10: '1.5'"),
        ("1e5", 10, "ValueError: invalid literal for int() with base 10: '1e5'"),
        ("0b2", 0, "ValueError: invalid literal for int() with base 0: '0b2'"),
        ("0b2", 16, "178"),
        ("0o17", 16, "ValueError: invalid literal for int() with base 16: '0o17'"),
        ("0x1G", 16, "ValueError: invalid literal for int() with base 16: '0x1G'"),
        ("𝟏𝟘", 10, "10"),
        ("१२", 10, "12"),
        ("\u{2003}-5", 10, "-5"),
        ("−5", 10, "ValueError: invalid literal for int() with base 10: '−5'"),
        ("'", 10, "ValueError: invalid literal for int() with base 10: \"'\""),
        ("\"'", 10, "ValueError: invalid literal for int() with base 10: '\"\\''"),
        ("\\", 10, "ValueError: invalid literal for int() with base 10: '\\\\'"),
    ];

    // As INTS, for the text `prefix + unit * count + suffix`.
    #[rustfmt::skip]
    const LONG_INTS: &[(&str, &str, usize, &str, i64, &str)] = &[
        ("", "x", 300, "", 10, "ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("", "'x", 150, "", 10, "ValueError: invalid literal for int() with base 10: \"'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'x'"),
        ("", "é", 250, "", 10, "ValueError: invalid literal for int() with base 10: 'ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"),
        ("", "\u{a}", 300, "x", 10, "ValueError: invalid literal for int() with base 10: '\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\"),
        ("", "1", 4300, "", 10, "<4300 digits>"),
        ("", "9", 4301, "", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("-", "9", 4301, "", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "0", 4301, "", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "9", 4301, "x", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("x", "9", 4301, "", 10, "ValueError: invalid literal for int() with base 10: 'x999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"),
        ("", "1", 4301, "_", 10, "ValueError: invalid literal for int() with base 10: '1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"),
        ("", "1", 4300, "_", 10, "ValueError: invalid literal for int() with base 10: '1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"),
        (" ", "9", 4301, " ", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "1", 4301, "", 3, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "1", 4301, "", 36, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "9", 4301, "", 0, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "1", 5000, "", 2, "<1506 digits>"),
        ("", "f", 5000, "", 16, "<6021 digits>"),
        ("0x", "f", 5000, "", 0, "<6021 digits>"),
        ("", "1_", 4300, "1", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "1_", 2150, "", 10, "ValueError: invalid literal for int() with base 10: '1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1"),
        ("", "١", 4301, "", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("", "7", 4300, " x", 10, "ValueError: invalid literal for int() with base 10: '7777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"),
        ("", "7", 4301, " x", 10, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
    ];

    // Recorded from CPython 3.11: `repr(float(text))`.
    #[rustfmt::skip]
    const FLOATS: &[(&str, &str)] = &[
        ("abc", "ValueError: could not convert string to float: 'abc'"),
        (" 1.5 ", "1.5"),
        ("1_000.5", "1000.5"),
        ("1__0", "ValueError: could not convert string to float: '1__0'"),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1_", "ValueError: could not convert string to float: '1_'"),
        ("1_.5", "ValueError: could not convert string to float: '1_.5'"),
        ("1._5", "ValueError: could not convert string to float: '1._5'"),
        ("1.5_", "ValueError: could not convert string to float: '1.5_'"),
        ("1e1_0", "10000000000.0"),
        ("1e_10", "ValueError: could not convert string to float: '1e_10'"),
        ("1_e10", "ValueError: could not convert string to float: '1_e10'"),
        (".5", "0.5"),
        ("5.", "5.0"),
        (".", "ValueError: could not convert string to float: '.'"),
        ("", "ValueError: could not convert string to float: ''"),
        (" ", "ValueError: could not convert string to float: ' '"),
        ("inf", "inf"),
        ("-Infinity", "-inf"),
        ("+INF", "inf"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("NaN", "nan"),
        ("infinit", "ValueError: could not convert string to float: 'infinit'"),
        ("infinityx", "ValueError: could not convert string to float: 'infinityx'"),
        ("in f", "ValueError: could not convert string to float: 'in f'"),
        ("0x1p3", "ValueError: could not convert string to float: '0x1p3'"),
        ("1e500", "inf"),
        ("-1e500", "-inf"),
        ("1e-500", "0.0"),
        ("-1e-500", "-0.0"),
        ("١.٥", "1.5"),
        ("\u{3000} 2.5\u{3000}", "2.5"),
        ("\u{1c}2.5", "ValueError: could not convert string to float: '\\x1c2.5'"),
        ("2.5\u{1f}", "ValueError: could not convert string to float: '2.5\\x1f'"),
        ("\u{85}2.5", "2.5"),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        ("1e+", "ValueError: could not convert string to float: '1e+'"),
        ("e5", "ValueError: could not convert string to float: 'e5'"),
        ("+.5e-3", "0.0005"),
        ("- 1", "ValueError: could not convert string to float: '- 1'"),
        ("1 0", "ValueError: could not convert string to float: '1 0'"),
        ("0.1", "0.1"),
        ("1_1.2_2e3_3", "1.122e+34"),
        ("+-1", "ValueError: could not convert string to float: '+-1'"),
        ("1.5j", "ValueError: could not convert string to float: '1.5j'"),
        ("１.５", "1.5"),
        ("1\u{0}", "ValueError: could not convert string to float: '1\\x00'"),
        ("  abc  ", "ValueError: could not convert string to float: '  abc  '"),
        ("nan_", "ValueError: could not convert string to float: 'nan_'"),
        ("in_f", "ValueError: could not convert string to float: 'in_f'"),
        ("1e0001", "10.0"),
        ("00001.5", "1.5"),
        ("0_0.5", "0.5"),
        ("1.e5", "100000.0"),
        (".e5", "ValueError: could not convert string to float: '.e5'"),
        ("2.2250738585072011e-308", "2.225073858507201e-308"),
        ("4.9406564584124654e-324", "5e-324"),
        ("2.4703282292062327e-324", "0.0"),
        ("2.4703282292062328e-324", "5e-324"),
        ("1.7976931348623158e308", "1.7976931348623157e+308"),
        ("1.7976931348623159e308", "inf"),
        ("1e-99999999999999999999", "0.0"),
        ("1e99999999999999999999", "inf"),
        ("0e99999999999999999999", "0.0"),
        ("²", "ValueError: could not convert string to float: '²'"),
        ("٣", "3.0"),
        ("-0", "-0.0"),
        ("-0.0", "-0.0"),
        ("+0e0", "0.0"),
        ("1E5", "100000.0"),
        ("1e+05", "100000.0"),
        ("  -1_0.2_5e-1_0  ", "-1.025e-09"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("nan(1)", "ValueError: could not convert string to float: 'nan(1)'"),
        ("-iNfInItY", "-inf"),
        ("+nan", "nan"),
        ("1e-", "ValueError: could not convert string to float: '1e-'"),
        ("1ee5", "ValueError: could not convert string to float: '1ee5'"),
        ("1.2.3", "ValueError: could not convert string to float: '1.2.3'"),
        ("--1", "ValueError: could not convert string to float: '--1'"),
        ("0_1", "1.0"),
        ("1_2.3_4", "12.34"),
        ("_", "ValueError: could not convert string to float: '_'"),
        ("_.5", "ValueError: could not convert string to float: '_.5'"),
        ("1\u{2003}", "1.0"),
        ("1\u{a}", "1.0"),
    ];

    // As FLOATS, for the text `prefix + unit * count + suffix`.
    #[rustfmt::skip]
    const LONG_FLOATS: &[(&str, &str, usize, &str, &str)] = &[
        ("", "9", 400, ".0", "inf"),
        ("0.", "0", 400, "1", "0.0"),
        ("", "x", 300, "", "ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"),
        ("1", "_0", 400, "", "inf"),
        ("0.", "3", 800, "", "0.3333333333333333"),
        ("", "1", 5000, "e-4990", "1111111111.1111112"),
        ("0.", "0", 5000, "1e5000", "0.1"),
    ];

    fn int_outcome(text: &str, base: i64) -> String {
        show(parse_int(text, base, DEFAULT_MAX_STR_DIGITS).map(|n| {
            let digits = n.to_string();
            if digits.len() < 200 { digits } else { format!("<{} digits>", digits.len()) }
        }))
    }

    #[test]
    fn int_parsing_matches_cpython() {
        for &(text, base, expected) in INTS {
            assert_eq!(int_outcome(text, base), expected, "int({text:?}, {base})");
        }
        for &(prefix, unit, count, suffix, base, expected) in LONG_INTS {
            let text = format!("{prefix}{}{suffix}", unit.repeat(count));
            let shown = format!("{prefix:?} + {unit:?} * {count} + {suffix:?}");
            assert_eq!(int_outcome(&text, base), expected, "int({shown}, {base})");
        }
    }

    #[test]
    fn float_parsing_matches_cpython() {
        for &(text, expected) in FLOATS {
            assert_eq!(show_float(parse_float(text)), expected, "float({text:?})");
        }
        for &(prefix, unit, count, suffix, expected) in LONG_FLOATS {
            let text = format!("{prefix}{}{suffix}", unit.repeat(count));
            let shown = format!("{prefix:?} + {unit:?} * {count} + {suffix:?}");
            assert_eq!(show_float(parse_float(&text)), expected, "float({shown})");
        }
    }

    #[test]
    fn bytes_parse_as_ascii_text() {
        assert_eq!(parse_int_bytes(b" 1_0 ", 10, 4300), Ok(BigInt::from(10)));
        assert_eq!(parse_float_bytes(b"1.5"), Ok(1.5));
        let int_error = parse_int_bytes(b"abc", 10, 4300).unwrap_err();
        assert_eq!(int_error.message, "invalid literal for int() with base 10: b'abc'");
        let float_error = parse_float_bytes(b"\xff").unwrap_err();
        assert_eq!(float_error.message, "could not convert string to float: b'\\xff'");
        // Non-ASCII bytes are never digits or spaces, whatever they encode.
        assert!(parse_int_bytes("٣".as_bytes(), 10, 4300).is_err());
        assert!(parse_float_bytes(b"\xa01").is_err());
    }

    #[test]
    fn the_digit_limit_is_configurable() {
        let text = "9".repeat(5000);
        assert_eq!(parse_int(&text, 10, 0).map(|n| n.to_string().len()), Ok(5000));
        let error = parse_int("12345", 10, 4).unwrap_err();
        assert!(
            error.message.starts_with("Exceeds the limit (4 digits) for integer string conversion: value has 5 digits")
        );
    }
}
