//! String literals: escape decoding, bytes, implicit concatenation and
//! f-strings (`{expr!conv:spec}` fields parsed as expressions).
//!
//! Positions in errors are byte offsets into the whole file, so a caret can
//! point inside a literal.

use crate::ast::{Constant, Conversion, Expr, ExprKind, Span};
use crate::error::SyntaxError;
use crate::parser;
use crate::token::StringToken;

/// One string token and where it stands in the file.
pub struct StringPart<'a> {
    pub start: usize,
    pub end: usize,
    pub token: &'a StringToken,
}

impl StringPart<'_> {
    fn body_start(&self) -> usize {
        self.start + self.token.body_offset as usize
    }
}

/// Joins adjacent literals (`'a' "b" f'{c}'`) into one constant or f-string.
pub fn concatenate(source: &str, parts: &[StringPart<'_>], span: Span) -> Result<Expr, SyntaxError> {
    let bytes = parts[0].token.bytes;
    if parts.iter().any(|part| part.token.bytes != bytes) {
        return Err(SyntaxError::new("cannot mix bytes and nonbytes literals", span));
    }
    if bytes {
        let mut value = Vec::new();
        for part in parts {
            value.extend(decode_bytes(part)?);
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(value.into())), span));
    }
    if !parts.iter().any(|part| part.token.fstring) {
        let mut value = String::new();
        for part in parts {
            value.push_str(&decode_str(part, &part.token.body, part.body_start()).map_err(|e| at_end(e, part))?);
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Str(value.into())), span));
    }
    let mut builder = JoinedBuilder::default();
    for part in parts {
        if part.token.fstring {
            parse_fstring(source, part, &part.token.body, part.body_start(), 0, &mut builder)
                .map_err(|e| at_end(e, part))?;
        } else {
            builder.literal(&decode_str(part, &part.token.body, part.body_start()).map_err(|e| at_end(e, part))?);
        }
    }
    Ok(builder.finish(span))
}

/// CPython 3.11 reports errors inside a literal at the literal's end.
fn at_end(mut error: SyntaxError, part: &StringPart<'_>) -> SyntaxError {
    error.span = Span::new(part.end, part.end);
    error
}

/// Collects the values of a JoinedStr, merging neighbouring literal text.
#[derive(Default)]
struct JoinedBuilder {
    values: Vec<Expr>,
    pending: String,
}

impl JoinedBuilder {
    fn literal(&mut self, text: &str) {
        self.pending.push_str(text);
    }

    fn field(&mut self, field: Expr) {
        self.flush();
        self.values.push(field);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.values.push(Expr::new(ExprKind::Constant(Constant::Str(text.into())), Span::default()));
        }
    }

    fn finish(mut self, span: Span) -> Expr {
        self.flush();
        Expr::new(ExprKind::JoinedStr(self.values), span)
    }
}

fn unicode_error(message: impl std::fmt::Display, position: usize) -> SyntaxError {
    SyntaxError::new(format!("(unicode error) {message}"), Span::new(position, position))
}

/// Decodes the escapes of a str literal's `text`, which starts at file offset `base`.
fn decode_str(part: &StringPart<'_>, text: &str, base: usize) -> Result<String, SyntaxError> {
    if part.token.raw {
        return Ok(text.to_owned());
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, escape)) = chars.next() else {
            out.push('\\');
            break;
        };
        let codec_error = |detail: &str, end: usize| {
            unicode_error(
                format!("'unicodeescape' codec can't decode bytes in position {i}-{}: {detail}", end.saturating_sub(1)),
                base + part.token.body.len(),
            )
        };
        match escape {
            '\n' => {}
            '\r' => {
                if chars.peek().is_some_and(|&(_, c)| c == '\n') {
                    chars.next();
                }
            }
            'x' | 'u' | 'U' => {
                let width = match escape {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = text[i + 2..].chars().take(width).take_while(char::is_ascii_hexdigit).collect();
                if digits.len() < width {
                    let name = match escape {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(codec_error(name, i + 2 + digits.len()));
                }
                for _ in 0..width {
                    chars.next();
                }
                let code = u32::from_str_radix(&digits, 16).expect("checked hex digits");
                match char::from_u32(code) {
                    Some(decoded) => out.push(decoded),
                    None => return Err(codec_error("illegal Unicode character", i + 2 + width)),
                }
            }
            'N' => {
                let rest = &text[i + 2..];
                let name = rest.strip_prefix('{').and_then(|r| r.find('}').map(|end| &r[..end]));
                let Some(name) = name else {
                    return Err(codec_error("malformed \\N character escape", i + 2));
                };
                let Some(decoded) = unicode_names2::character(name) else {
                    return Err(codec_error("unknown Unicode character name", i + 4 + name.len()));
                };
                out.push(decoded);
                for _ in 0..name.chars().count() + 2 {
                    chars.next();
                }
            }
            '0'..='7' => {
                let mut value = escape.to_digit(8).expect("octal digit");
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + d.to_digit(8).expect("octal digit");
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).expect("at most 0o777"));
            }
            other => match simple_escape(other) {
                Some(decoded) => out.push(decoded as char),
                // Python keeps unknown escapes as written (with a warning).
                None => {
                    out.push('\\');
                    out.push(other);
                }
            },
        }
    }
    Ok(out)
}

fn simple_escape(c: char) -> Option<u8> {
    Some(match c {
        '\\' => b'\\',
        '\'' => b'\'',
        '"' => b'"',
        'a' => 0x07,
        'b' => 0x08,
        'f' => 0x0C,
        'n' => b'\n',
        'r' => b'\r',
        't' => b'\t',
        'v' => 0x0B,
        _ => return None,
    })
}

fn decode_bytes(part: &StringPart<'_>) -> Result<Vec<u8>, SyntaxError> {
    let text = &part.token.body;
    if !text.is_ascii() {
        return Err(SyntaxError::new(
            "bytes can only contain ASCII literal characters",
            Span::new(part.start, part.end),
        ));
    }
    if part.token.raw {
        return Ok(text.as_bytes().to_vec());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' || i + 1 >= bytes.len() {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let escape = bytes[i + 1];
        i += 2;
        match escape {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'x' => {
                let digits = bytes.get(i..i + 2).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
                let Some(digits) = digits else {
                    return Err(SyntaxError::new(
                        format!("(value error) invalid \\x escape at position {}", i - 2),
                        Span::new(part.end, part.end),
                    ));
                };
                let digits = std::str::from_utf8(digits).expect("ASCII hex digits");
                out.push(u8::from_str_radix(digits, 16).expect("checked hex digits"));
                i += 2;
            }
            b'0'..=b'7' => {
                let mut value = u32::from(escape - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            other => match simple_escape(other as char) {
                Some(decoded) => out.push(decoded),
                None => out.extend([b'\\', other]),
            },
        }
    }
    Ok(out)
}

/// Parses the f-string `text` (file offset `base`) into `builder`. `depth`
/// counts format specs we are inside; Python allows fields two levels deep.
fn parse_fstring(
    source: &str,
    part: &StringPart<'_>,
    text: &str,
    base: usize,
    depth: usize,
    builder: &mut JoinedBuilder,
) -> Result<(), SyntaxError> {
    let bytes = text.as_bytes();
    let mut literal_start = 0;
    let mut i = 0;
    let error_at = |message: &str, offset: usize| SyntaxError::new(message, Span::new(base + offset, base + offset));
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if !part.token.raw && bytes.get(i + 1) == Some(&b'N') && bytes.get(i + 2) == Some(&b'{') => {
                // `\N{NAME}` is an escape, not a field.
                i = text[i..].find('}').map_or(bytes.len(), |end| i + end + 1);
            }
            b'\\' => i += 2,
            b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                builder.literal(&decode_str(part, &text[literal_start..i + 1], base + literal_start)?);
                i += 2;
                literal_start = i;
            }
            b'}' => return Err(error_at("f-string: single '}' is not allowed", i + 1)),
            b'{' => {
                builder.literal(&decode_str(part, &text[literal_start..i], base + literal_start)?);
                if depth >= 2 {
                    return Err(error_at("f-string: expressions nested too deeply", i + 1));
                }
                i = parse_field(source, part, text, base, i + 1, depth, builder)?;
                literal_start = i;
            }
            _ => i += 1,
        }
    }
    builder.literal(&decode_str(part, &text[literal_start.min(text.len())..], base + literal_start)?);
    Ok(())
}

/// Parses one `{...}` field whose expression starts at `start`; returns the
/// offset just past its closing brace.
fn parse_field(
    source: &str,
    part: &StringPart<'_>,
    text: &str,
    base: usize,
    start: usize,
    depth: usize,
    builder: &mut JoinedBuilder,
) -> Result<usize, SyntaxError> {
    let bytes = text.as_bytes();
    let error_at = |message: &str, offset: usize| SyntaxError::new(message, Span::new(base + offset, base + offset));
    let expr_end = scan_expression_end(text, start).map_err(|(message, at)| error_at(message, at))?;
    let expression_text = &text[start..expr_end];
    if expression_text.trim().is_empty() {
        return Err(error_at("f-string: empty expression not allowed", expr_end + 1));
    }
    let mut i = expr_end;
    let mut self_documenting = None;
    if bytes.get(i) == Some(&b'=') {
        i += 1;
        // The label keeps the source's spacing, also after the `=`.
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        self_documenting = Some(&text[start..i]);
    }
    let mut conversion = Conversion::None;
    if bytes.get(i) == Some(&b'!') {
        conversion = match bytes.get(i + 1) {
            Some(b's') => Conversion::Str,
            Some(b'r') => Conversion::Repr,
            Some(b'a') => Conversion::Ascii,
            _ => {
                return Err(error_at("f-string: invalid conversion character: expected 's', 'r', or 'a'", i + 2));
            }
        };
        i += 2;
    }
    let mut format_spec = None;
    if bytes.get(i) == Some(&b':') {
        let spec_start = i + 1;
        let spec_end =
            matching_brace(text, spec_start).ok_or_else(|| error_at("f-string: expecting '}'", text.len() + 1))?;
        let mut spec = JoinedBuilder::default();
        parse_fstring(source, part, &text[spec_start..spec_end], base + spec_start, depth + 1, &mut spec)?;
        format_spec = Some(Box::new(spec.finish(Span::new(base + spec_start, base + spec_end))));
        i = spec_end;
    }
    if bytes.get(i) != Some(&b'}') {
        return Err(error_at("f-string: expecting '}'", i.min(text.len()) + 1));
    }
    let value = parser::parse_fstring_expression(source, expression_text, base + start).map_err(|mut error| {
        error.message = format!("f-string: {}", error.message);
        error
    })?;
    if let Some(label) = self_documenting {
        builder.literal(label);
        if conversion == Conversion::None && format_spec.is_none() {
            conversion = Conversion::Repr;
        }
    }
    let span = Span::new(base + start - 1, base + i + 1);
    builder.field(Expr::new(ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }, span));
    Ok(i + 1)
}

/// Finds where a field's expression ends: at `!`, `:`, `=` (self-documenting)
/// or `}` outside any brackets or quotes.
fn scan_expression_end(text: &str, start: usize) -> Result<usize, (&'static str, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(q) = quote {
            if b == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match b {
            b'\\' => return Err(("f-string expression part cannot include a backslash", i + 1)),
            b'#' => return Err(("f-string expression part cannot include '#'", i + 1)),
            b'\'' | b'"' => quote = Some(b),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth > 0 => depth -= 1,
            b'}' => return Ok(i),
            b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => return Ok(i),
            b':' if depth == 0 => return Ok(i),
            b'=' if depth == 0 => {
                let prev = if i > start { bytes[i - 1] } else { b' ' };
                let next = bytes.get(i + 1).copied();
                let comparison = matches!(prev, b'=' | b'!' | b'<' | b'>') || next == Some(b'=');
                if !comparison {
                    return Ok(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(("f-string: expecting '}'", bytes.len() + 1))
}

/// The offset of the `}` that closes a format spec, skipping nested fields.
fn matching_brace(text: &str, start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate().skip(start) {
        match b {
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some(i),
            b'}' => depth -= 1,
            _ => {}
        }
    }
    None
}
