//! The tokens of Python source, as `logos` recognises them.
//!
//! This layer knows nothing about lines and indentation: newlines come out as
//! [`Tok::Newline`] wherever they occur, and [`crate::lexer`] turns them into the
//! NEWLINE/INDENT/DEDENT structure the grammar expects. `Indent` and `Dedent`
//! are therefore never produced by logos itself.

use logos::{Lexer, Logos};
use num_bigint::BigInt;
use num_traits::Num;

use crate::error::LexErrorKind;

/// A string literal exactly as written: its prefix flags and the text between
/// the quotes. Escapes are decoded by the parser ([`crate::string`]), which
/// also parses the expressions inside f-strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringToken {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
    pub triple: bool,
    /// Byte offset of the body from the token's start (prefix + quotes).
    pub body_offset: u32,
    pub body: Box<str>,
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexErrorKind)]
#[logos(skip r"[ \t\x0C]+")]
// A comment runs to the end of its line, so the greedy match is what we want.
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Tok {
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", identifier)]
    Name(Box<str>),
    #[regex(r"[0-9](_?[0-9])*", decimal_int)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| radix_int(lex, 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| radix_int(lex, 8))]
    #[regex(r"0[bB](_?[01])+", |lex| radix_int(lex, 2))]
    Int(BigInt),
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float)]
    Float(f64),
    #[regex(r"[0-9](_?[0-9])*(\.([0-9](_?[0-9])*)?)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imaginary)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]", imaginary)]
    Imaginary(f64),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, string)]
    String(Box<StringToken>),

    #[regex(r"\r\n|\n|\r")]
    Newline,
    Indent,
    Dedent,
    /// Synthetic first tokens that pick the grammar's entry point.
    StartModule,
    StartExpression,

    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // Brackets: the lexer tracks their nesting to drop NEWLINEs inside them.
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LSquare,
    #[token("]")]
    RSquare,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,

    // Operators and delimiters.
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    Walrus,
    #[token("=")]
    Assign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    PipeEqual,
    #[token("^=")]
    CaretEqual,
}

impl Tok {
    /// How the token reads in an error message or a token dump.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(name) => format!("NAME {name}"),
            Tok::Int(value) => format!("INT {value}"),
            Tok::Float(value) => format!("FLOAT {value:?}"),
            Tok::Imaginary(value) => format!("IMAGINARY {value:?}j"),
            Tok::String(s) => {
                let mut prefix = String::new();
                if s.fstring {
                    prefix.push('f');
                }
                if s.bytes {
                    prefix.push('b');
                }
                if s.raw {
                    prefix.push('r');
                }
                format!("STRING {prefix}{:?}", s.body)
            }
            other => format!("{other:?}"),
        }
    }

    /// Opening brackets and the closer that matches them.
    pub fn closing_bracket(&self) -> Option<Tok> {
        match self {
            Tok::LParen => Some(Tok::RParen),
            Tok::LSquare => Some(Tok::RSquare),
            Tok::LBrace => Some(Tok::RBrace),
            _ => None,
        }
    }
}

fn identifier(lex: &mut Lexer<Tok>) -> Result<Box<str>, LexErrorKind> {
    let text = lex.slice();
    if text.is_ascii() {
        return Ok(text.into());
    }
    let mut chars = text.chars();
    let first = chars.next().unwrap_or('_');
    let valid_start = first == '_' || unicode_ident::is_xid_start(first);
    if !valid_start || !chars.all(unicode_ident::is_xid_continue) {
        let bad = text
            .chars()
            .enumerate()
            .find(|&(i, c)| {
                if i == 0 { !(c == '_' || unicode_ident::is_xid_start(c)) } else { !unicode_ident::is_xid_continue(c) }
            })
            .map(|(_, c)| c)
            .unwrap_or(first);
        return Err(LexErrorKind::InvalidCharacter(bad));
    }
    // Python compares identifiers after NFKC normalisation.
    use unicode_normalization::UnicodeNormalization;
    Ok(text.nfkc().collect::<String>().into())
}

fn decimal_int(lex: &mut Lexer<Tok>) -> Result<BigInt, LexErrorKind> {
    let digits: String = lex.slice().chars().filter(|&c| c != '_').collect();
    if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
        return Err(LexErrorKind::LeadingZeros);
    }
    check_number_end(lex)?;
    Ok(BigInt::from_str_radix(&digits, 10).expect("the regex admits only digits"))
}

fn radix_int(lex: &mut Lexer<Tok>, radix: u32) -> Result<BigInt, LexErrorKind> {
    let digits: String = lex.slice()[2..].chars().filter(|&c| c != '_').collect();
    check_number_end(lex)?;
    Ok(BigInt::from_str_radix(&digits, radix).expect("the regex admits only digits"))
}

fn float(lex: &mut Lexer<Tok>) -> Result<f64, LexErrorKind> {
    check_number_end(lex)?;
    Ok(parse_float(lex.slice()))
}

fn imaginary(lex: &mut Lexer<Tok>) -> Result<f64, LexErrorKind> {
    check_number_end(lex)?;
    let text = lex.slice();
    Ok(parse_float(&text[..text.len() - 1]))
}

fn parse_float(text: &str) -> f64 {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    cleaned.parse().expect("the regex admits only float syntax")
}

/// `1abc` or `0x1g` is one bad literal in Python, not a number followed by a name.
fn check_number_end(lex: &Lexer<Tok>) -> Result<(), LexErrorKind> {
    match lex.remainder().chars().next() {
        Some(c) if c == '_' || c.is_alphanumeric() => {
            // Keywords right after a number are allowed (`1if x else 2`), as in CPython.
            let rest = lex.remainder();
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if matches!(word.as_str(), "if" | "else" | "and" | "or" | "in" | "is" | "not" | "for") {
                Ok(())
            } else {
                Err(LexErrorKind::InvalidNumber)
            }
        }
        _ => Ok(()),
    }
}

/// Scans a string literal from its opening quote to its closing one. Logos has
/// matched only the prefix and the first quote; triple quotes and the body are
/// found here because their ends cannot be written as a (non-greedy) regex.
fn string(lex: &mut Lexer<Tok>) -> Result<Box<StringToken>, LexErrorKind> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let body_start = if triple { 2 } else { 0 };

    let mut i = body_start;
    loop {
        let Some(&byte) = rest.get(i) else {
            lex.bump(rest.len());
            return Err(if triple { LexErrorKind::UnterminatedTripleString } else { LexErrorKind::UnterminatedString });
        };
        match byte {
            b'\\' => i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') { 3 } else { 2 },
            b'\n' | b'\r' if !triple => {
                lex.bump(i);
                return Err(LexErrorKind::UnterminatedString);
            }
            b if b == quote => {
                if !triple {
                    break;
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    break;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let body_end = i.min(rest.len());
    // The scan stepped over whole UTF-8 sequences only through ASCII bytes, so
    // both ends are on character boundaries.
    let body = &lex.remainder()[body_start..body_end];
    let token = StringToken {
        bytes: prefix.contains('b'),
        raw: prefix.contains('r'),
        fstring: prefix.contains('f'),
        triple,
        body_offset: (opening.len() + body_start) as u32,
        body: body.into(),
    };
    lex.bump(body_end + if triple { 3 } else { 1 });
    Ok(Box::new(token))
}
