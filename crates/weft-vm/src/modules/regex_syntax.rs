//! Python's regular-expression syntax, rewritten into `fancy-regex`'s.
//!
//! The two agree on most of the language (classes, quantifiers, groups,
//! look-around, backreferences, `(?P<name>…)`); what differs is rewritten:
//!
//! - `$` without MULTILINE matches at the end *or before a final newline*
//!   (`(?=\n?\z)`); `\Z` is the absolute end (`\z`).
//! - A `{` that does not start a valid quantifier is a literal; `{,n}` means
//!   `{0,n}`.
//! - Inside a class, `[`, `&&`, `--` and `~~` are literals (set operators in
//!   the Rust syntax).
//! - Escapes: octal (`\0`, `\012`), `\xhh`, `\uhhhh`, `\Uhhhhhhhh` become
//!   `\x{…}`; `\s` also matches `\x1c`–`\x1f`, as `str.isspace` does; an
//!   unknown ASCII-letter escape is an error, as in Python.
//! - VERBOSE is applied here (whitespace and `#` comments dropped outside
//!   classes, kept inside, as Python does); ASCII (and every bytes pattern)
//!   turns `\d`, `\w`, `\s`, `\b` into their ASCII forms.
//! - `(?#…)` comments are dropped; global flags at the start are read here.
//!
//! Also recorded: each capturing group's enclosing group, which
//! `Match.lastindex` needs (the group that closed last).

pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const UNICODE: i64 = 32;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

pub struct Translated {
    pub pattern: String,
    /// The flags, with those set inline at the start added.
    pub flags: i64,
    /// For each capturing group (index 1 onwards), its enclosing capturing
    /// group (0: none).
    pub parents: Vec<usize>,
}

/// A syntax error: Python's message and the position it points at.
pub struct SyntaxError {
    pub message: String,
    pub position: usize,
}

struct Translator<'a> {
    source: &'a [char],
    at: usize,
    out: String,
    flags: i64,
    bytes: bool,
    /// Open groups: the capturing group each one is (0 if not capturing),
    /// and where it opened.
    open: Vec<(usize, usize)>,
    parents: Vec<usize>,
    /// Group names defined so far, with their groups.
    names: Vec<(String, usize)>,
}

/// Rewrites `source` (a str pattern's characters, or a bytes pattern's
/// bytes as characters U+0000–U+00FF).
pub fn translate(source: &[char], flags: i64, bytes: bool) -> Result<Translated, SyntaxError> {
    let mut t = Translator {
        source,
        at: 0,
        out: String::new(),
        flags,
        bytes,
        open: Vec::new(),
        parents: vec![0],
        names: Vec::new(),
    };
    t.leading_flags()?;
    let prefix = [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')]
        .iter()
        .filter(|(flag, _)| t.flags & flag != 0)
        .map(|(_, letter)| *letter)
        .collect::<String>();
    if !prefix.is_empty() {
        t.out = format!("(?{prefix})");
    }
    while t.at < source.len() {
        t.item()?;
    }
    if let Some(&(_, position)) = t.open.last() {
        return Err(SyntaxError { message: "missing ), unterminated subpattern".into(), position });
    }
    Ok(Translated { pattern: t.out, flags: t.flags, parents: t.parents })
}

impl Translator<'_> {
    fn peek(&self, offset: usize) -> Option<char> {
        self.source.get(self.at + offset).copied()
    }

    fn ascii(&self) -> bool {
        self.bytes || self.flags & ASCII != 0
    }

    fn error<T>(&self, message: impl Into<String>, position: usize) -> Result<T, SyntaxError> {
        Err(SyntaxError { message: message.into(), position })
    }

    /// `(?aiLmsux)` groups at the very start set global flags.
    fn leading_flags(&mut self) -> Result<(), SyntaxError> {
        while self.peek(0) == Some('(') && self.peek(1) == Some('?') {
            let letters: String = self.source[self.at + 2..].iter().take_while(|c| "aiLmsux".contains(**c)).collect();
            let close = self.at + 2 + letters.chars().count();
            if letters.is_empty() || self.source.get(close) != Some(&')') {
                return Ok(());
            }
            for letter in letters.chars() {
                self.flags |= match letter {
                    'a' => ASCII,
                    'i' => IGNORECASE,
                    'L' => LOCALE,
                    'm' => MULTILINE,
                    's' => DOTALL,
                    'u' => UNICODE,
                    _ => VERBOSE,
                };
            }
            self.at = close + 1;
        }
        Ok(())
    }

    fn item(&mut self) -> Result<(), SyntaxError> {
        let c = self.source[self.at];
        if self.flags & VERBOSE != 0 && (c.is_whitespace() || c == '#') {
            self.skip_verbose();
            return Ok(());
        }
        match c {
            '\\' => self.escape(false),
            '[' => self.class(),
            '(' => self.group_open(),
            ')' => {
                if self.open.pop().is_none() {
                    return self.error("unbalanced parenthesis", self.at);
                }
                self.out.push(')');
                self.at += 1;
                Ok(())
            }
            '{' => self.brace(),
            '}' => {
                self.out.push_str("\\}");
                self.at += 1;
                Ok(())
            }
            '$' if self.flags & MULTILINE == 0 => {
                self.out.push_str(r"(?=\n?\z)");
                self.at += 1;
                Ok(())
            }
            _ => {
                self.literal(c);
                self.at += 1;
                Ok(())
            }
        }
    }

    fn skip_verbose(&mut self) {
        if self.source[self.at] == '#' {
            while self.at < self.source.len() && self.source[self.at] != '\n' {
                self.at += 1;
            }
        } else {
            self.at += 1;
        }
    }

    /// A character that stands for itself (bytes beyond ASCII as escapes,
    /// so the bytes-mode engine reads them as bytes).
    fn literal(&mut self, c: char) {
        if self.bytes && !c.is_ascii() {
            self.out.push_str(&format!("\\x{{{:x}}}", c as u32));
        } else {
            self.out.push(c);
        }
    }

    fn code_point(&mut self, value: u32) {
        self.out.push_str(&format!("\\x{{{value:x}}}"));
    }

    /// `{`: a quantifier if it is one (`{m}`, `{m,}`, `{,n}`, `{m,n}`), else
    /// a literal brace.
    fn brace(&mut self) -> Result<(), SyntaxError> {
        let rest: String = self.source[self.at + 1..].iter().take_while(|c| **c != '}').collect();
        let closes = self.source.get(self.at + 1 + rest.chars().count()) == Some(&'}');
        let (low, high) = rest.split_once(',').unwrap_or((&rest, &rest));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        let valid = closes && digits(low) && digits(high) && !(low.is_empty() && high.is_empty() && rest.is_empty());
        let valid = valid && !(rest.contains(',') && low.is_empty() && high.is_empty());
        if !valid {
            self.out.push_str("\\{");
            self.at += 1;
            return Ok(());
        }
        if let (Ok(min), Ok(max)) = (low.parse::<u64>(), high.parse::<u64>())
            && min > max
        {
            return self.error("min repeat greater than max repeat", self.at + 1);
        }
        let low = if low.is_empty() { "0" } else { low };
        if rest.contains(',') {
            self.out.push_str(&format!("{{{low},{high}}}"));
        } else {
            self.out.push_str(&format!("{{{low}}}"));
        }
        self.at += rest.chars().count() + 2;
        Ok(())
    }

    fn group_open(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        if self.peek(1) != Some('?') {
            self.capturing();
            self.out.push('(');
            self.at += 1;
            return Ok(());
        }
        match self.peek(2) {
            Some('#') => {
                while self.at < self.source.len() && self.source[self.at] != ')' {
                    self.at += 1;
                }
                if self.at == self.source.len() {
                    return self.error("missing ), unterminated comment", start);
                }
                self.at += 1;
                Ok(())
            }
            Some('P') if self.peek(3) == Some('<') => {
                let name = self.group_name(start + 4, '>')?;
                if let Some((_, group)) = self.names.iter().find(|(known, _)| *known == name) {
                    let message = format!(
                        "redefinition of group name '{name}' as group {}; was group {group}",
                        self.parents.len()
                    );
                    return self.error(message, start + 4);
                }
                self.capturing();
                self.names.push((name.clone(), self.parents.len() - 1));
                self.out.push_str(&format!("(?P<{name}>"));
                self.at = start + 5 + name.chars().count();
                Ok(())
            }
            Some('P') if self.peek(3) == Some('=') => {
                let name = self.group_name(start + 4, ')')?;
                let Some(&(_, group)) = self.names.iter().find(|(known, _)| *known == name) else {
                    return self.error(format!("unknown group name '{name}'"), start + 4);
                };
                self.out.push_str(&format!("(?:\\{group})"));
                self.at = start + 5 + name.chars().count();
                Ok(())
            }
            Some(':' | '=' | '!' | '>') => {
                self.open.push((0, self.at));
                self.out.extend(['(', '?', self.source[self.at + 2]]);
                self.at += 3;
                Ok(())
            }
            Some('<') if matches!(self.peek(3), Some('=' | '!')) => {
                self.open.push((0, self.at));
                self.out.extend(['(', '?', '<', self.source[self.at + 3]]);
                self.at += 4;
                Ok(())
            }
            Some('(') => {
                // A conditional: `(?(group)yes|no)`.
                self.open.push((0, self.at));
                self.out.push_str("(?");
                self.at += 2;
                Ok(())
            }
            _ => self.scoped_flags(start),
        }
    }

    /// `(?flags:…)` and `(?flags-flags:…)`; ASCII/LOCALE/UNICODE letters
    /// are read (they change only the classes this translation writes).
    fn scoped_flags(&mut self, start: usize) -> Result<(), SyntaxError> {
        let mut at = self.at + 2;
        let mut kept = String::new();
        while let Some(&c) = self.source.get(at) {
            match c {
                'i' | 'm' | 's' | 'x' | '-' => kept.push(c),
                'a' | 'L' | 'u' => {}
                ':' => break,
                ')' => return self.error("global flags not at the start of the expression", start),
                _ => return self.error(format!("unknown extension ?{c}"), start + 1),
            }
            at += 1;
        }
        if self.source.get(at) != Some(&':') {
            return self.error("missing -, : or )", at);
        }
        self.open.push((0, self.at));
        let kept = kept.replace('x', "");
        if kept.is_empty() || kept == "-" {
            self.out.push_str("(?:");
        } else {
            self.out.push_str(&format!("(?{kept}:"));
        }
        self.at = at + 1;
        Ok(())
    }

    fn capturing(&mut self) {
        let parent = self.open.iter().rev().map(|&(group, _)| group).find(|&g| g != 0).unwrap_or(0);
        self.parents.push(parent);
        self.open.push((self.parents.len() - 1, self.at));
    }

    /// A group name starting at `from` and ending at `end`, checked as
    /// Python checks it.
    fn group_name(&self, from: usize, end: char) -> Result<String, SyntaxError> {
        let Some(length) = self.source[from.min(self.source.len())..].iter().position(|&c| c == end) else {
            let what = if end == '>' { "missing >, unterminated name" } else { "missing ), unterminated name" };
            return self.error(what, from);
        };
        let name: String = self.source[from..from + length].iter().collect();
        if name.is_empty() {
            return self.error("missing group name", from);
        }
        let mut chars = name.chars();
        let identifier = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric());
        if !identifier {
            return self.error(format!("bad character in group name '{name}'"), from);
        }
        Ok(name)
    }

    fn class(&mut self) -> Result<(), SyntaxError> {
        let start = self.at;
        self.out.push('[');
        self.at += 1;
        if self.peek(0) == Some('^') {
            self.out.push('^');
            self.at += 1;
        }
        if self.peek(0) == Some(']') {
            self.out.push_str("\\]");
            self.at += 1;
        }
        loop {
            let Some(c) = self.peek(0) else {
                return self.error("unterminated character set", start);
            };
            match c {
                ']' => {
                    self.out.push(']');
                    self.at += 1;
                    return Ok(());
                }
                '\\' => self.escape(true)?,
                '[' | '&' | '~' => {
                    self.out.push('\\');
                    self.out.push(c);
                    self.at += 1;
                }
                '-' if self.peek(1) == Some('-') => {
                    self.out.push_str("\\-");
                    self.at += 1;
                }
                _ if self.peek(1) == Some('-') && self.peek(2).is_some_and(|end| end != ']' && end != '\\') => {
                    let end = self.source[self.at + 2];
                    if end < c {
                        return self.error(format!("bad character range {c}-{end}"), self.at);
                    }
                    self.literal(c);
                    self.out.push('-');
                    self.literal(end);
                    self.at += 3;
                }
                _ => {
                    self.literal(c);
                    self.at += 1;
                }
            }
        }
    }

    fn escape(&mut self, in_class: bool) -> Result<(), SyntaxError> {
        let start = self.at;
        let Some(c) = self.peek(1) else {
            return self.error("bad escape (end of pattern)", start);
        };
        self.at += 2;
        match c {
            '0'..='7' if c == '0' || in_class || self.octal_digits() >= 2 => {
                let mut value = c.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek(0).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            self.at += 1;
                        }
                        None => break,
                    }
                }
                if value > 0o377 {
                    return self.error(format!("octal escape value \\{value:o} outside of range 0-0o377"), start);
                }
                self.code_point(value);
            }
            '1'..='9' if !in_class => {
                let mut group = c.to_digit(10).unwrap_or(0);
                if let Some(d) = self.peek(0).and_then(|d| d.to_digit(10)) {
                    group = group * 10 + d;
                    self.at += 1;
                }
                if group as usize >= self.parents.len() {
                    return self.error(format!("invalid group reference {group}"), start + 1);
                }
                self.out.push_str(&format!("(?:\\{group})"));
            }
            'x' => {
                let value = self.hex(2, start)?;
                self.code_point(value);
            }
            'u' | 'U' if !self.bytes => {
                let value = self.hex(if c == 'u' { 4 } else { 8 }, start)?;
                if char::from_u32(value).is_none() {
                    return self.error(format!("bad escape \\{c}"), start);
                }
                self.code_point(value);
            }
            'Z' if !in_class => self.out.push_str("\\z"),
            'A' if !in_class => self.out.push_str("\\A"),
            'b' if in_class => self.out.push_str("\\x08"),
            'b' | 'B' if !in_class => self.out.push_str(if self.ascii() { "(?-u:\\b)" } else { "\\b" }),
            'B' => return self.error("bad escape \\B", start),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => self.class_escape(c, in_class),
            'a' => self.out.push_str("\\x07"),
            'f' | 'n' | 'r' | 't' | 'v' => {
                self.out.push('\\');
                self.out.push(c);
            }
            c if c.is_ascii_alphanumeric() => return self.error(format!("bad escape \\{c}"), start),
            c if c.is_ascii_punctuation() || c == ' ' => {
                if c != ' ' && c != '#' {
                    self.out.push('\\');
                }
                self.out.push(c);
            }
            c => self.literal(c),
        }
        Ok(())
    }

    /// How many octal digits follow a digit escape's first digit (three in
    /// all make an octal escape; fewer, a group reference).
    fn octal_digits(&self) -> usize {
        (0..2).take_while(|&i| self.peek(i).is_some_and(|d| d.is_digit(8))).count()
    }

    fn hex(&mut self, digits: usize, start: usize) -> Result<u32, SyntaxError> {
        let text: String = self.source[self.at..].iter().take(digits).collect();
        if text.chars().count() != digits || !text.chars().all(|c| c.is_ascii_hexdigit()) {
            let escape: String =
                self.source[start..(self.at + text.chars().count()).min(self.source.len())].iter().collect();
            return self.error(format!("incomplete escape {escape}"), start);
        }
        self.at += digits;
        Ok(u32::from_str_radix(&text, 16).unwrap_or(0))
    }

    /// `\d \D \w \W \s \S`: ASCII forms under ASCII (and for bytes); `\s`
    /// as Python's, which also counts `\x1c`–`\x1f` as space.
    fn class_escape(&mut self, c: char, in_class: bool) {
        let ascii = self.ascii();
        let body = match (c.to_ascii_lowercase(), ascii) {
            ('d', true) => "0-9",
            ('w', true) => "0-9A-Za-z_",
            ('s', true) => " \\t\\n\\r\\x0b\\x0c",
            ('d', false) => "\\d",
            ('w', false) => "\\w",
            _ => "\\s\\x1c-\\x1f",
        };
        let negated = c.is_ascii_uppercase();
        match (in_class, negated) {
            (true, false) => self.out.push_str(body),
            // Nested classes are unions in the Rust syntax.
            (_, true) => self.out.push_str(&format!("[^{body}]")),
            (false, false) => self.out.push_str(&format!("[{body}]")),
        }
    }
}
