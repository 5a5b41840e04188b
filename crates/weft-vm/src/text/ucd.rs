//! Character properties exactly as CPython 3.11 sees them.
//!
//! CPython 3.11 ships Unicode 14.0; Rust's standard library and the crates
//! we use follow newer versions. Every lookup therefore first asks whether
//! the character was assigned in 14.0 (a character that was not has no
//! properties at all in CPython), and the handful of characters whose
//! properties changed after 14.0 are listed here as exceptions. The
//! `matches_cpython_for_every_character` test (run with `--ignored`)
//! compares every code point with `python3`.

use unicode_general_category::{GeneralCategory, get_general_category};

use super::ucd_tables::{DECIMAL, DIGIT_ONLY, FOLD_NOT_LOWER, NUMERIC_ONLY, TITLE_NOT_UPPER, UNASSIGNED};

/// The first code point that is unassigned in Unicode 14; everything below
/// it skips the table search.
const FIRST_UNASSIGNED: char = '\u{378}';

fn in_ranges(table: &[(u32, u32)], c: char) -> Option<u32> {
    let cp = c as u32;
    let i = table.partition_point(|&(_, last)| last < cp);
    table.get(i).filter(|&&(first, _)| first <= cp).map(|&(first, _)| first)
}

fn lookup_map(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// Whether CPython 3.11 knows this character (general category is not Cn).
pub fn is_assigned(c: char) -> bool {
    c < FIRST_UNASSIGNED || in_ranges(UNASSIGNED, c).is_none()
}

/// The general category, as Unicode 14 assigned it.
pub fn category(c: char) -> GeneralCategory {
    if !is_assigned(c) {
        return GeneralCategory::Unassigned;
    }
    if c == '\u{1171E}' {
        // AHOM CONSONANT SIGN MEDIAL RA became Mc in Unicode 15.
        return GeneralCategory::NonspacingMark;
    }
    get_general_category(c)
}

/// `str.isspace` for one character: bidirectional class WS, B or S, or
/// category Zs. Wider than `char::is_whitespace` (it has U+001C..U+001F).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1C}'..='\u{20}'
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
    )
}

/// Line boundaries for `str.splitlines` (CPython's "linebreak" set).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\u{B}' | '\u{C}' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `str.isalpha` for one character: any letter category.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    use GeneralCategory::*;
    matches!(category(c), UppercaseLetter | LowercaseLetter | TitlecaseLetter | ModifierLetter | OtherLetter)
}

/// The value of a decimal digit (`str.isdecimal` characters), as `int()`
/// and format field numbers read it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // Unicode guarantees decimal digits come in runs of ten, zero first.
    in_ranges(DECIMAL, c).map(|first| (c as u32 - first) % 10)
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit`: decimals plus digits that cannot form numbers in a
/// positional system (superscripts, circled digits).
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_ranges(DIGIT_ONLY, c).is_some())
}

/// `str.isnumeric`: digits plus every other character with a numeric value
/// (fractions, Roman numerals, CJK numerals).
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_ranges(NUMERIC_ONLY, c).is_some())
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isprintable` for one character: not in categories C* or Z*,
/// except the ASCII space.
pub fn is_printable(c: char) -> bool {
    is_assigned(c) && weft_bytecode::repr::is_printable(c)
}

/// The Unicode "Lowercase" property (Ll plus Other_Lowercase).
pub fn is_lowercase(c: char) -> bool {
    match c {
        // Other_Lowercase changed after Unicode 14 for these.
        '\u{295}' => true,
        '\u{10FC}' | '\u{A7F2}'..='\u{A7F4}' | '\u{AB69}' => false,
        _ => is_assigned(c) && c.is_lowercase(),
    }
}

/// The Unicode "Uppercase" property (Lu plus Other_Uppercase).
pub fn is_uppercase(c: char) -> bool {
    is_assigned(c) && c.is_uppercase()
}

pub fn is_titlecase(c: char) -> bool {
    category(c) == GeneralCategory::TitlecaseLetter
}

/// The Unicode "Cased" property.
pub fn is_cased(c: char) -> bool {
    is_lowercase(c) || is_uppercase(c) || is_titlecase(c)
}

/// The Unicode "Case_Ignorable" property: the characters skipped when
/// deciding whether a capital sigma ends a word.
pub fn is_case_ignorable(c: char) -> bool {
    use GeneralCategory::*;
    // Word_Break MidLetter, MidNumLet and Single_Quote.
    let word_break_mid = matches!(
        c,
        '\'' | '.'
            | ':'
            | '\u{B7}'
            | '\u{387}'
            | '\u{55F}'
            | '\u{5F4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{FE13}'
            | '\u{FE52}'
            | '\u{FE55}'
            | '\u{FF07}'
            | '\u{FF0E}'
            | '\u{FF1A}'
    );
    word_break_mid || matches!(category(c), NonspacingMark | EnclosingMark | Format | ModifierLetter | ModifierSymbol)
}

/// `str.isidentifier`'s test for a first character.
pub fn is_identifier_start(c: char) -> bool {
    c == '_' || (is_assigned(c) && unicode_ident::is_xid_start(c))
}

/// `str.isidentifier`'s test for the characters after the first.
pub fn is_identifier_continue(c: char) -> bool {
    // Unicode 15.1 added these to XID_Continue.
    if matches!(c, '\u{200C}' | '\u{200D}' | '\u{30FB}' | '\u{FF65}') {
        return false;
    }
    is_assigned(c) && unicode_ident::is_xid_continue(c)
}

/// Appends the full uppercase mapping of `c` (`'ß'` gives `"SS"`).
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !is_assigned(c) || matches!(c, '\u{19B}' | '\u{264}' | '\u{A7D3}' | '\u{A7D5}') {
        // The four have had uppercase partners only since Unicode 16.
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full lowercase mapping of `c`, without the final-sigma
/// rule (the caller knows the context).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if is_assigned(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c` (`'ǆ'` gives `'ǅ'`).
pub fn push_title(out: &mut String, c: char) {
    match lookup_map(TITLE_NOT_UPPER, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c` (`'ß'` gives `"ss"`).
pub fn push_fold(out: &mut String, c: char) {
    match lookup_map(FOLD_NOT_LOWER, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_lower(out, c),
    }
}
