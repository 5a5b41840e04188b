//! Case conversion: `upper`, `lower`, `casefold`, `title`, `capitalize`,
//! `swapcase`, with Unicode's full (one-to-many) mappings.
//!
//! Lowercasing a capital sigma depends on its neighbours: it becomes final
//! `ς` at the end of a word. Every method that lowercases applies that
//! rule, looking at the original text; `casefold` does not (folding maps
//! both sigmas to `σ`).

use super::ucd::{
    is_case_ignorable, is_cased, is_lowercase, is_uppercase, push_fold, push_lower, push_title, push_upper,
};

const CAPITAL_SIGMA: char = 'Σ';

/// Maps each character with `map`, which gets the output, the byte offset
/// of the character and the character.
fn map_chars(text: &str, mut map: impl FnMut(&mut String, usize, char)) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        map(&mut out, at, c);
    }
    out
}

/// Whether the capital sigma at byte offset `at` ends a word: a cased
/// character comes before it and none after it, ignoring case-ignorable
/// characters (apostrophes, combining marks) on both sides.
fn is_final_sigma(text: &str, at: usize) -> bool {
    let before = first_significant(text[..at].chars().rev());
    let after = first_significant(text[at + CAPITAL_SIGMA.len_utf8()..].chars());
    before.is_some_and(is_cased) && !after.is_some_and(is_cased)
}

fn first_significant(mut chars: impl Iterator<Item = char>) -> Option<char> {
    chars.find(|&c| !is_case_ignorable(c))
}

/// Lowercases the character at byte offset `at` of `text`, in context.
fn push_lower_at(out: &mut String, text: &str, at: usize, c: char) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(text, at) { 'ς' } else { 'σ' });
    } else {
        push_lower(out, c);
    }
}

/// `text.upper()`: `'ß'` becomes `"SS"`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    map_chars(text, |out, _, c| push_upper(out, c))
}

/// `text.lower()`: `'İ'` becomes `"i̇"`, and a word-final `'Σ'` becomes `'ς'`.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    map_chars(text, |out, at, c| push_lower_at(out, text, at, c))
}

/// `text.casefold()`: lowercase for caseless matching (`'ß'` becomes `"ss"`).
pub fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    map_chars(text, |out, _, c| push_fold(out, c))
}

/// `text.title()`: a character following a cased one is lowercased; any
/// other is titlecased. So a word starts after *any* uncased character,
/// apostrophes and digits included: `"they're"` becomes `"They'Re"`.
pub fn title(text: &str) -> String {
    let mut previous_is_cased = false;
    map_chars(text, |out, at, c| {
        if previous_is_cased {
            push_lower_at(out, text, at, c);
        } else {
            push_title(out, c);
        }
        previous_is_cased = is_cased(c);
    })
}

/// `text.capitalize()`: the first character titlecased (3.8 and later:
/// `'ǆ'` becomes `'ǅ'`, not `'Ǆ'`), the rest lowercased.
pub fn capitalize(text: &str) -> String {
    map_chars(text, |out, at, c| {
        if at == 0 {
            push_title(out, c);
        } else {
            push_lower_at(out, text, at, c);
        }
    })
}

/// `text.swapcase()`: uppercase characters lowercased and lowercase ones
/// uppercased; titlecase letters (`'ǅ'`) stay as they are.
pub fn swapcase(text: &str) -> String {
    map_chars(text, |out, at, c| {
        if is_uppercase(c) {
            push_lower_at(out, text, at, c);
        } else if is_lowercase(c) {
            push_upper(out, c);
        } else {
            out.push(c);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn against_cpython() {
        // (text, [upper, lower, casefold, title, capitalize, swapcase]), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, [&str; 6])] = &[
            ("hello world", ["HELLO WORLD", "hello world", "hello world", "Hello World", "Hello world", "HELLO WORLD"]),
            ("they're bill's", ["THEY'RE BILL'S", "they're bill's", "they're bill's", "They'Re Bill'S", "They're bill's", "THEY'RE BILL'S"]),
            ("\u{1c6}emal \u{1c9}ubovi\u{107}", ["\u{1c4}EMAL \u{1c7}UBOVI\u{106}", "\u{1c6}emal \u{1c9}ubovi\u{107}", "\u{1c6}emal \u{1c9}ubovi\u{107}", "\u{1c5}emal \u{1c8}ubovi\u{107}", "\u{1c5}emal \u{1c9}ubovi\u{107}", "\u{1c4}EMAL \u{1c7}UBOVI\u{106}"]),
            ("\u{df} stra\u{df}e", ["SS STRASSE", "\u{df} stra\u{df}e", "ss strasse", "Ss Stra\u{df}e", "Ss stra\u{df}e", "SS STRASSE"]),
            ("\u{130}stanbul", ["\u{130}STANBUL", "i\u{307}stanbul", "i\u{307}stanbul", "\u{130}stanbul", "\u{130}stanbul", "i\u{307}STANBUL"]),
            ("\u{3a3}\u{391}\u{3a3} \u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{3a5}\u{3a3}", ["\u{3a3}\u{391}\u{3a3} \u{39f}\u{394}\u{3a5}\u{3a3}\u{3a3}\u{395}\u{3a5}\u{3a3}", "\u{3c3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{3c3}\u{3b1}\u{3c3} \u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c3}", "\u{3a3}\u{3b1}\u{3c2} \u{39f}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}", "\u{3c3}\u{3b1}\u{3c2} \u{3bf}\u{3b4}\u{3c5}\u{3c3}\u{3c3}\u{3b5}\u{3c5}\u{3c2}"]),
            ("\u{391}\u{3a3}.\u{3a3}", ["\u{391}\u{3a3}.\u{3a3}", "\u{3b1}\u{3c3}.\u{3c2}", "\u{3b1}\u{3c3}.\u{3c3}", "\u{391}\u{3c3}.\u{3a3}", "\u{391}\u{3c3}.\u{3c2}", "\u{3b1}\u{3c3}.\u{3c2}"]),
            ("\u{3a3}", ["\u{3a3}", "\u{3c3}", "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3c3}"]),
            ("a\u{3a3}", ["A\u{3a3}", "a\u{3c2}", "a\u{3c3}", "A\u{3c2}", "A\u{3c2}", "A\u{3c2}"]),
            ("A\u{3a3}'", ["A\u{3a3}'", "a\u{3c2}'", "a\u{3c3}'", "A\u{3c2}'", "A\u{3c2}'", "a\u{3c2}'"]),
            ("\u{3a3}\u{3a3}", ["\u{3a3}\u{3a3}", "\u{3c3}\u{3c2}", "\u{3c3}\u{3c3}", "\u{3a3}\u{3c2}", "\u{3a3}\u{3c2}", "\u{3c3}\u{3c2}"]),
            ("\u{391}\u{3a3}\u{301}", ["\u{391}\u{3a3}\u{301}", "\u{3b1}\u{3c2}\u{301}", "\u{3b1}\u{3c3}\u{301}", "\u{391}\u{3c2}\u{301}", "\u{391}\u{3c2}\u{301}", "\u{3b1}\u{3c2}\u{301}"]),
            ("A\u{345}\u{3a3}", ["A\u{399}\u{3a3}", "a\u{345}\u{3c2}", "a\u{3b9}\u{3c3}", "A\u{345}\u{3c2}", "A\u{345}\u{3c2}", "a\u{399}\u{3c2}"]),
            ("\u{fb01}ne \u{fb02}ow", ["FINE FLOW", "\u{fb01}ne \u{fb02}ow", "fine flow", "Fine Flow", "Fine \u{fb02}ow", "FINE FLOW"]),
            ("\u{1c5} \u{1c6} \u{1c4}", ["\u{1c4} \u{1c4} \u{1c4}", "\u{1c6} \u{1c6} \u{1c6}", "\u{1c6} \u{1c6} \u{1c6}", "\u{1c5} \u{1c5} \u{1c5}", "\u{1c5} \u{1c6} \u{1c6}", "\u{1c5} \u{1c4} \u{1c6}"]),
            ("\u{1c8}", ["\u{1c7}", "\u{1c9}", "\u{1c9}", "\u{1c8}", "\u{1c8}", "\u{1c8}"]),
            ("hello WORLD 123abc", ["HELLO WORLD 123ABC", "hello world 123abc", "hello world 123abc", "Hello World 123Abc", "Hello world 123abc", "HELLO world 123ABC"]),
            ("\u{e9}lan \u{c9}COLE", ["\u{c9}LAN \u{c9}COLE", "\u{e9}lan \u{e9}cole", "\u{e9}lan \u{e9}cole", "\u{c9}lan \u{c9}cole", "\u{c9}lan \u{e9}cole", "\u{c9}LAN \u{e9}cole"]),
            ("e\u{301}cole", ["E\u{301}COLE", "e\u{301}cole", "e\u{301}cole", "E\u{301}Cole", "E\u{301}cole", "E\u{301}COLE"]),
            ("\u{1ff3} \u{1fb3} \u{1fbc}", ["\u{3a9}\u{399} \u{391}\u{399} \u{391}\u{399}", "\u{1ff3} \u{1fb3} \u{1fb3}", "\u{3c9}\u{3b9} \u{3b1}\u{3b9} \u{3b1}\u{3b9}", "\u{1ffc} \u{1fbc} \u{1fbc}", "\u{1ffc} \u{1fb3} \u{1fb3}", "\u{3a9}\u{399} \u{391}\u{399} \u{1fbc}"]),
            ("\u{65e5}\u{672c}\u{8a9e} text", ["\u{65e5}\u{672c}\u{8a9e} TEXT", "\u{65e5}\u{672c}\u{8a9e} text", "\u{65e5}\u{672c}\u{8a9e} text", "\u{65e5}\u{672c}\u{8a9e} Text", "\u{65e5}\u{672c}\u{8a9e} text", "\u{65e5}\u{672c}\u{8a9e} TEXT"]),
            ("\u{1f600}smile", ["\u{1f600}SMILE", "\u{1f600}smile", "\u{1f600}smile", "\u{1f600}Smile", "\u{1f600}smile", "\u{1f600}SMILE"]),
            ("\u{149}", ["\u{2bc}N", "\u{149}", "\u{2bc}n", "\u{2bc}N", "\u{2bc}N", "\u{2bc}N"]),
            ("\u{1f0}", ["J\u{30c}", "\u{1f0}", "j\u{30c}", "J\u{30c}", "J\u{30c}", "J\u{30c}"]),
            ("\u{fb00}", ["FF", "\u{fb00}", "ff", "Ff", "Ff", "FF"]),
            ("a1b2", ["A1B2", "a1b2", "a1b2", "A1B2", "A1b2", "A1B2"]),
            ("\u{13f8}\u{13a0}", ["\u{13f0}\u{13a0}", "\u{13f8}\u{ab70}", "\u{13f0}\u{13a0}", "\u{13f0}\u{ab70}", "\u{13f0}\u{ab70}", "\u{13f0}\u{ab70}"]),
            ("\u{ab70}", ["\u{13a0}", "\u{ab70}", "\u{13a0}", "\u{13a0}", "\u{13a0}", "\u{13a0}"]),
            ("\u{19b} \u{264}", ["\u{19b} \u{264}", "\u{19b} \u{264}", "\u{19b} \u{264}", "\u{19b} \u{264}", "\u{19b} \u{264}", "\u{19b} \u{264}"]),
            ("\u{10d0} \u{1c90}\u{1c91}", ["\u{1c90} \u{1c90}\u{1c91}", "\u{10d0} \u{10d0}\u{10d1}", "\u{10d0} \u{10d0}\u{10d1}", "\u{10d0} \u{1c90}\u{10d1}", "\u{10d0} \u{10d0}\u{10d1}", "\u{1c90} \u{10d0}\u{10d1}"]),
            ("\u{3a3}.\u{3a3} a.\u{3a3}.b", ["\u{3a3}.\u{3a3} A.\u{3a3}.B", "\u{3c3}.\u{3c2} a.\u{3c3}.b", "\u{3c3}.\u{3c3} a.\u{3c3}.b", "\u{3a3}.\u{3a3} A.\u{3a3}.B", "\u{3a3}.\u{3c2} a.\u{3c3}.b", "\u{3c3}.\u{3c2} A.\u{3c3}.B"]),
            ("\u{1e030}", ["\u{1e030}", "\u{1e030}", "\u{1e030}", "\u{1e030}", "\u{1e030}", "\u{1e030}"]),
            ("", ["", "", "", "", "", ""]),
        ];
        for &(text, [up, low, fold, tit, cap, swap]) in cases {
            assert_eq!(upper(text), up, "{text:?}.upper()");
            assert_eq!(lower(text), low, "{text:?}.lower()");
            assert_eq!(casefold(text), fold, "{text:?}.casefold()");
            assert_eq!(title(text), tit, "{text:?}.title()");
            assert_eq!(capitalize(text), cap, "{text:?}.capitalize()");
            assert_eq!(swapcase(text), swap, "{text:?}.swapcase()");
        }
    }
}
