//! Splitting: `split`, `rsplit`, `splitlines`, `partition`, `rpartition`.
//!
//! Every piece is a slice of the input, so the VM allocates only the
//! string objects it builds from them.

use super::TextError;
use super::ucd::{is_line_break, is_space};

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// How many splits `maxsplit` allows: Python treats any negative value as
/// "no limit".
fn split_limit(maxsplit: isize) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `text.split(sep, maxsplit)`. With `sep` `None`, runs of whitespace
/// separate words and leading/trailing whitespace yields no empty words.
pub fn split<'a>(text: &'a str, sep: Option<&str>, maxsplit: isize) -> Result<Vec<&'a str>, TextError> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(text, limit)),
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(text.splitn(limit.saturating_add(1), sep).collect()),
    }
}

/// `text.rsplit(sep, maxsplit)`: like [`split`], but the splits that
/// `maxsplit` allows are taken from the right.
pub fn rsplit<'a>(text: &'a str, sep: Option<&str>, maxsplit: isize) -> Result<Vec<&'a str>, TextError> {
    let limit = split_limit(maxsplit);
    let mut pieces: Vec<&str> = match sep {
        None => rsplit_whitespace(text, limit),
        Some("") => return Err(empty_separator()),
        Some(sep) => text.rsplitn(limit.saturating_add(1), sep).collect(),
    };
    pieces.reverse();
    Ok(pieces)
}

/// Words from the left; once `limit` words are split off, the rest (less
/// its leading whitespace) is one last word, trailing whitespace and all.
fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut words = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if words.len() == limit {
            words.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        words.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    words
}

/// Words from the right, last word first (the caller reverses them).
fn rsplit_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut words = Vec::new();
    let mut rest = text.trim_end_matches(is_space);
    while !rest.is_empty() {
        if words.len() == limit {
            words.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| i + char_width_at(rest, i));
        words.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    words
}

fn char_width_at(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// `text.splitlines(keepends)`: lines end at any of Python's line
/// boundaries, `\r\n` counting as one; a final boundary makes no empty
/// last line.
pub fn splitlines(text: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut after = at + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n') {
            chars.next();
            after += 1;
        }
        lines.push(&text[line_start..if keepends { after } else { at }]);
        line_start = after;
    }
    if line_start < text.len() {
        lines.push(&text[line_start..]);
    }
    lines
}

/// `text.partition(sep)`: before, separator, after — or the whole text
/// and two empty strings when `sep` does not occur.
pub fn partition<'a>(text: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match text.find(sep) {
        Some(at) => split_around(text, at, sep.len()),
        None => (text, "", ""),
    })
}

/// `text.rpartition(sep)`: splits at the last occurrence; two empty
/// strings and the whole text when `sep` does not occur.
pub fn rpartition<'a>(text: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match text.rfind(sep) {
        Some(at) => split_around(text, at, sep.len()),
        None => ("", "", text),
    })
}

fn split_around(text: &str, at: usize, len: usize) -> (&str, &str, &str) {
    (&text[..at], &text[at..at + len], &text[at + len..])
}

#[cfg(test)]
mod tests {
    use super::*;

    type Pieces = &'static [&'static str];

    #[test]
    fn split_on_whitespace() {
        // (text, maxsplit, split(None, maxsplit), rsplit(None, maxsplit)), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, isize, Pieces, Pieces)] = &[
            (" a  b ", -1, &["a", "b"], &["a", "b"]),
            (" a  b ", 0, &["a  b "], &[" a  b"]),
            (" a  b ", 1, &["a", "b "], &[" a", "b"]),
            (" a  b ", 2, &["a", "b"], &["a", "b"]),
            ("a,b,,c", 1, &["a,b,,c"], &["a,b,,c"]),
            ("", -1, &[], &[]),
            ("", 0, &[], &[]),
            ("   ", 1, &[], &[]),
            ("a b c", 1, &["a", "b c"], &["a b", "c"]),
            ("  a b c  ", 0, &["a b c  "], &["  a b c"]),
            ("  a b c  ", 1, &["a", "b c  "], &["  a b", "c"]),
            ("  a b c  ", 2, &["a", "b", "c  "], &["  a", "b", "c"]),
            ("a\x1cb\x1fc", -1, &["a", "b", "c"], &["a", "b", "c"]),
            ("a\x1cb\x1fc", 1, &["a", "b\x1fc"], &["a\x1cb", "c"]),
            ("a\u{3000}b\u{a0}c\u{2028}d", 2, &["a", "b", "c\u{2028}d"], &["a\u{3000}b", "c", "d"]),
            ("a\u{200b}b", -1, &["a\u{200b}b"], &["a\u{200b}b"]),
            ("日本 語\tテ\nキ", 1, &["日本", "語\tテ\nキ"], &["日本 語\tテ", "キ"]),
            ("日本 語\tテ\nキ", 2, &["日本", "語", "テ\nキ"], &["日本 語", "テ", "キ"]),
            ("x\u{85}y", 1, &["x", "y"], &["x", "y"]),
        ];
        for &(text, max, left, right) in cases {
            assert_eq!(split(text, None, max).unwrap(), left, "{text:?}.split(None, {max})");
            assert_eq!(rsplit(text, None, max).unwrap(), right, "{text:?}.rsplit(None, {max})");
        }
    }

    #[test]
    fn split_on_separator() {
        // (text, sep, maxsplit, split, rsplit), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, &str, isize, Pieces, Pieces)] = &[
            ("a,b,,c", ",", -1, &["a", "b", "", "c"], &["a", "b", "", "c"]),
            ("a,b,,c", ",", 0, &["a,b,,c"], &["a,b,,c"]),
            ("a,b,,c", ",", 1, &["a", "b,,c"], &["a,b,", "c"]),
            ("a,b,,c", ",", 2, &["a", "b", ",c"], &["a,b", "", "c"]),
            (",a,", ",", -1, &["", "a", ""], &["", "a", ""]),
            (",a,", ",", 1, &["", "a,"], &[",a", ""]),
            ("aXXbXXc", "XX", 1, &["a", "bXXc"], &["aXXb", "c"]),
            ("aaa", "aa", -1, &["", "a"], &["a", ""]),
            ("日本日本日", "本", 1, &["日", "日本日"], &["日本日", "日"]),
            ("日本日本日", "本", -1, &["日", "日", "日"], &["日", "日", "日"]),
            ("", "x", -1, &[""], &[""]),
            ("", "x", 0, &[""], &[""]),
        ];
        for &(text, sep, max, left, right) in cases {
            assert_eq!(split(text, Some(sep), max).unwrap(), left, "{text:?}.split({sep:?}, {max})");
            assert_eq!(rsplit(text, Some(sep), max).unwrap(), right, "{text:?}.rsplit({sep:?}, {max})");
        }
    }

    #[test]
    fn empty_separator_raises() {
        for err in [
            split("a", Some(""), -1).unwrap_err(),
            rsplit("a", Some(""), -1).unwrap_err(),
            partition("a", "").unwrap_err(),
            rpartition("a", "").unwrap_err(),
        ] {
            assert_eq!((err.kind.class_name(), &*err.message), ("ValueError", "empty separator"));
        }
    }

    #[test]
    fn splitlines_cases() {
        // (text, splitlines(), splitlines(True)), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, Pieces, Pieces)] = &[
            ("", &[], &[]),
            ("a", &["a"], &["a"]),
            ("a\n", &["a"], &["a\n"]),
            ("a\nb", &["a", "b"], &["a\n", "b"]),
            ("a\r\nb\rc\n\rd", &["a", "b", "c", "", "d"], &["a\r\n", "b\r", "c\n", "\r", "d"]),
            ("\n\n", &["", ""], &["\n", "\n"]),
            ("x\x0by\x0cz\x1cw\x1dv\x1eu\x1ft", &["x", "y", "z", "w", "v", "u\x1ft"],
                &["x\x0b", "y\x0c", "z\x1c", "w\x1d", "v\x1e", "u\x1ft"]),
            ("a\u{85}b\u{2028}c\u{2029}d", &["a", "b", "c", "d"], &["a\u{85}", "b\u{2028}", "c\u{2029}", "d"]),
            ("日本\r\n語\n", &["日本", "語"], &["日本\r\n", "語\n"]),
            ("\r\n", &[""], &["\r\n"]),
            ("\r\r\n", &["", ""], &["\r", "\r\n"]),
            ("a\u{200b}b\x0b", &["a\u{200b}b"], &["a\u{200b}b\x0b"]),
        ];
        for &(text, plain, kept) in cases {
            assert_eq!(splitlines(text, false), plain, "{text:?}.splitlines()");
            assert_eq!(splitlines(text, true), kept, "{text:?}.splitlines(True)");
        }
    }

    #[test]
    fn partitions() {
        // From python3.
        type Parts = (&'static str, &'static str, &'static str);
        #[rustfmt::skip]
        let cases: &[(&str, &str, Parts, Parts)] = &[
            ("a=b=c", "=", ("a", "=", "b=c"), ("a=b", "=", "c")),
            ("abc", "x", ("abc", "", ""), ("", "", "abc")),
            ("日本=語=", "=", ("日本", "=", "語="), ("日本=語", "=", "")),
            ("aaa", "aa", ("", "aa", "a"), ("a", "aa", "")),
            ("", "x", ("", "", ""), ("", "", "")),
        ];
        for &(text, sep, left, right) in cases {
            assert_eq!(partition(text, sep).unwrap(), left, "{text:?}.partition({sep:?})");
            assert_eq!(rpartition(text, sep).unwrap(), right, "{text:?}.rpartition({sep:?})");
        }
    }
}
