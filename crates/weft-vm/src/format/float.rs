//! Floats: `format(float, spec)`, `str(float)`, and the digit rendering
//! that `%`-formatting shares.
//!
//! Digits come from Rust's `{:.*}` and `{:.*e}`, which convert the exact
//! binary value and round half to even, as CPython's dtoa does; layout
//! (where the point goes, when to switch to an exponent, which zeros to
//! keep) follows CPython's rules and is done here.

use weft_bytecode::repr::{float_repr, shortest_digits};

use super::error::FormatError;
use super::layout::{Field, Parts, layout_number, reserve, sign_char};
use super::spec::{FormatSpec, unknown_code};

/// `str(x)`, which is `repr(x)` for floats since Python 3.
pub fn float_str(value: f64) -> String {
    float_repr(value)
}

/// Formats a float under a parsed spec.
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    // A written NUL is CPython's own marker for "no type".
    let ty = spec.ty.filter(|&ty| ty != '\0');
    let group_size = spec.check_grouping(ty)?;
    let style = match (ty, spec.precision) {
        // No type: repr's digits, or 'g' that keeps a digit after the point.
        (None, None) => Style::Shortest,
        (None, Some(_)) => Style::General { add_dot_0: true },
        (Some('e' | 'E'), _) => Style::Exponent,
        (Some('f' | 'F' | '%'), _) => Style::Fixed,
        // 'n' is 'g' with the locale's separators, and the C locale has none.
        (Some('g' | 'G' | 'n'), _) => Style::General { add_dot_0: false },
        (Some(other), _) => return Err(unknown_code(other, type_name)),
    };
    // CPython scales in floating point before rounding, and so do we.
    let value = if ty == Some('%') { value * 100.0 } else { value };
    let precision = spec.precision.unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(FormatError::value("precision too big"));
    }
    let mut number = render(value, style, precision, spec.alternate)?;
    if spec.no_neg_zero && number.negative && number.is_zero() {
        number.negative = false;
    }
    if ty == Some('%') {
        number.rest.push('%');
    }
    if matches!(ty, Some('E' | 'F' | 'G')) {
        number.rest.make_ascii_uppercase();
    }
    let sign = sign_char(number.negative, spec.sign);
    let parts = Parts { sign, prefix: "", digits: &number.digits, rest: &number.rest };
    layout_number(&parts, &Field::for_number(spec, group_size))
}

/// A float's text as C's `%e`, `%f`, `%g` (or their capitals) or `r` for
/// repr digits would print it, with a `-` sign but no padding: CPython's
/// `PyOS_double_to_string`, for the VM's other float printers (complex
/// numbers, `round`). `precision` is ignored for `r`.
pub fn render_float(value: f64, ty: char, precision: usize, alternate: bool) -> Result<String, FormatError> {
    let style = match ty {
        'e' | 'E' => Style::Exponent,
        'f' | 'F' => Style::Fixed,
        'g' | 'G' => Style::General { add_dot_0: false },
        'r' => Style::Shortest,
        other => return Err(unknown_code(other, "float")),
    };
    let number = render(value, style, precision, alternate)?;
    let mut text = String::with_capacity(number.digits.len() + number.rest.len() + 1);
    if number.negative {
        text.push('-');
    }
    text.push_str(&number.digits);
    text.push_str(&number.rest);
    if ty.is_ascii_uppercase() {
        text.make_ascii_uppercase();
    }
    Ok(text)
}

/// How a float's digits are chosen and laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `e`: one digit, the point, `precision` digits, an exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, positional unless the exponent
    /// is below -4 or not below the precision; trailing zeros dropped
    /// unless `#`. With `add_dot_0` (no type letter but a precision) the
    /// result keeps one digit after the point, and so switches to an
    /// exponent one digit sooner: `format(123.0, '.3')` is `1.23e+02`.
    General { add_dot_0: bool },
    /// No type and no precision: repr's shortest round-trip digits,
    /// positional for exponents from -4 to 15.
    Shortest,
}

/// A rendered float, unsigned: `digits` is the integer part (what grouping
/// and zero padding act on), `rest` the point, fraction and exponent, or
/// `inf` / `nan` with no digits at all.
#[derive(Debug)]
pub(crate) struct Number {
    pub negative: bool,
    pub digits: String,
    pub rest: String,
}

impl Number {
    /// Whether every digit shown is zero, so `z` may drop the sign.
    fn is_zero(&self) -> bool {
        let mantissa = self.rest.split('e').next().unwrap_or("");
        !self.digits.is_empty() && self.digits.bytes().chain(mantissa.bytes()).all(|b| b == b'0' || b == b'.')
    }
}

/// Beyond this many digits a double's exact decimal expansion is all zeros
/// (it has at most 767 significant digits and 1074 after the point), and
/// Rust's formatter refuses precisions over 65535, so longer requests are
/// met by padding with zeros.
const EXACT_DIGITS: usize = 1100;

/// Renders a float in a style. CPython never signs a NaN.
pub(crate) fn render(value: f64, style: Style, precision: usize, alternate: bool) -> Result<Number, FormatError> {
    if value.is_nan() {
        return Ok(Number { negative: false, digits: String::new(), rest: "nan".into() });
    }
    let negative = value.is_sign_negative();
    if value.is_infinite() {
        return Ok(Number { negative, digits: String::new(), rest: "inf".into() });
    }
    let value = value.abs();
    let (digits, rest) = match style {
        Style::Fixed => {
            let text = fixed(value, precision)?;
            let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
            (whole.to_owned(), with_point(fraction, alternate))
        }
        Style::Exponent => {
            let (digits, exponent) = scientific(value, precision + 1)?;
            place(&digits, exponent + 1, true, alternate, false)
        }
        Style::General { add_dot_0 } => {
            let wanted = precision.max(1);
            // Without '#' trailing zeros go, so digits past the exact
            // expansion need not be made at all.
            let (mut digits, exponent) = scientific(value, if alternate { wanted } else { wanted.min(EXACT_DIGITS) })?;
            let point = i64::from(exponent) + 1;
            let last_positional = if add_dot_0 { wanted - 1 } else { wanted } as i64;
            let use_exponent = point <= -4 || point > last_positional;
            if !alternate {
                let significant = digits.trim_end_matches('0').len().max(1);
                digits.truncate(significant);
            }
            place(&digits, point as i32, use_exponent, alternate, add_dot_0)
        }
        Style::Shortest => {
            let (_, digits, point) = shortest_digits(value);
            place(&digits, point, !(-4 < point && point <= 16), alternate, true)
        }
    };
    Ok(Number { negative, digits, rest })
}

/// `value` with `precision` digits after the point, correctly rounded.
fn fixed(value: f64, precision: usize) -> Result<String, FormatError> {
    let mut text = format!("{:.*}", precision.min(EXACT_DIGITS), value);
    pad_zeros(&mut text, precision.saturating_sub(EXACT_DIGITS))?;
    Ok(text)
}

/// The first `count` (at least 1) significant digits of `value`, correctly
/// rounded, and the decimal exponent of the first.
fn scientific(value: f64, count: usize) -> Result<(String, i32), FormatError> {
    let text = format!("{:.*e}", (count - 1).min(EXACT_DIGITS), value);
    let (mantissa, exponent) = text.split_once('e').expect("Rust's {:e} writes an exponent");
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let missing = count.saturating_sub(digits.len());
    pad_zeros(&mut digits, missing)?;
    Ok((digits, exponent.parse().expect("a decimal exponent")))
}

fn pad_zeros(text: &mut String, count: usize) -> Result<(), FormatError> {
    reserve(text, count)?;
    text.extend(std::iter::repeat_n('0', count));
    Ok(())
}

/// Splits significant digits into an integer part and the rest, the value
/// being 0.DIGITS × 10^point. Positional output pads with zeros on either
/// side; exponent output keeps one digit before the point.
fn place(digits: &str, point: i32, use_exponent: bool, alternate: bool, add_dot_0: bool) -> (String, String) {
    if use_exponent {
        let mut rest = with_point(&digits[1..], alternate);
        let exponent = point - 1;
        rest.push_str(&format!("e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.unsigned_abs()));
        return (digits[..1].to_owned(), rest);
    }
    if point <= 0 {
        let zeros = "0".repeat(point.unsigned_abs() as usize);
        return ("0".to_owned(), format!(".{zeros}{digits}"));
    }
    let point = point as usize;
    if point >= digits.len() {
        let whole = format!("{digits}{}", "0".repeat(point - digits.len()));
        let fraction = if add_dot_0 { "0" } else { "" };
        return (whole, with_point(fraction, alternate));
    }
    (digits[..point].to_owned(), with_point(&digits[point..], alternate))
}

/// `.fraction`, or a bare `.` under `#`, or nothing.
fn with_point(fraction: &str, alternate: bool) -> String {
    if fraction.is_empty() && !alternate { String::new() } else { format!(".{fraction}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(value: f64, spec: &str) -> String {
        let spec = FormatSpec::parse(spec, "float").unwrap();
        format_float(value, &spec, "float").unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn rounding_is_exact_and_half_even() {
        assert_eq!(format(0.125, ".2f"), "0.12");
        assert_eq!(format(0.375, ".2f"), "0.38");
        assert_eq!(format(2.675, ".2f"), "2.67");
        assert_eq!(format(1.5, ".0f"), "2");
        assert_eq!(format(2.5, ".0f"), "2");
        assert_eq!(format(0.5, ".0f"), "0");
        assert_eq!(format(125.0, ".1e"), "1.2e+02");
    }

    #[test]
    fn long_outputs() {
        assert_eq!(format(1e21, "f"), "1000000000000000000000.000000");
        assert_eq!(format(1e300, ".2f").len(), 304);
        let long = format(1.0, ".70000f");
        assert_eq!(long.len(), 70002);
        assert!(long.ends_with("000"));
        let tiny = format(5e-324, ".1500e");
        assert_eq!(tiny.len(), 1507);
        assert!(tiny.trim_end_matches("e-324").trim_end_matches('0').ends_with("265533447265625"));
        assert_eq!(format(0.1, ".70000g"), format(0.1, ".1100g"));
        assert_eq!(format(1.0, ".3000000000f"), "ValueError: precision too big");
    }

    #[test]
    fn render_float_matches_c() {
        assert_eq!(render_float(-1.5, 'E', 2, false).unwrap(), "-1.50E+00");
        assert_eq!(render_float(1e16, 'r', 0, false).unwrap(), "1e+16");
        assert_eq!(render_float(f64::NEG_INFINITY, 'G', 3, false).unwrap(), "-INF");
        assert_eq!(render_float(100.0, 'g', 3, true).unwrap(), "100.");
    }
}
