//! Putting a formatted number or string into its field: sign, prefix,
//! grouped digits, the rest, and padding, shared by every type.

use super::error::FormatError;
use super::spec::{Align, FormatSpec, Sign};

/// A number cut into the pieces that padding and grouping treat differently.
#[derive(Debug, Default)]
pub(crate) struct Parts<'a> {
    /// `-`, `+`, ` ` or nothing.
    pub sign: Option<char>,
    /// `0x`-style prefix: padding with `=` goes after it.
    pub prefix: &'a str,
    /// ASCII digits of the integer part: the only piece that is grouped and
    /// that zero padding can lengthen.
    pub digits: &'a str,
    /// Everything after: `.5`, `e+10`, `%`, `inf`, or the character of `c`.
    pub rest: &'a str,
}

/// The field options of a spec with the type's defaults applied.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field {
    pub fill: char,
    pub align: Align,
    pub width: usize,
    /// The separator (`,` or `_`) and the number of digits between them.
    pub grouping: Option<(u8, usize)>,
}

impl Field {
    /// Numbers align right, and `0` before the width means "pad after the
    /// sign with zeros" unless an alignment was written.
    pub fn for_number(spec: &FormatSpec, group_size: usize) -> Field {
        Field {
            fill: spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' }),
            align: spec.align.unwrap_or(if spec.zero_pad { Align::AfterSign } else { Align::Right }),
            width: spec.width.unwrap_or(0),
            grouping: spec.grouping.map(|g| (g.as_char() as u8, group_size)),
        }
    }

    /// Strings align left; `0` before the width only changes the fill.
    pub fn for_text(spec: &FormatSpec) -> Field {
        Field {
            fill: spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' }),
            align: spec.align.unwrap_or(Align::Left),
            width: spec.width.unwrap_or(0),
            grouping: None,
        }
    }
}

/// The sign character a number shows under a sign option.
pub(crate) fn sign_char(negative: bool, sign: Option<Sign>) -> Option<char> {
    match (negative, sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    }
}

/// Lays a number out in its field. When the padding is zeros after the sign,
/// the zeros are made part of the digits so that they are grouped too:
/// `format(1234, '010,')` is `00,001,234`.
pub(crate) fn layout_number(parts: &Parts, field: &Field) -> Result<String, FormatError> {
    let leading = usize::from(parts.sign.is_some()) + parts.prefix.len();
    let rest_len = parts.rest.chars().count();
    let zero_width = if field.fill == '0' && field.align == Align::AfterSign {
        field.width.saturating_sub(leading + rest_len)
    } else {
        0
    };
    // inf, nan and `c` have no digits, and so no separators either.
    let digits =
        if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, field.grouping, zero_width)? };
    let mut body = String::new();
    reserve(&mut body, leading + digits.len() + parts.rest.len())?;
    body.extend(parts.sign);
    body.push_str(parts.prefix);
    let digits_at = body.len();
    body.push_str(&digits);
    body.push_str(parts.rest);
    let used = leading + digits.len() + rest_len;
    pad(body, used, digits_at, field)
}

/// Pads text that is `used` characters wide to the field's width; `split`
/// is the byte offset where `=` alignment puts the padding.
pub(crate) fn pad(body: String, used: usize, split: usize, field: &Field) -> Result<String, FormatError> {
    let Some(total) = field.width.checked_sub(used).filter(|&n| n > 0) else {
        return Ok(body);
    };
    let (before, after) = match field.align {
        Align::Left => (0, total),
        Align::Right => (total, 0),
        Align::Center => (total / 2, total - total / 2),
        Align::AfterSign => (0, 0),
    };
    let fill_bytes = total.checked_mul(field.fill.len_utf8()).ok_or(FormatError::Memory)?;
    let mut out = String::new();
    reserve(&mut out, body.len().checked_add(fill_bytes).ok_or(FormatError::Memory)?)?;
    if field.align == Align::AfterSign {
        out.push_str(&body[..split]);
        out.extend(std::iter::repeat_n(field.fill, total));
        out.push_str(&body[split..]);
    } else {
        out.extend(std::iter::repeat_n(field.fill, before));
        out.push_str(&body);
        out.extend(std::iter::repeat_n(field.fill, after));
    }
    Ok(out)
}

/// Reserves room for a result, turning an impossible allocation into
/// Python's MemoryError rather than an abort.
pub(crate) fn reserve(text: &mut String, bytes: usize) -> Result<(), FormatError> {
    text.try_reserve_exact(bytes).map_err(|_| FormatError::Memory)
}

/// Inserts separators every `size` digits from the right, first padding
/// with zeros to at least `min_width` characters (separators included).
/// A separator never starts the result, so the width can be overshot by
/// one: `format(1234, '08,')` is `0,001,234`.
fn group_digits(digits: &str, grouping: Option<(u8, usize)>, min_width: usize) -> Result<String, FormatError> {
    let Some((separator, size)) = grouping else {
        let zeros = min_width.saturating_sub(digits.len());
        let mut out = String::new();
        reserve(&mut out, zeros + digits.len())?;
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        return Ok(out);
    };
    let mut out: Vec<u8> = Vec::new();
    let estimate = min_width.max(digits.len() + digits.len() / size) + 1;
    out.try_reserve_exact(estimate).map_err(|_| FormatError::Memory)?;
    // Built right to left: each group takes up to `size` digits and is
    // topped up with zeros while the minimum width is not yet reached.
    let digits = digits.as_bytes();
    let mut remaining = digits.len();
    let mut still_wanted = min_width;
    loop {
        let len = size.min(remaining.max(still_wanted).max(1));
        let taken = remaining.min(len);
        out.extend(digits[remaining - taken..remaining].iter().rev());
        out.extend(std::iter::repeat_n(b'0', len - taken));
        remaining -= taken;
        still_wanted = still_wanted.saturating_sub(len);
        if remaining == 0 && still_wanted == 0 {
            break;
        }
        // The separator before the next group counts toward the width.
        out.push(separator);
        still_wanted = still_wanted.saturating_sub(1);
    }
    out.reverse();
    Ok(String::from_utf8(out).expect("ASCII digits and separators"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grouped(digits: &str, min_width: usize) -> String {
        group_digits(digits, Some((b',', 3)), min_width).unwrap()
    }

    #[test]
    fn grouping_into_zero_padding() {
        assert_eq!(grouped("1234", 0), "1,234");
        assert_eq!(grouped("1234", 8), "0,001,234");
        assert_eq!(grouped("1234", 9), "0,001,234");
        assert_eq!(grouped("1234", 10), "00,001,234");
        assert_eq!(grouped("123", 3), "123");
        assert_eq!(grouped("123", 4), "0,123");
        assert_eq!(grouped("0", 0), "0");
        assert_eq!(group_digits("11111111", Some((b'_', 4)), 10).unwrap(), "0_1111_1111");
        assert_eq!(group_digits("7", None, 4).unwrap(), "0007");
    }

    #[test]
    fn alignment() {
        let field = |align, width| Field { fill: '*', align, width, grouping: None };
        let parts = Parts { sign: Some('-'), prefix: "0x", digits: "ff", rest: "" };
        assert_eq!(layout_number(&parts, &field(Align::Left, 8)).unwrap(), "-0xff***");
        assert_eq!(layout_number(&parts, &field(Align::Right, 8)).unwrap(), "***-0xff");
        assert_eq!(layout_number(&parts, &field(Align::Center, 8)).unwrap(), "*-0xff**");
        assert_eq!(layout_number(&parts, &field(Align::AfterSign, 8)).unwrap(), "-0x***ff");
        assert_eq!(layout_number(&parts, &field(Align::AfterSign, 2)).unwrap(), "-0xff");
    }

    #[test]
    fn huge_width_is_a_memory_error() {
        let field = Field { fill: ' ', align: Align::Right, width: isize::MAX as usize, grouping: None };
        let parts = Parts { digits: "1", ..Parts::default() };
        assert_eq!(layout_number(&parts, &field), Err(FormatError::Memory));
    }
}
