//! Searching: `find`, `rfind`, `index`, `rindex`, `count`, `replace`,
//! `startswith`, `endswith`, `removeprefix`, `removesuffix`.
//!
//! Searches run on UTF-8 bytes (a match of valid UTF-8 in valid UTF-8 is
//! always on character boundaries) and convert positions to code points
//! only at the edges.

use std::borrow::Cow;

use super::{TextError, Window, char_index, with_capacity};

/// `text.find(sub, start, end)`: the code-point index of the first match
/// inside the window, or `None` (Python's -1).
pub fn find(text: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let window = Window::of(text, start, end)?;
    let (hay, _) = window.slice(text);
    hay.find(sub).map(|at| window.start + char_index(hay, at))
}

/// `text.rfind(sub, start, end)`: like [`find`], the last match.
pub fn rfind(text: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let window = Window::of(text, start, end)?;
    let (hay, _) = window.slice(text);
    hay.rfind(sub).map(|at| window.start + char_index(hay, at))
}

/// `text.index(sub, start, end)`: [`find`] that raises when nothing matches.
pub fn index(text: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> Result<usize, TextError> {
    find(text, sub, start, end).ok_or_else(not_found)
}

/// `text.rindex(sub, start, end)`.
pub fn rindex(text: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> Result<usize, TextError> {
    rfind(text, sub, start, end).ok_or_else(not_found)
}

fn not_found() -> TextError {
    TextError::value("substring not found")
}

/// `text.count(sub, start, end)`: non-overlapping matches; the empty
/// string matches between every two characters and at both ends.
pub fn count(text: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    let Some(window) = Window::of(text, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return window.len() + 1;
    }
    window.slice(text).0.matches(sub).count()
}

/// `text.replace(old, new, count)`: a negative `count` replaces every
/// match. Borrowed when nothing changes (CPython returns `text` itself).
pub fn replace<'a>(text: &'a str, old: &str, new: &str, count: isize) -> Result<Cow<'a, str>, TextError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 || old == new || !text.contains(old) {
        return Ok(Cow::Borrowed(text));
    }
    // Rust's empty pattern matches where Python's does: before every
    // character and at the end.
    let matches = || text.match_indices(old).take(limit);
    let growth = new.len().saturating_sub(old.len());
    let size = matches().count().checked_mul(growth).and_then(|extra| extra.checked_add(text.len()));
    let mut out = with_capacity(size)?;
    let mut copied = 0;
    for (at, _) in matches() {
        out.push_str(&text[copied..at]);
        out.push_str(new);
        copied = at + old.len();
    }
    out.push_str(&text[copied..]);
    Ok(Cow::Owned(out))
}

/// `text.startswith(prefix, start, end)` for one prefix (the VM loops over
/// a tuple).
pub fn startswith(text: &str, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    Window::of(text, start, end).is_some_and(|window| window.slice(text).0.starts_with(prefix))
}

/// `text.endswith(suffix, start, end)` for one suffix.
pub fn endswith(text: &str, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    Window::of(text, start, end).is_some_and(|window| window.slice(text).0.ends_with(suffix))
}

/// `text.removeprefix(prefix)`: a slice of `text` (all of it when there is
/// no such prefix, where CPython returns `text` itself).
pub fn removeprefix<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.strip_prefix(prefix).unwrap_or(text)
}

/// `text.removesuffix(suffix)`.
pub fn removesuffix<'a>(text: &'a str, suffix: &str) -> &'a str {
    text.strip_suffix(suffix).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_edges() {
        // (start, end, find(''), rfind(''), count(''), startswith(''),
        //  startswith('c'), endswith('a'), count('c')) on 'abc', from python3.
        type Case = (Option<isize>, Option<isize>, isize, isize, usize, bool, bool, bool, usize);
        #[rustfmt::skip]
        let cases: &[Case] = &[
            (None, None, 0, 3, 4, true, false, false, 1),
            (None, Some(0), 0, 0, 1, true, false, false, 0),
            (None, Some(4), 0, 3, 4, true, false, false, 1),
            (None, Some(-1), 0, 2, 3, true, false, false, 0),
            (None, Some(-5), 0, 0, 1, true, false, false, 0),
            (Some(2), None, 2, 3, 2, true, true, false, 1),
            (Some(2), Some(0), -1, -1, 0, false, false, false, 0),
            (Some(2), Some(2), 2, 2, 1, true, false, false, 0),
            (Some(3), None, 3, 3, 1, true, false, false, 0),
            (Some(3), Some(2), -1, -1, 0, false, false, false, 0),
            (Some(3), Some(-1), -1, -1, 0, false, false, false, 0),
            (Some(4), None, -1, -1, 0, false, false, false, 0),
            (Some(5), Some(4), -1, -1, 0, false, false, false, 0),
            (Some(-1), None, 2, 3, 2, true, true, false, 1),
            (Some(-1), Some(-1), 2, 2, 1, true, false, false, 0),
            (Some(-1), Some(-5), -1, -1, 0, false, false, false, 0),
            (Some(-5), None, 0, 3, 4, true, false, false, 1),
            (Some(-5), Some(-5), 0, 0, 1, true, false, false, 0),
        ];
        let py = |r: Option<usize>| r.map_or(-1, |i| i as isize);
        for &(a, b, f, rf, n, sw, swc, ewa, nc) in cases {
            let case = format!("start={a:?} end={b:?}");
            assert_eq!(py(find("abc", "", a, b)), f, "{case}");
            assert_eq!(py(rfind("abc", "", a, b)), rf, "{case}");
            assert_eq!(count("abc", "", a, b), n, "{case}");
            assert_eq!(startswith("abc", "", a, b), sw, "{case}");
            assert_eq!(endswith("abc", "", a, b), sw, "{case}");
            assert_eq!(startswith("abc", "c", a, b), swc, "{case}");
            assert_eq!(endswith("abc", "a", a, b), ewa, "{case}");
            assert_eq!(count("abc", "c", a, b), nc, "{case}");
        }
    }

    #[test]
    fn find_family_in_code_points() {
        // (text, sub, start, end, find, rfind, count), from python3.
        type Case = (&'static str, &'static str, Option<isize>, Option<isize>, isize, isize, usize);
        #[rustfmt::skip]
        let cases: &[Case] = &[
            ("abc", "c", Some(-1), None, 2, 2, 1),
            ("hello world", "o", None, None, 4, 7, 2),
            ("hello world", "o", Some(5), None, 7, 7, 1),
            ("hello world", "o", None, Some(-4), 4, 4, 1),
            ("aaaa", "aa", None, None, 0, 2, 2),
            ("aaa", "aa", Some(1), None, 1, 1, 1),
            ("héllo wörld", "ö", None, None, 7, 7, 1),
            ("héllo wörld", "l", Some(3), None, 3, 9, 2),
            ("日本語のテキスト日本", "日本", None, None, 0, 8, 2),
            ("日本語のテキスト日本", "日本", Some(1), Some(9), -1, -1, 0),
            ("日本語のテキスト日本", "テ", Some(-6), None, 4, 4, 1),
            ("a😀b😀c", "😀", None, None, 1, 3, 2),
            ("a😀b😀c", "c", Some(-1), None, 4, 4, 1),
            ("a😀b😀c", "", Some(2), Some(4), 2, 4, 3),
            ("e\u{301}e\u{301}", "\u{301}", None, None, 1, 3, 2),
            ("", "", None, None, 0, 0, 1),
            ("", "a", None, None, -1, -1, 0),
            ("abc", "abcd", None, None, -1, -1, 0),
            ("ababab", "bab", Some(-5), Some(-1), 1, 1, 1),
        ];
        let py = |r: Option<usize>| r.map_or(-1, |i| i as isize);
        for &(text, sub, a, b, f, rf, n) in cases {
            let case = format!("{text:?}.find({sub:?}, {a:?}, {b:?})");
            assert_eq!(py(find(text, sub, a, b)), f, "{case}");
            assert_eq!(py(rfind(text, sub, a, b)), rf, "{case}");
            assert_eq!(count(text, sub, a, b), n, "{case}");
        }
    }

    #[test]
    fn index_raises() {
        assert_eq!(index("abc", "b", None, None), Ok(1));
        assert_eq!(rindex("abcb", "b", None, None), Ok(3));
        let err = index("abc", "x", None, None).unwrap_err();
        assert_eq!(err.kind.class_name(), "ValueError");
        assert_eq!(err.message, "substring not found");
        assert!(rindex("abc", "a", Some(1), None).is_err());
    }

    #[test]
    fn replace_cases() {
        // From python3.
        let cases: &[(&str, &str, &str, isize, &str)] = &[
            ("", "", "x", -1, "x"),
            ("abc", "", "-", -1, "-a-b-c-"),
            ("abc", "", "-", 2, "-a-bc"),
            ("abc", "", "-", 0, "abc"),
            ("", "", "x", 0, ""),
            ("", "a", "x", -1, ""),
            ("aaaa", "a", "b", 2, "bbaa"),
            ("aaaa", "aa", "b", -1, "bb"),
            ("aaa", "aa", "b", -1, "ba"),
            ("a,b,,c", ",", ";", -5, "a;b;;c"),
            ("héllo", "é", "e", -1, "hello"),
            ("日本日本", "日", "", -1, "本本"),
            ("😀😀", "", "|", -1, "|😀|😀|"),
            ("abc", "abc", "", -1, ""),
        ];
        for &(text, old, new, n, expected) in cases {
            assert_eq!(replace(text, old, new, n).unwrap(), expected, "{text:?}.replace({old:?}, {new:?}, {n})");
        }
        assert!(matches!(replace("abc", "x", "y", -1), Ok(Cow::Borrowed(_))));
        assert!(matches!(replace("abc", "a", "y", 0), Ok(Cow::Borrowed(_))));
    }

    #[test]
    fn prefixes_and_suffixes() {
        assert!(startswith("héllo", "hé", None, None));
        assert!(startswith("héllo", "llo", Some(2), None));
        assert!(!startswith("héllo", "llo", Some(2), Some(4)));
        assert!(endswith("héllo", "hél", None, Some(3)));
        assert!(endswith("日本語", "本", Some(-2), Some(-1)));
        assert!(!endswith("日本語", "日本語", Some(1), None));
        assert_eq!(removeprefix("日本語", "日本"), "語");
        assert_eq!(removeprefix("日本語", "本"), "日本語");
        assert_eq!(removesuffix("test.py", ".py"), "test");
        assert_eq!(removesuffix("test.py", ""), "test.py");
        assert_eq!(removeprefix("", ""), "");
    }
}
