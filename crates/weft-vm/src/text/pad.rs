//! Padding and trimming: `center`, `ljust`, `rjust`, `zfill`,
//! `expandtabs`, `strip`, `lstrip`, `rstrip`.
//!
//! Widths and columns count code points, not bytes or display cells.
//! Results are `Cow::Borrowed` (or full-length slices) exactly where
//! CPython hands back the original object.

use std::borrow::Cow;

use super::ucd::is_space;
use super::{TextError, char_len, with_capacity};

/// Checks the `fillchar` argument of `center`/`ljust`/`rjust`.
pub fn fill_char(arg: &str) -> Result<char, TextError> {
    let mut chars = arg.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(TextError::type_error("The fill character must be exactly one character long")),
    }
}

/// How many fill characters `width` asks for beyond `text`, if any.
fn padding(text: &str, width: isize) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    width.checked_sub(char_len(text)).filter(|&pad| pad > 0)
}

fn padded(text: &str, left: usize, right: usize, fill: char) -> Result<String, TextError> {
    let fill_bytes = left.checked_add(right).and_then(|n| n.checked_mul(fill.len_utf8()));
    let mut out = with_capacity(fill_bytes.and_then(|n| n.checked_add(text.len())))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `text.ljust(width, fill)`.
pub fn ljust(text: &str, width: isize, fill: char) -> Result<Cow<'_, str>, TextError> {
    match padding(text, width) {
        Some(pad) => Ok(Cow::Owned(padded(text, 0, pad, fill)?)),
        None => Ok(Cow::Borrowed(text)),
    }
}

/// `text.rjust(width, fill)`.
pub fn rjust(text: &str, width: isize, fill: char) -> Result<Cow<'_, str>, TextError> {
    match padding(text, width) {
        Some(pad) => Ok(Cow::Owned(padded(text, pad, 0, fill)?)),
        None => Ok(Cow::Borrowed(text)),
    }
}

/// `text.center(width, fill)`. When the padding cannot be split evenly,
/// CPython puts the extra fill character on the left if `width` is odd
/// and on the right if it is even: `'ab'.center(5)` has two on the left,
/// `'abc'.center(6)` two on the right.
pub fn center(text: &str, width: isize, fill: char) -> Result<Cow<'_, str>, TextError> {
    let Some(pad) = padding(text, width) else {
        return Ok(Cow::Borrowed(text));
    };
    let extra_left = usize::from(pad % 2 == 1 && width % 2 == 1);
    let left = pad / 2 + extra_left;
    Ok(Cow::Owned(padded(text, left, pad - left, fill)?))
}

/// `text.zfill(width)`: zeros on the left, after a leading sign if any.
pub fn zfill(text: &str, width: isize) -> Result<Cow<'_, str>, TextError> {
    let Some(pad) = padding(text, width) else {
        return Ok(Cow::Borrowed(text));
    };
    let mut out = padded(text, pad, 0, '0')?;
    if let Some(sign) = text.strip_prefix(['+', '-']).map(|_| &text[..1]) {
        // The sign moves in front of the zeros.
        out.replace_range(pad..pad + 1, "0");
        out.replace_range(..1, sign);
    }
    Ok(Cow::Owned(out))
}

/// `text.expandtabs(tabsize)`: each tab becomes the spaces that reach the
/// next multiple of `tabsize` (nothing when `tabsize <= 0`); only `\n`
/// and `\r` start a new column count.
pub fn expandtabs(text: &str, tabsize: isize) -> Result<Cow<'_, str>, TextError> {
    if !text.contains('\t') {
        return Ok(Cow::Borrowed(text));
    }
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let mut out = with_capacity(expanded_len(text, tabsize))?;
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                let spaces = tab_width(column, tabsize);
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// Spaces that a tab at `column` expands to.
fn tab_width(column: usize, tabsize: usize) -> usize {
    if tabsize == 0 { 0 } else { tabsize - column % tabsize }
}

/// The byte length of `expandtabs`'s result, `None` if it overflows: a
/// first pass, so a huge `tabsize` fails cleanly before allocating.
fn expanded_len(text: &str, tabsize: usize) -> Option<usize> {
    let (mut bytes, mut column) = (0usize, 0usize);
    for c in text.chars() {
        let (width, next_column) = match c {
            '\t' => {
                let spaces = tab_width(column, tabsize);
                (spaces, column.checked_add(spaces)?)
            }
            '\n' | '\r' => (1, 0),
            _ => (c.len_utf8(), column + 1),
        };
        bytes = bytes.checked_add(width)?;
        column = next_column;
    }
    Some(bytes)
}

/// The characters that `strip(chars)` removes: whitespace when `chars`
/// is `None`, else any character of `chars`.
fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    }
}

/// `text.strip(chars)`.
pub fn strip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    text.trim_matches(strip_set(chars))
}

/// `text.lstrip(chars)`.
pub fn lstrip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    text.trim_start_matches(strip_set(chars))
}

/// `text.rstrip(chars)`.
pub fn rstrip<'a>(text: &'a str, chars: Option<&str>) -> &'a str {
    text.trim_end_matches(strip_set(chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn justify() {
        // (text, width, fill, [center, ljust, rjust]), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, isize, char, [&str; 3])] = &[
            ("ab", 5, '*', ["**ab*", "ab***", "***ab"]),
            ("abc", 6, '*', ["*abc**", "abc***", "***abc"]),
            ("abc", 5, '*', ["*abc*", "abc**", "**abc"]),
            ("ab", 6, '*', ["**ab**", "ab****", "****ab"]),
            ("a", 4, '-', ["-a--", "a---", "---a"]),
            ("", 3, '.', ["...", "...", "..."]),
            ("abc", 2, '*', ["abc", "abc", "abc"]),
            ("abc", -1, '*', ["abc", "abc", "abc"]),
            ("日本", 5, '・', ["・・日本・", "日本・・・", "・・・日本"]),
            ("é", 4, '😀', ["😀é😀😀", "é😀😀😀", "😀😀😀é"]),
            ("abcd", 7, '*', ["**abcd*", "abcd***", "***abcd"]),
            ("abcd", 8, '*', ["**abcd**", "abcd****", "****abcd"]),
        ];
        for &(text, width, fill, [c, l, r]) in cases {
            assert_eq!(center(text, width, fill).unwrap(), c, "{text:?}.center({width}, {fill:?})");
            assert_eq!(ljust(text, width, fill).unwrap(), l, "{text:?}.ljust({width}, {fill:?})");
            assert_eq!(rjust(text, width, fill).unwrap(), r, "{text:?}.rjust({width}, {fill:?})");
        }
        assert!(matches!(center("abc", 3, ' '), Ok(Cow::Borrowed(_))));
    }

    #[test]
    fn fill_must_be_one_character() {
        assert_eq!(fill_char("😀"), Ok('😀'));
        for bad in ["", "ab", "e\u{301}"] {
            let err = fill_char(bad).unwrap_err();
            assert_eq!(err.kind.class_name(), "TypeError");
            assert_eq!(err.message, "The fill character must be exactly one character long");
        }
    }

    #[test]
    fn huge_results_raise_memory_error() {
        let huge = isize::MAX / 2;
        for result in
            [ljust("a", huge, ' '), center("é", huge, '😀'), zfill("-1", isize::MAX), expandtabs("\t\t", huge)]
        {
            assert_eq!(result.unwrap_err().kind.class_name(), "MemoryError");
        }
    }

    #[test]
    fn zfill_cases() {
        // From python3.
        let cases: &[(&str, isize, &str)] = &[
            ("42", 5, "00042"),
            ("-42", 5, "-0042"),
            ("+42", 5, "+0042"),
            ("--42", 6, "-00-42"),
            ("", 3, "000"),
            ("abc", 2, "abc"),
            ("-", 3, "-00"),
            ("+", 1, "+"),
            ("日本", 4, "00日本"),
            ("-日", 4, "-00日"),
            ("42", -3, "42"),
            ("x-1", 5, "00x-1"),
        ];
        for &(text, width, expected) in cases {
            assert_eq!(zfill(text, width).unwrap(), expected, "{text:?}.zfill({width})");
        }
    }

    #[test]
    fn expandtabs_cases() {
        // From python3.
        let cases: &[(&str, isize, &str)] = &[
            ("a\tb", 8, "a       b"),
            ("a\tb", 4, "a   b"),
            ("\t", 8, "        "),
            ("ab\tc\nd\te", 4, "ab  c\nd   e"),
            ("ab\r\tc", 4, "ab\r    c"),
            ("a\tb", 0, "ab"),
            ("a\tb", -1, "ab"),
            ("日本\tx", 4, "日本  x"),
            ("a\tb\tc", 1, "a b c"),
            ("abc", 8, "abc"),
            ("\x0b\tx", 4, "\x0b   x"),
            ("e\u{301}\tx", 4, "e\u{301}  x"),
            ("ab\u{2028}\tx", 4, "ab\u{2028} x"),
        ];
        for &(text, size, expected) in cases {
            assert_eq!(expandtabs(text, size).unwrap(), expected, "{text:?}.expandtabs({size})");
        }
    }

    #[test]
    fn strip_cases() {
        // (text, chars, [strip, lstrip, rstrip]), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, Option<&str>, [&str; 3])] = &[
            ("  hi  ", None, ["hi", "hi  ", "  hi"]),
            ("\x1c\u{85} hi\u{3000}\u{a0}", None, ["hi", "hi\u{3000}\u{a0}", "\x1c\u{85} hi"]),
            ("\u{200b}hi\u{200b}", None, ["\u{200b}hi\u{200b}", "\u{200b}hi\u{200b}", "\u{200b}hi\u{200b}"]),
            ("xxhixx", Some("x"), ["hi", "hixx", "xxhi"]),
            ("abcHIcba", Some("abc"), ["HI", "HIcba", "abcHI"]),
            ("日本日", Some("日"), ["本", "本日", "日本"]),
            ("", None, ["", "", ""]),
            ("hi", Some(""), ["hi", "hi", "hi"]),
            ("e\u{301}e", Some("\u{301}e"), ["", "", ""]),
        ];
        for &(text, chars, [both, left, right]) in cases {
            assert_eq!(strip(text, chars), both, "{text:?}.strip({chars:?})");
            assert_eq!(lstrip(text, chars), left, "{text:?}.lstrip({chars:?})");
            assert_eq!(rstrip(text, chars), right, "{text:?}.rstrip({chars:?})");
        }
    }
}
