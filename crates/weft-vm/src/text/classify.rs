//! The `str.is*` predicates.
//!
//! Most are "every character has the property, and there is at least one
//! character"; `isascii` and `isprintable` are true of the empty string.
//! The case predicates look only at cased characters, so digits and
//! punctuation never make `'A1!'.isupper()` false.

use super::ucd::{self, is_lowercase, is_titlecase, is_uppercase};

fn all_nonempty(text: &str, property: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(property)
}

/// `text.isspace()`.
pub fn is_space(text: &str) -> bool {
    all_nonempty(text, ucd::is_space)
}

/// `text.isalpha()`: letters of any category L*.
pub fn is_alpha(text: &str) -> bool {
    all_nonempty(text, ucd::is_alpha)
}

/// `text.isalnum()`: every character is alphabetic or numeric.
pub fn is_alnum(text: &str) -> bool {
    all_nonempty(text, ucd::is_alnum)
}

/// `text.isdecimal()`: digits of positional systems only (`'٣'`, not `'²'`).
pub fn is_decimal(text: &str) -> bool {
    all_nonempty(text, ucd::is_decimal)
}

/// `text.isdigit()`: decimals plus superscripts and the like (`'²'`, not `'½'`).
pub fn is_digit(text: &str) -> bool {
    all_nonempty(text, ucd::is_digit)
}

/// `text.isnumeric()`: anything with a numeric value (`'½'`, `'Ⅻ'`, `'一'`).
pub fn is_numeric(text: &str) -> bool {
    all_nonempty(text, ucd::is_numeric)
}

/// `text.isascii()`: true of the empty string.
pub fn is_ascii(text: &str) -> bool {
    text.is_ascii()
}

/// `text.isprintable()`: true of the empty string; what `repr` would
/// show without escapes.
pub fn is_printable(text: &str) -> bool {
    text.chars().all(ucd::is_printable)
}

/// `text.isidentifier()`: the lexical rule only, so keywords count
/// (`'class'.isidentifier()` is true); no NFKC normalisation is applied.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(ucd::is_identifier_start) && chars.all(ucd::is_identifier_continue)
}

/// `text.islower()`: some lowercase character and no uppercase or
/// titlecase one.
pub fn is_lower(text: &str) -> bool {
    let mut saw_lower = false;
    for c in text.chars() {
        if is_uppercase(c) || is_titlecase(c) {
            return false;
        }
        saw_lower |= is_lowercase(c);
    }
    saw_lower
}

/// `text.isupper()`: some uppercase character and no lowercase or
/// titlecase one.
pub fn is_upper(text: &str) -> bool {
    let mut saw_upper = false;
    for c in text.chars() {
        if is_lowercase(c) || is_titlecase(c) {
            return false;
        }
        saw_upper |= is_uppercase(c);
    }
    saw_upper
}

/// `text.istitle()`: uppercase and titlecase characters only at the start
/// of a run of cased characters, lowercase ones only inside such a run,
/// and at least one cased character.
pub fn is_title(text: &str) -> bool {
    let mut in_word = false;
    let mut saw_cased = false;
    for c in text.chars() {
        if is_uppercase(c) || is_titlecase(c) {
            if in_word {
                return false;
            }
            in_word = true;
            saw_cased = true;
        } else if is_lowercase(c) {
            if !in_word {
                return false;
            }
            saw_cased = true;
        } else {
            in_word = false;
        }
    }
    saw_cased
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The predicates in the order of the flags in the table below.
    type Predicate = (&'static str, fn(&str) -> bool);

    const PREDICATES: [Predicate; 12] = [
        ("isalnum", is_alnum),
        ("isalpha", is_alpha),
        ("isascii", is_ascii),
        ("isdecimal", is_decimal),
        ("isdigit", is_digit),
        ("isidentifier", is_identifier),
        ("islower", is_lower),
        ("isnumeric", is_numeric),
        ("isprintable", is_printable),
        ("isspace", is_space),
        ("istitle", is_title),
        ("isupper", is_upper),
    ];

    #[test]
    fn against_cpython() {
        // (text, flags in PREDICATES order), from python3.
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("", "001000001000"), ("abc", "111001101000"), ("ABC", "111001001001"),
            ("Abc", "111001001010"), ("aBc", "111001001000"), ("Hello World", "001000001010"),
            ("Hello world", "001000001000"), ("They'Re", "001000001010"),
            ("\u{1c5}emal", "110001001010"), ("\u{1c5}Emal", "110001001000"),
            ("\u{1c8}", "110001001010"), ("\u{df}", "110001101000"), ("\u{1e9e}", "110001001011"),
            ("123", "101110011000"), ("a1", "101001101000"), ("A1", "101001001011"),
            ("1A", "101000001011"), ("\u{b2}", "100010011000"), ("\u{663}", "100110011000"),
            ("\u{bd}", "100000011000"), ("\u{4e00}", "110001011000"),
            ("\u{4e94}\u{5341}", "110001011000"), ("\u{216b}", "100001011011"),
            ("\u{2460}", "100010011000"), ("\u{1d7d8}", "100110011000"),
            ("\u{661}\u{662}\u{663}", "100110011000"), ("\u{e9}", "110001101000"),
            ("e\u{301}", "000001101000"), ("\u{65e5}\u{672c}\u{8a9e}", "110001001000"),
            ("abc\u{65e5}\u{672c}", "110001101000"), ("\u{1f600}", "000000001000"),
            (" ", "001000001100"), ("\x1c", "001000000100"), ("\u{2028}", "000000000100"),
            ("\t\n", "001000000100"), ("\u{200b}", "000000000000"), ("\u{2b0}", "110001101000"),
            ("\u{1c5}", "110001001010"), ("\u{2167}", "100001011011"), ("\u{2177}", "100001111000"),
            ("\u{1fbc}", "110001001010"), ("class", "111001101000"), ("_x", "001001101000"),
            ("1x", "101000101000"), ("x1", "101001101000"), ("\u{e9}_\u{fc}", "000001101000"),
            ("x-y", "001000101000"), ("\u{301}", "000000001000"), ("a\u{301}", "000001101000"),
            ("\u{2118}", "000001001000"), ("\u{212e}", "000001001000"), ("\u{2139}", "110001101000"),
            ("x\u{200c}", "000000100000"), ("\u{b7}", "000000001000"), ("a\u{b7}", "000001101000"),
            ("\u{b2}x", "100000101000"), ("\u{3007}", "100001011000"),
            ("\u{1d518}\u{1d52b}", "110001001010"), ("\u{1c5}\u{1c5}", "110001001000"),
            ("A\u{345}", "000001001010"), ("\u{3a3}", "110001001011"), ("\u{ab70}", "110001101000"),
            ("\x7f", "001000000000"), ("\u{a0}", "000000000100"), ("\u{ad}", "000000000000"),
            ("\u{20ac}", "000000001000"), ("\u{c0}\u{c9}", "110001001001"), ("abc\n", "001000100000"),
            ("\u{149}", "110001101000"), ("A.B.", "001000001011"), ("\u{e0001}", "000000000000"),
            ("\u{e000}", "000000000000"), ("\u{378}", "000000000000"),
            // Assigned after Unicode 14, so CPython 3.11 knows nothing of them.
            ("\u{1e030}", "000000000000"), ("\u{11f50}", "000000000000"),
        ];
        for &(text, flags) in cases {
            for ((name, predicate), flag) in PREDICATES.iter().zip(flags.bytes()) {
                assert_eq!(predicate(text), flag == b'1', "{text:?}.{name}()");
            }
        }
    }
}
