//! The Unicode that `int()` and `float()` accept: any decimal digit
//! (category Nd, such as Arabic-Indic '٣' or fullwidth '３') and any
//! whitespace. CPython first rewrites such text to ASCII and then parses
//! the ASCII, so digits of different scripts may even mix: `int('1٣')` is
//! 13.

use std::borrow::Cow;

/// The zero of every run of decimal digits in Unicode 14.0, the version
/// CPython 3.11 uses; each run holds the ten digits 0–9 in order. Printed
/// by `[c for c in range(0x80, 0x110000) if unicodedata.decimal(chr(c), None) == 0]`.
const DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a non-ASCII decimal digit.
fn decimal_value(c: char) -> Option<u8> {
    let code = c as u32;
    let run = DIGIT_ZEROS.partition_point(|&zero| zero <= code).checked_sub(1)?;
    let offset = code - DIGIT_ZEROS[run];
    (offset < 10).then_some(offset as u8)
}

/// `str.isspace()` beyond ASCII.
fn is_unicode_space(c: char) -> bool {
    let spaces = ['\u{85}', '\u{a0}', '\u{1680}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}'];
    ('\u{2000}'..='\u{200a}').contains(&c) || spaces.contains(&c)
}

/// The text with non-ASCII digits and spaces made ASCII, as CPython does
/// before parsing a number. ASCII passes unchanged (so '\x1c', which
/// `isspace()` calls space, still fails to parse, as in CPython); any other
/// non-ASCII character becomes `?`, which no number syntax accepts.
pub(super) fn to_ascii_number(text: &str) -> Cow<'_, [u8]> {
    if text.is_ascii() {
        return Cow::Borrowed(text.as_bytes());
    }
    let ascii = text.chars().map(|c| match c {
        _ if c.is_ascii() => c as u8,
        _ if is_unicode_space(c) => b' ',
        _ => decimal_value(c).map_or(b'?', |digit| b'0' + digit),
    });
    Cow::Owned(ascii.collect())
}

/// CPython's `Py_ISSPACE`: the ASCII whitespace that may surround a number.
pub(super) fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

pub(super) fn trim_ascii_space(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| !is_ascii_space(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|&b| !is_ascii_space(b)).map_or(start, |last| last + 1);
    &bytes[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_become_ascii() {
        assert_eq!(&*to_ascii_number("١٢٣"), b"123");
        assert_eq!(&*to_ascii_number("１２"), b"12");
        assert_eq!(&*to_ascii_number("\u{1FBF9}\u{1D7CE}"), b"90");
        assert_eq!(&*to_ascii_number("\u{3000}7\u{85}"), b" 7 ");
        // Superscripts are digits but not decimal digits.
        assert_eq!(&*to_ascii_number("²"), b"?");
        assert_eq!(&*to_ascii_number("\u{65f}\u{66a}"), b"??");
    }

    #[test]
    fn only_ascii_space_is_trimmed() {
        assert_eq!(trim_ascii_space(b" \t1 2\x0b\x0c\r\n"), b"1 2");
        assert_eq!(trim_ascii_space(b"\x1c1"), b"\x1c1");
        assert_eq!(trim_ascii_space(b"   "), b"");
    }
}
