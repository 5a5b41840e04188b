//! printf-style formatting (`fmt % args`): reading one conversion spec and
//! formatting one converted argument.
//!
//! The VM walks the format string, copies text up to each `%`, calls
//! [`parse_percent`], and then, unless the spec is the literal `%%`, takes
//! the conversion's argument (the mapping value of a `(key)`, else the next
//! positional one), converts it as the conversion asks and formats it here.
//! "not all arguments converted", "not enough arguments" and the argument
//! type errors are the VM's.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::FormatError;
use super::float::{Style, render};
use super::int::{char_from_code, magnitude_digits};
use super::layout::{Field, Parts, layout_number, pad, reserve, sign_char};
use super::spec::{Align, Sign};
use super::string::truncate;

/// The flag characters `-`, `+`, space, `#` and `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-` (or a negative `*` width): pad on the right; overrides `0`.
    pub left: bool,
    /// `+`: always sign numbers; overrides space.
    pub sign: bool,
    /// ` `: a space where a non-negative number's sign would be.
    pub space: bool,
    /// `#`: `0o`/`0x` prefixes, a point always, `g` keeps trailing zeros.
    pub alternate: bool,
    /// `0`: numbers pad with zeros after the sign.
    pub zero: bool,
}

/// What the conversion character asks the VM to do with the argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `%%` straight after the `%`: write `%`; no argument is taken.
    Literal,
    /// `s`, `r`, `a`: `str()`, `repr()` or `ascii()`, then [`percent_str`].
    Str,
    Repr,
    Ascii,
    /// `d`, `i`, `u` (which take `int(x)`, so floats truncate), `o`, `x`,
    /// `X` (which take `__index__`): then [`percent_int`].
    Int,
    /// `e`, `E`, `f`, `F`, `g`, `G`: `float(x)`, then [`percent_float`].
    Float,
    /// `c`: an int ([`percent_char_code`]) or a one-character str, then
    /// [`percent_char`].
    Char,
    /// Anything else, `%` after flags included. CPython still takes the
    /// argument first (so "not enough arguments" wins), then raises
    /// [`PercentSpec::unsupported`].
    Unsupported,
}

/// One parsed conversion, with any `*` width and precision already pulled
/// from the arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec<'a> {
    /// The mapping key of `%(key)s`, parentheses balanced inside.
    pub key: Option<&'a str>,
    pub flags: PercentFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// The conversion character as written (`i`, not `d`), for the VM's
    /// messages such as "%x format: an integer is required, not float".
    pub ch: char,
    pub conversion: Conversion,
    /// The byte offset just past the conversion character, where the VM
    /// carries on copying.
    pub end: usize,
    /// The whole format string, for the position in error messages.
    source: &'a str,
}

/// What [`parse_percent`] needs from the VM's side while it reads a spec:
/// CPython consults the arguments in the middle of parsing, so a KeyError
/// or "* wants int" comes before a later "incomplete format".
pub trait PercentArgs {
    type Error: From<FormatError>;
    /// Whether the right operand is a mapping (so `%(key)` is allowed).
    fn is_mapping(&self) -> bool;
    /// `%(key)`: look the key up now (raising KeyError if absent) and keep
    /// the value as this conversion's argument.
    fn lookup_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// `*`: the next positional argument, which must be an int: raise
    /// TypeError "* wants int" otherwise, and "not enough arguments for
    /// format string" when none is left.
    fn star(&mut self) -> Result<BigInt, Self::Error>;
}

/// Reads the conversion spec that starts at byte `start` of `fmt`, just
/// after a `%`.
pub fn parse_percent<'a, A: PercentArgs>(
    fmt: &'a str,
    start: usize,
    args: &mut A,
) -> Result<PercentSpec<'a>, A::Error> {
    let mut reader = Reader { fmt, pos: start };
    let mut spec = PercentSpec {
        key: None,
        flags: PercentFlags::default(),
        width: None,
        precision: None,
        ch: '%',
        conversion: Conversion::Literal,
        end: start + 1,
        source: fmt,
    };
    if reader.eat('%') {
        return Ok(spec);
    }
    if reader.peek() == Some('(') {
        if !args.is_mapping() {
            return Err(FormatError::Type("format requires a mapping".into()).into());
        }
        let key = reader.key()?;
        args.lookup_key(key)?;
        spec.key = Some(key);
    }
    spec.flags = reader.flags();
    if reader.eat('*') {
        let width = args.star()?;
        let width = width.to_isize().ok_or_else(|| c_overflow("ssize_t"))?;
        spec.flags.left |= width < 0;
        spec.width = Some(width.unsigned_abs());
    } else {
        spec.width = reader.number(isize::MAX as usize, "width too big")?;
    }
    if reader.eat('.') {
        if reader.eat('*') {
            let precision = args.star()?;
            let precision = precision.to_i32().ok_or_else(|| c_overflow("int"))?;
            spec.precision = Some(precision.max(0) as usize);
        } else {
            let precision = reader.number(i32::MAX as usize, "precision too big")?;
            spec.precision = Some(precision.unwrap_or(0));
        }
    }
    // One length modifier, as in C's "%ld", is allowed and means nothing.
    let _ = reader.eat('h') || reader.eat('l') || reader.eat('L');
    let at = reader.pos;
    let ch = reader.next().ok_or_else(|| FormatError::value("incomplete format"))?;
    spec.ch = ch;
    spec.conversion = conversion_of(ch);
    spec.end = at + ch.len_utf8();
    Ok(spec)
}

impl PercentSpec<'_> {
    /// `ValueError: unsupported format character 'z' (0x7a) at index 1`,
    /// the index counted in code points of the whole format string.
    pub fn unsupported(&self) -> FormatError {
        let at = self.end - self.ch.len_utf8();
        let index = self.source[..at].chars().count();
        let code = u32::from(self.ch);
        let shown = if (31..=126).contains(&code) { self.ch } else { '?' };
        FormatError::Value(format!("unsupported format character '{shown}' (0x{code:x}) at index {index}"))
    }

    /// Spaces, or zeros after the sign, to the width.
    fn number_field(&self) -> Field {
        let (fill, align) = match (self.flags.left, self.flags.zero) {
            (true, _) => (' ', Align::Left),
            (false, true) => ('0', Align::AfterSign),
            (false, false) => (' ', Align::Right),
        };
        Field { fill, align, width: self.width.unwrap_or(0), grouping: None }
    }

    fn text_field(&self) -> Field {
        let align = if self.flags.left { Align::Left } else { Align::Right };
        Field { fill: ' ', align, width: self.width.unwrap_or(0), grouping: None }
    }

    fn sign(&self) -> Option<Sign> {
        match (self.flags.sign, self.flags.space) {
            (true, _) => Some(Sign::Plus),
            (false, true) => Some(Sign::Space),
            (false, false) => None,
        }
    }
}

/// `%d` `%i` `%u` `%o` `%x` `%X` of an int (already converted by the VM).
/// The precision is a minimum number of digits. `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0: no limit), which decimal output obeys.
pub fn percent_int(value: &BigInt, spec: &PercentSpec, max_str_digits: usize) -> Result<String, FormatError> {
    let (radix, prefix) = match spec.ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(value, radix, spec.ch == 'X', max_str_digits)?;
    if let Some(zeros) = spec.precision.and_then(|p| p.checked_sub(digits.len())).filter(|&z| z > 0) {
        let mut padded = String::new();
        reserve(&mut padded, zeros + digits.len())?;
        padded.extend(std::iter::repeat_n('0', zeros));
        padded.push_str(&digits);
        digits = padded;
    }
    let parts = Parts {
        sign: sign_char(value.is_negative(), spec.sign()),
        prefix: if spec.flags.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    layout_number(&parts, &spec.number_field())
}

/// `%e` `%E` `%f` `%F` `%g` `%G` of a float (already converted by the VM).
pub fn percent_float(value: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let style = match spec.ch {
        'e' | 'E' => Style::Exponent,
        'f' | 'F' => Style::Fixed,
        _ => Style::General { add_dot_0: false },
    };
    let mut number = render(value, style, spec.precision.unwrap_or(6), spec.flags.alternate)?;
    if spec.ch.is_ascii_uppercase() {
        number.rest.make_ascii_uppercase();
    }
    let parts =
        Parts { sign: sign_char(number.negative, spec.sign()), prefix: "", digits: &number.digits, rest: &number.rest };
    layout_number(&parts, &spec.number_field())
}

/// The character `%c` of an int stands for.
pub fn percent_char_code(code: &BigInt) -> Result<char, FormatError> {
    char_from_code(code.to_i64().unwrap_or(-1))
}

/// `%c`: the character padded to the width (the precision is ignored).
pub fn percent_char(c: char, spec: &PercentSpec) -> Result<String, FormatError> {
    pad(c.to_string(), 1, 0, &spec.text_field())
}

/// `%s` `%r` `%a` after the VM's str()/repr()/ascii(): cut to the
/// precision, padded to the width, in code points.
pub fn percent_str(text: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    let (kept, used) = truncate(text, spec.precision);
    pad(kept.to_owned(), used, 0, &spec.text_field())
}

fn conversion_of(ch: char) -> Conversion {
    match ch {
        's' => Conversion::Str,
        'r' => Conversion::Repr,
        'a' => Conversion::Ascii,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Conversion::Int,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => Conversion::Float,
        'c' => Conversion::Char,
        _ => Conversion::Unsupported,
    }
}

fn c_overflow(c_type: &str) -> FormatError {
    FormatError::Overflow(format!("Python int too large to convert to C {c_type}"))
}

/// A cursor over the format string, by characters.
struct Reader<'a> {
    fmt: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<char> {
        self.fmt[self.pos..].chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, wanted: char) -> bool {
        let found = self.peek() == Some(wanted);
        if found {
            self.pos += wanted.len_utf8();
        }
        found
    }

    /// `(key)` with balanced parentheses inside; the reader is on the `(`.
    fn key(&mut self) -> Result<&'a str, FormatError> {
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.next() {
            depth += match c {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            if depth == 0 {
                return Ok(&self.fmt[start..self.pos - 1]);
            }
        }
        Err(FormatError::value("incomplete format key"))
    }

    fn flags(&mut self) -> PercentFlags {
        let mut flags = PercentFlags::default();
        loop {
            match self.peek() {
                Some('-') => flags.left = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alternate = true,
                Some('0') => flags.zero = true,
                _ => return flags,
            }
            self.pos += 1;
        }
    }

    /// ASCII digits (not the Unicode digits format specs accept), at most
    /// `max`.
    fn number(&mut self, max: usize, too_big: &str) -> Result<Option<usize>, FormatError> {
        let start = self.pos;
        let mut value: usize = 0;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(digit as usize))
                .filter(|&v| v <= max)
                .ok_or_else(|| FormatError::value(too_big))?;
            self.pos += 1;
        }
        Ok((self.pos > start).then_some(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Arguments as a test double: positional ints for `*`, and a mapping
    /// whose only key is "a".
    struct Args {
        stars: Vec<BigInt>,
        mapping: bool,
    }

    impl PercentArgs for Args {
        type Error = FormatError;
        fn is_mapping(&self) -> bool {
            self.mapping
        }
        fn lookup_key(&mut self, key: &str) -> Result<(), FormatError> {
            if key == "a" { Ok(()) } else { Err(FormatError::value(format!("KeyError {key}"))) }
        }
        fn star(&mut self) -> Result<BigInt, FormatError> {
            if self.stars.is_empty() {
                return Err(FormatError::Type("not enough arguments for format string".into()));
            }
            Ok(self.stars.remove(0))
        }
    }

    fn parse<'a>(fmt: &'a str, stars: &[i64], mapping: bool) -> Result<PercentSpec<'a>, FormatError> {
        let mut args = Args { stars: stars.iter().map(|&s| BigInt::from(s)).collect(), mapping };
        let start = fmt.find('%').unwrap() + 1;
        parse_percent(fmt, start, &mut args)
    }

    #[test]
    fn literal_and_unsupported() {
        let spec = parse("a%%b", &[], false).unwrap();
        assert_eq!((spec.conversion, spec.end), (Conversion::Literal, 3));
        let spec = parse("%5%", &[], false).unwrap();
        assert_eq!(spec.conversion, Conversion::Unsupported);
        assert_eq!(spec.unsupported().message(), "unsupported format character '%' (0x25) at index 2");
        let spec = parse("é%é", &[], false).unwrap();
        assert_eq!(spec.unsupported().message(), "unsupported format character '?' (0xe9) at index 2");
        assert_eq!(spec.end, "é%é".len());
    }

    #[test]
    fn stars_keys_and_modifiers() {
        let spec = parse("%(a)-*.*ld", &[-7, -2], true).unwrap();
        assert_eq!(spec.key, Some("a"));
        assert_eq!((spec.width, spec.precision, spec.flags.left), (Some(7), Some(0), true));
        assert_eq!(spec.ch, 'd');
        let spec = parse("%(a(b)c)s", &[], true);
        assert_eq!(spec.unwrap_err().message(), "KeyError a(b)c");
        assert_eq!(parse("%(a)s", &[], false).unwrap_err(), FormatError::Type("format requires a mapping".into()));
        assert_eq!(parse("%(a", &[], true).unwrap_err().message(), "incomplete format key");
        assert_eq!(parse("%*", &[5], false).unwrap_err().message(), "incomplete format");
        assert_eq!(parse("%*d", &[], false).unwrap_err().message(), "not enough arguments for format string");
        assert_eq!(parse("%lld", &[], false).unwrap().ch, 'l');
        assert_eq!(parse("%.f", &[], false).unwrap().precision, Some(0));
    }

    #[test]
    fn star_ranges() {
        let mut args = Args { stars: vec![BigInt::from(1) << 63], mapping: false };
        let error = parse_percent("%*d", 1, &mut args).unwrap_err();
        assert_eq!(error, FormatError::Overflow("Python int too large to convert to C ssize_t".into()));
        let mut args = Args { stars: vec![BigInt::from(1) << 31], mapping: false };
        let error = parse_percent("%.*d", 1, &mut args).unwrap_err();
        assert_eq!(error, FormatError::Overflow("Python int too large to convert to C int".into()));
        assert_eq!(parse("%99999999999999999999d", &[], false).unwrap_err().message(), "width too big");
        assert_eq!(parse("%.2147483648d", &[], false).unwrap_err().message(), "precision too big");
        assert_eq!(parse("%.2147483647d", &[], false).unwrap().precision, Some(i32::MAX as usize));
    }
}
