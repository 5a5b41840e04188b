//! `format(int, spec)`: the integer presentation types, and the float ones
//! by way of `float(value)`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::FormatError;
use super::float::format_float;
use super::layout::{Field, Parts, layout_number, sign_char};
use super::spec::{FormatSpec, unknown_code};

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// An int to format: one that fits in 64 bits skips big-integer
/// arithmetic (and its allocations) — the common case, `f"{i:05d}"`.
#[derive(Clone, Copy)]
pub enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntArg::Small(i) => i < 0,
            IntArg::Big(big) => big.is_negative(),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntArg::Small(i) => Some(i),
            IntArg::Big(big) => big.to_i64(),
        }
    }

    fn to_float(self) -> Result<f64, FormatError> {
        match self {
            // Exact to within rounding, and never infinite.
            IntArg::Small(i) => Ok(i as f64),
            IntArg::Big(big) => to_float(big),
        }
    }

    fn magnitude_digits(self, radix: u32, upper: bool, max_str_digits: usize) -> Result<String, FormatError> {
        let magnitude = match self {
            IntArg::Big(big) => return magnitude_digits(big, radix, upper, max_str_digits),
            // At most 64 binary digits: far below any digit limit.
            IntArg::Small(i) => i.unsigned_abs(),
        };
        Ok(match (radix, upper) {
            (2, _) => format!("{magnitude:b}"),
            (8, _) => format!("{magnitude:o}"),
            (16, false) => format!("{magnitude:x}"),
            (16, true) => format!("{magnitude:X}"),
            _ => magnitude.to_string(),
        })
    }
}

/// Formats an int (or bool: pass `"bool"` as `type_name`) under a parsed
/// spec. `max_str_digits` is `sys.get_int_max_str_digits()`, where 0 means
/// no limit: like `str(int)`, decimal output longer than that is refused.
pub fn format_int(
    value: IntArg<'_>,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let group_size = spec.check_grouping(Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(value.to_float()?, spec, type_name),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        return format_char(value, spec);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = value.magnitude_digits(radix, ty == 'X', max_str_digits)?;
    let parts = Parts {
        sign: sign_char(value.is_negative(), spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    layout_number(&parts, &Field::for_number(spec, group_size))
}

/// `float(value)`, which is correctly rounded and refuses what would round
/// to infinity.
pub(crate) fn to_float(value: &BigInt) -> Result<f64, FormatError> {
    match value.to_f64() {
        Some(float) if float.is_finite() => Ok(float),
        _ => Err(FormatError::Overflow("int too large to convert to float".into())),
    }
}

/// The digits of |value| in a radix, uppercase on request. Decimal output
/// is held to `max_str_digits` as `str(int)` is; the size is bounded from
/// the bit length first, so refusing a huge number costs nothing.
pub(crate) fn magnitude_digits(
    value: &BigInt,
    radix: u32,
    upper: bool,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let too_long = || {
        FormatError::Value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    let limited = radix == 10 && max_str_digits > 0;
    // A number of `bits` bits has at least (bits - 1)·log10(2) + 1 digits;
    // one digit of slack covers the float arithmetic.
    if limited && (value.bits().saturating_sub(1) as f64) * std::f64::consts::LOG10_2 > max_str_digits as f64 + 1.0 {
        return Err(too_long());
    }
    let mut digits = value.magnitude().to_str_radix(radix);
    if limited && digits.len() > max_str_digits {
        return Err(too_long());
    }
    if upper {
        digits.make_ascii_uppercase();
    }
    Ok(digits)
}

/// The `c` type: the code point as a one-character string.
fn format_char(value: IntArg<'_>, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value("Sign not allowed with integer format specifier 'c'"));
    }
    if spec.alternate {
        return Err(FormatError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
    }
    let code =
        value.to_i64().ok_or_else(|| FormatError::Overflow("Python int too large to convert to C long".into()))?;
    let character = char_from_code(code)?;
    let mut buffer = [0; 4];
    let parts = Parts { rest: character.encode_utf8(&mut buffer), ..Parts::default() };
    layout_number(&parts, &Field::for_number(spec, 3))
}

/// A code point as a char, with the message `%c` and `format(.., 'c')`
/// share for values outside Unicode.
pub(crate) fn char_from_code(code: i64) -> Result<char, FormatError> {
    if !(0..0x110000).contains(&code) {
        return Err(FormatError::Overflow("%c arg not in range(0x110000)".into()));
    }
    // weft's strings are UTF-8 and cannot hold a lone surrogate, which
    // CPython would happily return here.
    char::from_u32(code as u32).ok_or_else(|| {
        FormatError::Value(format!("weft cannot represent the surrogate code point U+{code:04X} in a str"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(value: i64, spec: &str) -> String {
        let spec = FormatSpec::parse(spec, "int").unwrap();
        let small = format_int(IntArg::Small(value), &spec, "int", DEFAULT_MAX_STR_DIGITS);
        let big = format_int(IntArg::Big(&BigInt::from(value)), &spec, "int", DEFAULT_MAX_STR_DIGITS);
        assert_eq!(small, big, "both representations format alike");
        small.unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn basics() {
        assert_eq!(format(255, "#x"), "0xff");
        assert_eq!(format(-255, "#010X"), "-0X00000FF");
        assert_eq!(format(1234, "010,"), "00,001,234");
        assert_eq!(format(65, "^5c"), "  A  ");
        assert_eq!(format(5, "%"), "500.000000%");
        assert_eq!(format(0xD800, "c"), "ValueError: weft cannot represent the surrogate code point U+D800 in a str");
    }

    #[test]
    fn digit_limit() {
        let spec = FormatSpec::parse("d", "int").unwrap();
        let nines = BigInt::from(10).pow(4300) - 1;
        assert_eq!(format_int(IntArg::Big(&nines), &spec, "int", DEFAULT_MAX_STR_DIGITS).unwrap().len(), 4300);
        let message = format_int(IntArg::Big(&(-nines - 1)), &spec, "int", DEFAULT_MAX_STR_DIGITS).unwrap_err();
        assert_eq!(
            message.to_string(),
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        let huge = BigInt::from(1) << 100_000;
        assert!(format_int(IntArg::Big(&huge), &spec, "int", DEFAULT_MAX_STR_DIGITS).is_err());
        assert_eq!(format_int(IntArg::Big(&huge), &spec, "int", 0).unwrap().len(), 30103);
        // Other radixes are not limited.
        let hex = FormatSpec::parse("x", "int").unwrap();
        assert_eq!(format_int(IntArg::Big(&huge), &hex, "int", DEFAULT_MAX_STR_DIGITS).unwrap().len(), 25001);
    }
}
