//! `str.format` templates: splitting `"{0!r:>{width}} {name.attr[key]}"`
//! into literal text and replacement fields, and parsing field names.
//!
//! CPython parses lazily, one field at a time, while it formats: in
//! `'{a}{'.format()` the missing key `a` is reported, not the stray `{`.
//! To raise the same exception, everything here is lazy too:
//! [`TemplateParser`] yields one piece at a time and
//! [`FieldName::accessors`] one `.attr` or `[key]` at a time. The VM can
//! drive them itself (`_string.formatter_parser` yields exactly the
//! [`Piece`]s) or let [`render_template`] run `str.format` given a
//! [`FormatHost`] that looks up, converts and formats values.

use super::TextError;
use super::ucd::decimal_value;

/// One step of a template: literal text, then optionally a field. The
/// literal has doubled braces already undoubled (`"a{{b"` is the pieces
/// `"a{"` and `"b"`), which is how `_string.formatter_parser` splits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    pub literal: &'a str,
    pub field: Option<RawField<'a>>,
}

/// A replacement field as written, before its name is interpreted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawField<'a> {
    /// Everything before `!` or `:`, e.g. `"name.attr[key]"`; may be empty.
    pub name: &'a str,
    /// The character after `!`, unchecked (see [`Conversion::parse`]).
    pub conversion: Option<char>,
    /// The format spec after `:`, which may hold nested fields.
    pub spec: &'a str,
}

impl RawField<'_> {
    /// Whether the spec has nested fields to expand before formatting.
    pub fn spec_has_fields(&self) -> bool {
        self.spec.contains('{')
    }
}

/// Iterates over the pieces of a template. After an error it yields
/// nothing more.
#[derive(Debug, Clone)]
pub struct TemplateParser<'a> {
    rest: &'a str,
}

impl<'a> TemplateParser<'a> {
    pub fn new(template: &'a str) -> TemplateParser<'a> {
        TemplateParser { rest: template }
    }

    fn next_piece(&mut self) -> Result<Piece<'a>, TextError> {
        let text = self.rest;
        let Some(at) = text.find(['{', '}']) else {
            self.rest = "";
            return Ok(Piece { literal: text, field: None });
        };
        let brace = text.as_bytes()[at];
        let doubled = text.as_bytes().get(at + 1) == Some(&brace);
        if doubled {
            // Keep the first brace of the pair as literal text.
            self.rest = &text[at + 2..];
            return Ok(Piece { literal: &text[..at + 1], field: None });
        }
        if brace == b'}' {
            return Err(TextError::value("Single '}' encountered in format string"));
        }
        if at + 1 == text.len() {
            return Err(TextError::value("Single '{' encountered in format string"));
        }
        let (field, rest) = parse_field(&text[at + 1..])?;
        self.rest = rest;
        Ok(Piece { literal: &text[..at], field: Some(field) })
    }
}

impl<'a> Iterator for TemplateParser<'a> {
    type Item = Result<Piece<'a>, TextError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let piece = self.next_piece();
        if piece.is_err() {
            self.rest = "";
        }
        Some(piece)
    }
}

/// Parses a field from just after its `{`; returns it and the text after
/// its closing `}`.
fn parse_field(text: &str) -> Result<(RawField<'_>, &str), TextError> {
    let name_end = field_name_end(text)?;
    let name = &text[..name_end];
    let mut field = RawField { name, conversion: None, spec: "" };
    let mut rest = &text[name_end + 1..];
    match text.as_bytes()[name_end] {
        b'}' => return Ok((field, rest)),
        b'!' => {
            let mut chars = rest.chars();
            let conversion =
                chars.next().ok_or_else(|| TextError::value("end of string while looking for conversion specifier"))?;
            field.conversion = Some(conversion);
            rest = chars.as_str();
            match rest.as_bytes().first() {
                Some(b'}') => return Ok((field, &rest[1..])),
                Some(b':') => rest = &rest[1..],
                Some(_) => {
                    return Err(TextError::value("expected ':' after conversion specifier"));
                }
                // Nothing left: the spec scan below reports the open field.
                None => {}
            }
        }
        _ => {} // ':'
    }
    let spec_end = spec_end(rest)?;
    field.spec = &rest[..spec_end];
    Ok((field, &rest[spec_end + 1..]))
}

/// The offset of the `}`, `!` or `:` that ends a field name. Inside
/// `[...]` anything goes, so `{0[}]}` has the name `0[}]`.
fn field_name_end(text: &str) -> Result<usize, TextError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'}' | b'!' | b':' => return Ok(i),
            b'{' => return Err(TextError::value("unexpected '{' in field name")),
            b'[' => match bytes[i..].iter().position(|&b| b == b']') {
                Some(close) => i += close,
                None => break,
            },
            _ => {}
        }
        i += 1;
    }
    Err(TextError::value("expected '}' before end of string"))
}

/// The offset of the `}` that closes a format spec, counting the braces
/// of nested fields.
fn spec_end(text: &str) -> Result<usize, TextError> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' if depth == 0 => return Ok(i),
            b'}' => depth -= 1,
            _ => {}
        }
    }
    Err(TextError::value("unmatched '{' in format spec"))
}

/// The `!r`, `!s` or `!a` of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Repr,
    Str,
    Ascii,
}

impl Conversion {
    /// Checks the character after `!`.
    pub fn parse(c: char) -> Result<Conversion, TextError> {
        match c {
            'r' => Ok(Conversion::Repr),
            's' => Ok(Conversion::Str),
            'a' => Ok(Conversion::Ascii),
            // CPython prints printable ASCII as itself, anything else in hex.
            '!'..='~' => Err(TextError::value(format!("Unknown conversion specifier {c}"))),
            _ => Err(TextError::value(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        }
    }
}

/// Which argument a field names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgRef<'a> {
    /// A positional argument: all decimal digits (`{0}`, `{٣}`) or,
    /// after automatic numbering, an empty name.
    Index(usize),
    /// A keyword argument: any other name, taken verbatim (`{ 0}`).
    Name(&'a str),
}

/// A field name split into the argument and its chain of accessors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldName<'a> {
    /// `None` for an empty name (`{}`, `{.attr}`, `{[0]}`): the next
    /// argument in automatic numbering.
    pub first: Option<ArgRef<'a>>,
    /// The `.attr` and `[key]` parts, parsed by [`FieldName::accessors`].
    pub rest: &'a str,
}

impl<'a> FieldName<'a> {
    /// Splits the argument from its accessors (`formatter_field_name_split`).
    /// The argument ends at the first `.` or `[`.
    pub fn parse(name: &'a str) -> Result<FieldName<'a>, TextError> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(end);
        let first =
            if first.is_empty() { None } else { Some(parse_index(first)?.map_or(ArgRef::Name(first), ArgRef::Index)) };
        Ok(FieldName { first, rest })
    }

    /// The accessors, in order; an error ends the sequence.
    pub fn accessors(&self) -> Accessors<'a> {
        Accessors { rest: self.rest, junk_after_bracket: false }
    }
}

/// A number if `text` is all decimal digits (any script's), as CPython
/// reads field names and item keys.
fn parse_index(text: &str) -> Result<Option<usize>, TextError> {
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| TextError::value("Too many decimal digits in format string"))?;
    }
    Ok((!text.is_empty()).then_some(value))
}

/// One step along a field name after the argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accessor<'a> {
    /// `.name`: `getattr(value, name)`.
    Attr(&'a str),
    /// `[digits]`: `value[int]`.
    Index(usize),
    /// `[text]`: `value[str]`, the text taken verbatim (`[ 1]` is `' 1'`).
    Key(&'a str),
}

/// Iterator over a field name's accessors.
#[derive(Debug, Clone)]
pub struct Accessors<'a> {
    rest: &'a str,
    /// Text after a `]` that is neither `.` nor `[`: an error, raised only
    /// after the lookup of that `[key]`, as CPython does.
    junk_after_bracket: bool,
}

impl<'a> Accessors<'a> {
    fn next_accessor(&mut self) -> Result<Accessor<'a>, TextError> {
        let empty = || TextError::value("Empty attribute in format string");
        if let Some(after_dot) = self.rest.strip_prefix('.') {
            // An attribute name runs to the next '.' or '['.
            let end = after_dot.find(['.', '[']).unwrap_or(after_dot.len());
            self.rest = &after_dot[end..];
            return match &after_dot[..end] {
                "" => Err(empty()),
                attr => Ok(Accessor::Attr(attr)),
            };
        }
        let after_bracket = &self.rest[1..]; // a '[', by construction
        let close = after_bracket.find(']').ok_or_else(|| TextError::value("Missing ']' in format string"))?;
        let key = &after_bracket[..close];
        self.rest = &after_bracket[close + 1..];
        if key.is_empty() {
            return Err(empty());
        }
        self.junk_after_bracket = !self.rest.is_empty() && !self.rest.starts_with(['.', '[']);
        Ok(match parse_index(key)? {
            Some(index) => Accessor::Index(index),
            None => Accessor::Key(key),
        })
    }
}

impl<'a> Iterator for Accessors<'a> {
    type Item = Result<Accessor<'a>, TextError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let step = if self.junk_after_bracket {
            Err(TextError::value("Only '.' or '[' may follow ']' in format field specifier"))
        } else {
            self.next_accessor()
        };
        if step.is_err() {
            self.rest = "";
        }
        Some(step)
    }
}

/// Automatic field numbering (`{}`) and manual numbering (`{0}`) cannot be
/// mixed in one `str.format` call; keyword fields go with either.
#[derive(Debug, Clone, Default)]
pub struct AutoNumbering {
    mode: Option<NumberingMode>,
    next: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberingMode {
    Automatic,
    Manual,
}

impl AutoNumbering {
    pub fn new() -> AutoNumbering {
        AutoNumbering::default()
    }

    /// The argument a field refers to: `None` (an empty name) takes the
    /// next automatic number.
    pub fn resolve<'a>(&mut self, first: Option<ArgRef<'a>>) -> Result<ArgRef<'a>, TextError> {
        let mode = match first {
            Some(arg @ ArgRef::Name(_)) => return Ok(arg),
            Some(ArgRef::Index(_)) => NumberingMode::Manual,
            None => NumberingMode::Automatic,
        };
        match (*self.mode.get_or_insert(mode), first) {
            (NumberingMode::Manual, None) => {
                Err(TextError::value("cannot switch from manual field specification to automatic field numbering"))
            }
            (NumberingMode::Automatic, Some(_)) => {
                Err(TextError::value("cannot switch from automatic field numbering to manual field specification"))
            }
            (_, Some(arg)) => Ok(arg),
            (_, None) => {
                self.next += 1;
                Ok(ArgRef::Index(self.next - 1))
            }
        }
    }
}

/// What [`render_template`] needs from the VM: the values and their
/// Python-level operations. Each method raises whatever Python would
/// (`IndexError: Replacement index 3 out of range for positional args
/// tuple`, `KeyError`, errors from `__getattr__` and `__format__`).
pub trait FormatHost {
    type Value;
    type Error: From<TextError>;

    /// The positional or keyword argument a field names.
    fn argument(&mut self, arg: ArgRef<'_>) -> Result<Self::Value, Self::Error>;
    /// Applies one `.attr` or `[key]` step.
    fn access(&mut self, value: Self::Value, accessor: Accessor<'_>) -> Result<Self::Value, Self::Error>;
    /// `repr()`, `str()` or `ascii()` of the value.
    fn convert(&mut self, value: Self::Value, conversion: Conversion) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`, appended to `out`.
    fn format(&mut self, value: Self::Value, spec: &str, out: &mut String) -> Result<(), Self::Error>;
}

/// How deep format specs may nest fields: `'{:{}}'` is fine,
/// `'{:{:{}}}'` is not.
const MAX_RECURSION: usize = 2;

/// `template.format(...)`, with values from `host`; steps happen in
/// CPython's order, so the first error raised is the one CPython raises.
pub fn render_template<H: FormatHost>(template: &str, host: &mut H) -> Result<String, H::Error> {
    let mut out = String::with_capacity(template.len());
    let mut numbering = AutoNumbering::new();
    render(template, host, &mut numbering, MAX_RECURSION, &mut out)?;
    Ok(out)
}

fn render<H: FormatHost>(
    template: &str,
    host: &mut H,
    numbering: &mut AutoNumbering,
    depth: usize,
    out: &mut String,
) -> Result<(), H::Error> {
    if depth == 0 {
        return Err(TextError::value("Max string recursion exceeded").into());
    }
    for piece in TemplateParser::new(template) {
        let piece = piece?;
        out.push_str(piece.literal);
        if let Some(field) = piece.field {
            render_field(&field, host, numbering, depth, out)?;
        }
    }
    Ok(())
}

fn render_field<H: FormatHost>(
    field: &RawField<'_>,
    host: &mut H,
    numbering: &mut AutoNumbering,
    depth: usize,
    out: &mut String,
) -> Result<(), H::Error> {
    let name = FieldName::parse(field.name)?;
    let mut value = host.argument(numbering.resolve(name.first)?)?;
    for accessor in name.accessors() {
        value = host.access(value, accessor?)?;
    }
    if let Some(c) = field.conversion {
        value = host.convert(value, Conversion::parse(c)?)?;
    }
    if field.spec_has_fields() {
        let mut spec = String::new();
        render(field.spec, host, numbering, depth - 1, &mut spec)?;
        host.format(value, &spec, out)
    } else {
        host.format(value, field.spec, out)
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    type RawPiece = (&'static str, Option<(&'static str, Option<char>, &'static str)>);

    #[test]
    fn templates_split_as_formatter_parser_does() {
        #[rustfmt::skip]
        let cases: &[(&str, &[RawPiece], Option<&str>)] = &[
        // (template, pieces as (literal, field as (name, conversion, spec)), error), from python3.
        ("", &[], None),
        ("plain", &[("plain", None)], None),
        ("{0!r:>{width}} {name.attr[key]} {{literal}}", &[("", Some(("0", Some('r'), ">{width}"))), (" ", Some(("name.attr[key]", None, ""))), (" {", None), ("literal}", None)], None),
        ("a{{b", &[("a{", None), ("b", None)], None),
        ("}}", &[("}", None)], None),
        ("{{}}", &[("{", None), ("}", None)], None),
        ("}", &[], Some("Single '}' encountered in format string")),
        ("{", &[], Some("Single '{' encountered in format string")),
        ("a}b", &[], Some("Single '}' encountered in format string")),
        ("abc{", &[], Some("Single '{' encountered in format string")),
        ("{0!}", &[], Some("unmatched '{' in format spec")),
        ("{0!", &[], Some("end of string while looking for conversion specifier")),
        ("{!r}", &[("", Some(("", Some('r'), "")))], None),
        ("{0!rr}", &[], Some("expected ':' after conversion specifier")),
        ("{0!r", &[], Some("unmatched '{' in format spec")),
        ("{0:", &[], Some("unmatched '{' in format spec")),
        ("{0:{}", &[], Some("unmatched '{' in format spec")),
        ("{0:{}}", &[("", Some(("0", None, "{}")))], None),
        ("{0", &[], Some("expected '}' before end of string")),
        ("{0[}", &[], Some("expected '}' before end of string")),
        ("{0[}]}", &[("", Some(("0[}]", None, "")))], None),
        ("{0[]}", &[("", Some(("0[]", None, "")))], None),
        ("{a{b}", &[], Some("unexpected '{' in field name")),
        ("{0]}", &[("", Some(("0]", None, "")))], None),
        ("{:}}}", &[("", Some(("", None, ""))), ("}", None)], None),
        ("{0!:}", &[("", Some(("0", Some(':'), "")))], None),
        ("{0!x}", &[("", Some(("0", Some('x'), "")))], None),
        ("{0!\u{e9}}", &[("", Some(("0", Some('\u{e9}'), "")))], None),
        ("{0:}}", &[("", Some(("0", None, "")))], Some("Single '}' encountered in format string")),
        ("x{}y{}", &[("x", Some(("", None, ""))), ("y", Some(("", None, "")))], None),
        ("{!}", &[], Some("unmatched '{' in format spec")),
        ("{!:}", &[("", Some(("", Some(':'), "")))], None),
        ("{0[{]}", &[("", Some(("0[{]", None, "")))], None),
        ("{0.{}", &[], Some("unexpected '{' in field name")),
        ("{[}", &[], Some("expected '}' before end of string")),
        ("{0[a}b]}", &[("", Some(("0[a}b]", None, "")))], None),
        ("{0!r:x}", &[("", Some(("0", Some('r'), "x")))], None),
        ("{0!r:}", &[("", Some(("0", Some('r'), "")))], None),
        ("{ }", &[("", Some((" ", None, "")))], None),
        ("{0:{{}}}", &[("", Some(("0", None, "{{}}")))], None),
        ("ab}c}}", &[], Some("Single '}' encountered in format string")),
        ("{0!r!s}", &[], Some("expected ':' after conversion specifier")),
        ("\u{65e5}\u{672c}{0}\u{8a9e}{{\u{1f600}}}", &[("\u{65e5}\u{672c}", Some(("0", None, ""))), ("\u{8a9e}{", None), ("\u{1f600}}", None)], None),
        ("{\u{e9}:\u{fc}}", &[("", Some(("\u{e9}", None, "\u{fc}")))], None),
        ("{0:{a}{b}x}", &[("", Some(("0", None, "{a}{b}x")))], None),
        ("{:{:{}}}", &[("", Some(("", None, "{:{}}")))], None),
        ("{0:{1:{2}}}!", &[("", Some(("0", None, "{1:{2}}"))), ("!", None)], None),
        ];
        for &(template, pieces, error) in cases {
            let mut parser = TemplateParser::new(template);
            for &(literal, field) in pieces {
                let field = field.map(|(name, conversion, spec)| RawField { name, conversion, spec });
                assert_eq!(parser.next(), Some(Ok(Piece { literal, field })), "{template:?}");
            }
            let end = parser.next().map(|piece| piece.unwrap_err().message);
            assert_eq!(end.as_deref(), error, "{template:?}");
            assert_eq!(parser.next(), None, "{template:?}");
        }
    }

    type FirstOrError = Result<Option<ArgRef<'static>>, &'static str>;

    #[test]
    fn field_names_split_as_formatter_field_name_split_does() {
        use Accessor::{Attr, Index, Key};
        use ArgRef::Name;
        let index = ArgRef::Index;
        #[rustfmt::skip]
        let cases: &[(&str, FirstOrError, &[Accessor<'_>], Option<&str>)] = &[
        // (name, first, accessors, error), from python3.
        ("", Ok(None), &[], None),
        ("0", Ok(Some(index(0))), &[], None),
        ("a", Ok(Some(Name("a"))), &[], None),
        ("0.a", Ok(Some(index(0))), &[Attr("a")], None),
        ("0[1]", Ok(Some(index(0))), &[Index(1)], None),
        ("a[b].c", Ok(Some(Name("a"))), &[Key("b"), Attr("c")], None),
        ("0[]", Ok(Some(index(0))), &[], Some("Empty attribute in format string")),
        ("0.", Ok(Some(index(0))), &[], Some("Empty attribute in format string")),
        ("0..a", Ok(Some(index(0))), &[], Some("Empty attribute in format string")),
        (".a", Ok(None), &[Attr("a")], None),
        ("[0]", Ok(None), &[Index(0)], None),
        ("0]", Ok(Some(Name("0]"))), &[], None),
        ("0[a", Ok(Some(index(0))), &[], Some("Missing ']' in format string")),
        ("0[a]b", Ok(Some(index(0))), &[Key("a")], Some("Only '.' or '[' may follow ']' in format field specifier")),
        ("0[a].", Ok(Some(index(0))), &[Key("a")], Some("Empty attribute in format string")),
        ("0[a][b]", Ok(Some(index(0))), &[Key("a"), Key("b")], None),
        ("0[ 1]", Ok(Some(index(0))), &[Key(" 1")], None),
        ("0[-1]", Ok(Some(index(0))), &[Key("-1")], None),
        ("0[01]", Ok(Some(index(0))), &[Index(1)], None),
        ("00", Ok(Some(index(0))), &[], None),
        ("0x", Ok(Some(Name("0x"))), &[], None),
        (" 0", Ok(Some(Name(" 0"))), &[], None),
        ("\u{663}", Ok(Some(index(3))), &[], None),
        ("\u{663}.a[\u{663}]", Ok(Some(index(3))), &[Attr("a"), Index(3)], None),
        ("99999999999999999999", Err("Too many decimal digits in format string"), &[], None),
        ("9223372036854775807", Ok(Some(index(9223372036854775807))), &[], None),
        ("9223372036854775808", Err("Too many decimal digits in format string"), &[], None),
        ("0[99999999999999999999]", Ok(Some(index(0))), &[], Some("Too many decimal digits in format string")),
        ("a.b.c", Ok(Some(Name("a"))), &[Attr("b"), Attr("c")], None),
        ("0[a.b]", Ok(Some(index(0))), &[Key("a.b")], None),
        ("0.a[", Ok(Some(index(0))), &[Attr("a")], Some("Missing ']' in format string")),
        ("0[]]", Ok(Some(index(0))), &[], Some("Empty attribute in format string")),
        ("\u{e9}[\u{fc}]", Ok(Some(Name("\u{e9}"))), &[Key("\u{fc}")], None),
        ("0[0]x", Ok(Some(index(0))), &[Index(0)], Some("Only '.' or '[' may follow ']' in format field specifier")),
        ("0.a]b", Ok(Some(index(0))), &[Attr("a]b")], None),
        ("0[}]", Ok(Some(index(0))), &[Key("}")], None),
        ("0.[a]", Ok(Some(index(0))), &[], Some("Empty attribute in format string")),
        ("0[a]]", Ok(Some(index(0))), &[Key("a")], Some("Only '.' or '[' may follow ']' in format field specifier")),
        ];
        for &(name, first, accessors, error) in cases {
            let parsed = FieldName::parse(name);
            let got_first = parsed.as_ref().map(|n| n.first).map_err(|e| &*e.message);
            assert_eq!(got_first, first, "{name:?}");
            let Ok(parsed) = parsed else { continue };
            let mut steps = parsed.accessors();
            for &accessor in accessors {
                assert_eq!(steps.next(), Some(Ok(accessor)), "{name:?}");
            }
            let end = steps.next().map(|step| step.unwrap_err().message);
            assert_eq!(end.as_deref(), error, "{name:?}");
            assert_eq!(steps.next(), None, "{name:?}");
        }
    }

    /// Mimics, in the VM's place, a Python test class whose values record
    /// how they were reached: `getattr(v, 'x')` is `v.x`, `v[1]` is
    /// `v[1]`, `v['k']` is `v['k']`, and `format(v, spec)` is `<v|spec>`.
    pub(in super::super) struct Recorder;

    #[derive(Debug)]
    pub(in super::super) enum Value {
        Recorded(String),
        /// The `str` a conversion returns; formatted with an empty spec.
        Converted(String),
    }

    /// An exception as `"KeyError: 'x'"`.
    #[derive(Debug)]
    pub(in super::super) struct Raised(pub(in super::super) String);

    impl From<TextError> for Raised {
        fn from(err: TextError) -> Raised {
            Raised(format!("{}: {}", err.kind.class_name(), err.message))
        }
    }

    impl FormatHost for Recorder {
        type Value = Value;
        type Error = Raised;

        fn argument(&mut self, arg: ArgRef<'_>) -> Result<Value, Raised> {
            match arg {
                ArgRef::Index(i) if i < 3 => Ok(Value::Recorded(format!("a{i}"))),
                ArgRef::Index(i) => {
                    Err(Raised(format!("IndexError: Replacement index {i} out of range for positional args tuple")))
                }
                ArgRef::Name(name @ ("name" | "width" | "a" | "b")) => Ok(Value::Recorded(format!("k{name}"))),
                ArgRef::Name(name) => Err(Raised(format!("KeyError: '{name}'"))),
            }
        }

        fn access(&mut self, value: Value, accessor: Accessor<'_>) -> Result<Value, Raised> {
            let Value::Recorded(path) = value else { unreachable!() };
            Ok(Value::Recorded(match accessor {
                Accessor::Attr(name) => format!("{path}.{name}"),
                Accessor::Index(i) => format!("{path}[{i}]"),
                Accessor::Key(key) => format!("{path}['{key}']"),
            }))
        }

        fn convert(&mut self, value: Value, conversion: Conversion) -> Result<Value, Raised> {
            let Value::Recorded(path) = value else { unreachable!() };
            let wrapper = if conversion == Conversion::Str { 'S' } else { 'R' };
            Ok(Value::Converted(format!("{wrapper}({path})")))
        }

        fn format(&mut self, value: Value, spec: &str, out: &mut String) -> Result<(), Raised> {
            match value {
                Value::Recorded(path) => out.push_str(&format!("<{path}|{spec}>")),
                Value::Converted(text) if spec.is_empty() => out.push_str(&text),
                Value::Converted(_) => unreachable!("no test formats a converted value"),
            }
            Ok(())
        }
    }

    #[test]
    fn renders_as_str_format_does() {
        #[rustfmt::skip]
        let cases: &[(&str, Result<&str, &str>)] = &[
        // (template, Ok(output) or Err(exception)), from python3.
        ("", Ok("")),
        ("x", Ok("x")),
        ("{0}", Ok("<a0|>")),
        ("{}{}", Ok("<a0|><a1|>")),
        ("{0}{1}{0}", Ok("<a0|><a1|><a0|>")),
        ("{name}", Ok("<kname|>")),
        ("{}{name}{}", Ok("<a0|><kname|><a1|>")),
        ("{0.x[1][k].y}", Ok("<a0.x[1]['k'].y|>")),
        ("{0!r}", Ok("R(a0)")),
        ("{0!s}", Ok("S(a0)")),
        ("{!a}", Ok("R(a0)")),
        ("{0:>{1}}", Ok("<a0|><a1|>>")),
        ("{:{}}", Ok("<a0|<a1|>>")),
        ("{:{}{}}x{}", Err("IndexError: Replacement index 3 out of range for positional args tuple")),
        ("{:{:{}}}", Err("ValueError: Max string recursion exceeded")),
        ("{0:{1:{2}}}", Err("ValueError: Max string recursion exceeded")),
        ("{0}{}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
        ("{}{0}", Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
        ("{a}{", Err("ValueError: Single '{' encountered in format string")),
        ("{0}{1}{", Err("ValueError: Single '{' encountered in format string")),
        ("{5!z}", Err("IndexError: Replacement index 5 out of range for positional args tuple")),
        ("{0!z:{5}}", Err("ValueError: Unknown conversion specifier z")),
        ("{0:{1:{5}}}", Err("ValueError: Max string recursion exceeded")),
        ("{0.}", Err("ValueError: Empty attribute in format string")),
        ("{5.}", Err("IndexError: Replacement index 5 out of range for positional args tuple")),
        ("{0[a]b}", Err("ValueError: Only '.' or '[' may follow ']' in format field specifier")),
        ("{3}", Err("IndexError: Replacement index 3 out of range for positional args tuple")),
        ("{missing}", Err("KeyError: 'missing'")),
        ("{0[}]}", Ok("<a0['}']|>")),
        ("{0[{]}", Ok("<a0['{']|>")),
        ("{.x}", Ok("<a0.x|>")),
        ("{[0]}", Ok("<a0[0]|>")),
        ("{[0]}{}", Ok("<a0[0]|><a1|>")),
        ("{}{a}{1}", Err("ValueError: cannot switch from automatic field numbering to manual field specification")),
        ("{0:{{}}}", Ok("<a0|{}>")),
        ("{:{name}}", Ok("<a0|<kname|>>")),
        ("{0:x{{y}}z}", Ok("<a0|x{y}z>")),
        ("{\u{663}}", Err("IndexError: Replacement index 3 out of range for positional args tuple")),
        ("{0!r:}", Ok("R(a0)")),
        ("{0!\u{e9}}", Err("ValueError: Unknown conversion specifier \\xe9")),
        ("{0! }", Err("ValueError: Unknown conversion specifier \\x20")),
        ("{0!\u{7f}}", Err("ValueError: Unknown conversion specifier \\x7f")),
        ("{0!\u{1f600}}", Err("ValueError: Unknown conversion specifier \\x1f600")),
        ("{{{0}}}", Ok("{<a0|>}")),
        ("\u{65e5}\u{672c}{0}\u{8a9e}", Ok("\u{65e5}\u{672c}<a0|>\u{8a9e}")),
        ("{0:{:}}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
        ("{name:{width}.{}}", Ok("<kname|<kwidth|>.<a0|>>")),
        ("{0.a[}", Err("ValueError: expected '}' before end of string")),
        ("{0:{}}{}", Err("ValueError: cannot switch from manual field specification to automatic field numbering")),
        ("{0:{a:{b}}}", Err("ValueError: Max string recursion exceeded")),
        ("{0}}", Err("ValueError: Single '}' encountered in format string")),
        ("{0:{{{1}}}}", Ok("<a0|{<a1|>}>")),
        ("{99999999999999999999}", Err("ValueError: Too many decimal digits in format string")),
        ("{0[99999999999999999999]}", Err("ValueError: Too many decimal digits in format string")),
        ("{missing}{", Err("KeyError: 'missing'")),
        ("{5}{", Err("IndexError: Replacement index 5 out of range for positional args tuple")),
        ("{0[a]b}{", Err("ValueError: Only '.' or '[' may follow ']' in format field specifier")),
        ("{missing!z}", Err("KeyError: 'missing'")),
        ];
        for &(template, expected) in cases {
            let rendered = render_template(template, &mut Recorder).map_err(|raised| raised.0);
            assert_eq!(rendered.as_deref(), expected.map_err(String::from).as_deref(), "{template:?}");
        }
    }

    #[test]
    fn numbering_modes_do_not_mix() {
        let mut numbering = AutoNumbering::new();
        assert_eq!(numbering.resolve(Some(ArgRef::Name("x"))), Ok(ArgRef::Name("x")));
        assert_eq!(numbering.resolve(None), Ok(ArgRef::Index(0)));
        assert_eq!(numbering.resolve(None), Ok(ArgRef::Index(1)));
        assert!(numbering.resolve(Some(ArgRef::Index(0))).is_err());
        let mut numbering = AutoNumbering::new();
        assert_eq!(numbering.resolve(Some(ArgRef::Index(4))), Ok(ArgRef::Index(4)));
        assert!(numbering.resolve(None).is_err());
    }
}
