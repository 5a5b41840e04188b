//! Parsing the format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing is the same for every type; what a type makes of the result
//! (its default alignment, which grouping it accepts) is decided when it
//! formats, so one parsed spec serves ints, floats and strings alike.

use super::error::FormatError;

/// Where the padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`: the odd padding character goes on the right.
    Center,
    /// `=`: between the sign (and `0x`-style prefix) and the digits.
    AfterSign,
}

/// The sign option; absent means `-`, but `c` and strings reject even an
/// explicit `-`, so the two are told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// The thousands separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    pub(crate) fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. Fields keep what was written: defaults that depend
/// on the value's type are applied by the formatting functions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when written before an alignment.
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: a negative zero (after rounding) loses its sign.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// A `0` before the width with no explicit fill: fill with zeros, and for
    /// numbers with no explicit alignment, pad after the sign.
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type letter, if any (any character: checked later).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses a spec. `type_name` (`int`, `float`, `str`...) only appears in
    /// the message for trailing garbage. An empty spec parses to the
    /// defaults, but `format(x, '')` is `str(x)`, which only the VM can do
    /// (`format(True, '')` is `True`).
    pub fn parse(text: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = text.chars().collect();
        let mut spec = FormatSpec::default();
        let mut pos = 0;

        if let Some(align) = chars.get(1).copied().and_then(align_of) {
            spec.fill = Some(chars[0]);
            spec.align = Some(align);
            pos = 2;
        } else if let Some(align) = chars.first().copied().and_then(align_of) {
            spec.align = Some(align);
            pos = 1;
        }
        spec.sign = match chars.get(pos) {
            Some('+') => Some(Sign::Plus),
            Some('-') => Some(Sign::Minus),
            Some(' ') => Some(Sign::Space),
            _ => None,
        };
        pos += usize::from(spec.sign.is_some());
        spec.no_neg_zero = eat(&chars, &mut pos, 'z');
        spec.alternate = eat(&chars, &mut pos, '#');
        // With an explicit fill, a leading 0 is just part of the width.
        spec.zero_pad = spec.fill.is_none() && eat(&chars, &mut pos, '0');
        spec.width = parse_count(&chars, &mut pos)?;
        spec.grouping = parse_grouping(&chars, &mut pos)?;
        if eat(&chars, &mut pos, '.') {
            spec.precision = parse_count(&chars, &mut pos)?;
            if spec.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        match &chars[pos..] {
            [] => {}
            [ty] => spec.ty = Some(*ty),
            _ => {
                return Err(FormatError::Value(format!(
                    "Invalid format specifier '{text}' for object of type '{type_name}'"
                )));
            }
        }
        Ok(spec)
    }

    /// Checks the grouping option against the type letter (the type's
    /// default when none was written), as CPython does before anything
    /// else: `,` goes with decimal and float types, `_` also with b/o/x/X.
    /// Returns how many digits make a group.
    pub(crate) fn check_grouping(&self, ty: Option<char>) -> Result<usize, FormatError> {
        let Some(grouping) = self.grouping else { return Ok(3) };
        match (ty, grouping) {
            // CPython marks "no type" with NUL, so a written NUL passes too.
            (None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0'), _) => Ok(3),
            (Some('b' | 'o' | 'x' | 'X'), Grouping::Underscore) => Ok(4),
            (Some(ty), _) => {
                Err(FormatError::Value(format!("Cannot specify '{}' with {}.", grouping.as_char(), quoted_code(ty))))
            }
        }
    }
}

/// A type letter inside an error message: `'q'`, or `'\x1'` for characters
/// outside printable ASCII (with no `0x` and no padding, as CPython writes).
pub(crate) fn quoted_code(ty: char) -> String {
    let code = u32::from(ty);
    if code > 32 && code < 128 { format!("'{ty}'") } else { format!("'\\x{code:x}'") }
}

/// `ValueError: Unknown format code 'q' for object of type 'int'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::Value(format!("Unknown format code {} for object of type '{type_name}'", quoted_code(ty)))
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn eat(chars: &[char], pos: &mut usize, wanted: char) -> bool {
    let found = chars.get(*pos) == Some(&wanted);
    *pos += usize::from(found);
    found
}

/// `,` then optionally `_`, or `_` then optionally `,`: both at once is an
/// error in either order. A second `,` is left for the type letter, where
/// it fails as "Cannot specify ',' with ','.".
fn parse_grouping(chars: &[char], pos: &mut usize) -> Result<Option<Grouping>, FormatError> {
    let both = || FormatError::value("Cannot specify both ',' and '_'.");
    if eat(chars, pos, ',') {
        if chars.get(*pos) == Some(&'_') {
            return Err(both());
        }
        return Ok(Some(Grouping::Comma));
    }
    if eat(chars, pos, '_') {
        if chars.get(*pos) == Some(&',') {
            return Err(both());
        }
        return Ok(Some(Grouping::Underscore));
    }
    Ok(None)
}

/// A run of decimal digits (any Unicode decimal digit, as CPython accepts
/// `format(1, '٥')`), or `None` if there is none. CPython stores widths in
/// a `Py_ssize_t` and refuses more.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).copied().and_then(decimal_value) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// The zero of every run of ten Unicode decimal digits (category Nd, as of
/// Unicode 14.0, CPython 3.11's): a digit's value is its distance from the
/// zero below it.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    let below = DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = DECIMAL_ZEROS[below.checked_sub(1)?];
    (code - zero < 10).then_some(code - zero)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FormatSpec {
        FormatSpec::parse(text, "int").unwrap()
    }

    fn error(text: &str) -> String {
        FormatSpec::parse(text, "int").unwrap_err().to_string()
    }

    #[test]
    fn every_field() {
        let spec = parse("*^+z#012_.3f");
        assert_eq!(spec.fill, Some('*'));
        assert_eq!(spec.align, Some(Align::Center));
        assert_eq!(spec.sign, Some(Sign::Plus));
        assert!(spec.no_neg_zero && spec.alternate);
        // With an explicit fill the zero belongs to the width.
        assert!(!spec.zero_pad);
        assert_eq!(spec.width, Some(12));
        assert_eq!(spec.grouping, Some(Grouping::Underscore));
        assert_eq!(spec.precision, Some(3));
        assert_eq!(spec.ty, Some('f'));
    }

    #[test]
    fn zero_flag_and_fill() {
        let spec = parse("010");
        assert!(spec.zero_pad);
        assert_eq!(spec.width, Some(10));
        assert_eq!(parse("00").width, Some(0));
        assert_eq!(parse("<05").align, Some(Align::Left));
        assert!(parse("<05").zero_pad);
        // A fill that is itself an alignment character.
        assert_eq!(parse("<<").fill, Some('<'));
        assert_eq!(parse("=").align, Some(Align::AfterSign));
        assert_eq!(parse("\u{1F600}^5").fill, Some('\u{1F600}'));
    }

    #[test]
    fn unicode_digits() {
        assert_eq!(parse("\u{665}").width, Some(5));
        assert_eq!(parse(".\u{FF19}").precision, Some(9));
        assert_eq!(decimal_value('\u{1D7FF}'), Some(9));
        assert_eq!(decimal_value('/'), None);
        assert_eq!(decimal_value('\u{2070}'), None);
    }

    #[test]
    fn errors() {
        assert_eq!(error("."), "ValueError: Format specifier missing precision");
        assert_eq!(error("1,_"), "ValueError: Cannot specify both ',' and '_'.");
        assert_eq!(error("_,"), "ValueError: Cannot specify both ',' and '_'.");
        assert_eq!(error("abc"), "ValueError: Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(error("#zx"), "ValueError: Invalid format specifier '#zx' for object of type 'int'");
        assert_eq!(error("9999999999999999999"), "ValueError: Too many decimal digits in format string");
        assert_eq!(error(".9999999999999999999"), "ValueError: Too many decimal digits in format string");
        assert_eq!(parse("9223372036854775807").width, Some(isize::MAX as usize));
    }

    #[test]
    fn grouping_check() {
        let spec = parse(",");
        assert_eq!(spec.check_grouping(Some('d')), Ok(3));
        assert_eq!(spec.check_grouping(Some('x')).unwrap_err().message(), "Cannot specify ',' with 'x'.");
        assert_eq!(parse("_").check_grouping(Some('x')), Ok(4));
        assert_eq!(parse(",,").check_grouping(Some(',')), Err(FormatError::value("Cannot specify ',' with ','.")));
        assert_eq!(
            parse(",\u{1}").check_grouping(Some('\u{1}')).unwrap_err().message(),
            "Cannot specify ',' with '\\x1'."
        );
    }
}
