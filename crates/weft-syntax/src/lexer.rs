//! Turns the flat token stream from [`crate::token`] into Python's logical
//! lines: NEWLINE ends a statement, INDENT and DEDENT bracket a block.
//!
//! Rules, as in CPython's tokenizer: no NEWLINE inside brackets, blank and
//! comment-only lines produce nothing, backslash-newline joins lines (logos
//! skips it), and a tab advances the column to the next multiple of 8. An
//! indentation that compares differently when tabs count as one column is
//! ambiguous and raises TabError.

use logos::Logos;

use crate::ast::Span;
use crate::error::{LexErrorKind, SyntaxError, SyntaxErrorKind};
use crate::line_index::LineIndex;
use crate::token::Tok;

/// CPython's tokenizer limits, which also bound how deep the parser's
/// statement nesting can get.
const MAX_BRACKET_DEPTH: usize = 200;
const MAX_INDENT_DEPTH: usize = 100;

/// A token with its start and end byte offsets, the triple lalrpop consumes.
pub type Spanned = (usize, Tok, usize);

/// The tokens of a source text. If lexing failed, `tokens` holds everything
/// before the failure and `error` says what failed; the parser reports an
/// earlier syntax error first, as CPython does.
#[derive(Debug)]
pub struct Tokens {
    pub tokens: Vec<Spanned>,
    pub error: Option<SyntaxError>,
}

pub fn tokenize(source: &str) -> Tokens {
    run(source, IndentLayer::new(source))
}

/// Tokens of an expression that sits inside brackets (an f-string field):
/// line breaks and indentation mean nothing there.
pub fn tokenize_expression(source: &str) -> Tokens {
    let mut layer = IndentLayer::new(source);
    layer.brackets.push((Tok::LParen, 0));
    layer.at_line_start = false;
    layer.expression_only = true;
    run(source, layer)
}

fn run(source: &str, mut layer: IndentLayer<'_>) -> Tokens {
    let mut lexer = Tok::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        let step = match result {
            Ok(tok) => layer.push(tok, span.start, span.end),
            Err(kind) => Err(layer.lex_error(kind, span.start, span.end)),
        };
        if let Err(error) = step {
            return Tokens { tokens: layer.tokens, error: Some(error) };
        }
    }
    let error = layer.finish().err();
    Tokens { tokens: layer.tokens, error }
}

/// One level of the indentation stack: the column with tabs to multiples of
/// 8, and the column with tabs as 1, which must agree in every comparison.
#[derive(Clone, Copy)]
struct Indentation {
    column: usize,
    alt_column: usize,
}

struct IndentLayer<'src> {
    source: &'src str,
    tokens: Vec<Spanned>,
    indents: Vec<Indentation>,
    brackets: Vec<(Tok, usize)>,
    at_line_start: bool,
    expression_only: bool,
}

impl<'src> IndentLayer<'src> {
    fn new(source: &'src str) -> Self {
        IndentLayer {
            source,
            tokens: Vec::new(),
            indents: vec![Indentation { column: 0, alt_column: 0 }],
            brackets: Vec::new(),
            at_line_start: true,
            expression_only: false,
        }
    }

    fn push(&mut self, tok: Tok, start: usize, end: usize) -> Result<(), SyntaxError> {
        if tok == Tok::Newline {
            if !self.at_line_start && self.brackets.is_empty() {
                self.tokens.push((start, Tok::Newline, end));
                self.at_line_start = true;
            }
            return Ok(());
        }
        if self.at_line_start {
            self.indent_to(start)?;
            self.at_line_start = false;
        }
        self.track_brackets(&tok, start, end)?;
        self.tokens.push((start, tok, end));
        Ok(())
    }

    /// Emits the INDENT or DEDENTs that take the stack to the indentation of
    /// the line whose first token starts at `token_start`.
    fn indent_to(&mut self, token_start: usize) -> Result<(), SyntaxError> {
        let line_start = self.source[..token_start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let mut column = 0;
        let mut alt_column = 0;
        for byte in self.source[line_start..token_start].bytes() {
            match byte {
                b' ' => {
                    column += 1;
                    alt_column += 1;
                }
                b'\t' => {
                    column = (column / 8 + 1) * 8;
                    alt_column += 1;
                }
                // A form feed resets the count, as in CPython.
                0x0C => {
                    column = 0;
                    alt_column = 0;
                }
                _ => {}
            }
        }
        let tab_error = || SyntaxError {
            kind: SyntaxErrorKind::TabError,
            message: "inconsistent use of tabs and spaces in indentation".into(),
            span: Span::new(line_start, line_start),
        };
        let top = *self.indents.last().expect("the stack always holds column 0");
        if column == top.column {
            if alt_column != top.alt_column {
                return Err(tab_error());
            }
        } else if column > top.column {
            if alt_column <= top.alt_column {
                return Err(tab_error());
            }
            if self.indents.len() > MAX_INDENT_DEPTH {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    Span::new(token_start, token_start),
                ));
            }
            self.indents.push(Indentation { column, alt_column });
            self.tokens.push((token_start, Tok::Indent, token_start));
        } else {
            while self.indents.last().is_some_and(|level| column < level.column) {
                self.indents.pop();
                self.tokens.push((token_start, Tok::Dedent, token_start));
            }
            let level = *self.indents.last().expect("column 0 is never popped");
            if column != level.column {
                let line_end =
                    self.source[token_start..].find(['\n', '\r']).map_or(self.source.len(), |i| token_start + i);
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Span::new(line_end, line_end),
                ));
            }
            if alt_column != level.alt_column {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn track_brackets(&mut self, tok: &Tok, start: usize, end: usize) -> Result<(), SyntaxError> {
        if tok.closing_bracket().is_some() {
            // CPython's tokenizer stops at 200 open brackets.
            if self.brackets.len() >= MAX_BRACKET_DEPTH {
                return Err(SyntaxError::new("too many nested parentheses", Span::new(start, end)));
            }
            self.brackets.push((tok.clone(), start));
            return Ok(());
        }
        if !matches!(tok, Tok::RParen | Tok::RSquare | Tok::RBrace) {
            return Ok(());
        }
        let closer = bracket_char(tok);
        match self.brackets.pop() {
            None => Err(SyntaxError::new(format!("unmatched '{closer}'"), Span::new(start, end))),
            Some((open, open_start)) if open.closing_bracket().as_ref() != Some(tok) => {
                let index = LineIndex::new(self.source);
                let open_line = index.line_of(open_start);
                let here_line = index.line_of(start);
                let opener = bracket_char(&open);
                let message = if open_line == here_line {
                    format!("closing parenthesis '{closer}' does not match opening parenthesis '{opener}'")
                } else {
                    format!(
                        "closing parenthesis '{closer}' does not match opening parenthesis '{opener}' on line {open_line}"
                    )
                };
                Err(SyntaxError::new(message, Span::new(start, end)))
            }
            Some(_) => Ok(()),
        }
    }

    /// Closes the last line and every open block at the end of the source.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        if self.expression_only {
            return Ok(());
        }
        if let Some(&(open, start)) = self.brackets.first().map(|(tok, start)| (tok, start)).as_ref() {
            return Err(SyntaxError::new(
                format!("'{}' was never closed", bracket_char(open)),
                Span::new(*start, *start + 1),
            ));
        }
        let end = self.source.len();
        if !self.at_line_start {
            self.tokens.push((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push((end, Tok::Dedent, end));
        }
        Ok(())
    }

    fn lex_error(&self, kind: LexErrorKind, start: usize, end: usize) -> SyntaxError {
        let span = match kind {
            // CPython marks only where the literal starts.
            LexErrorKind::UnterminatedString | LexErrorKind::UnterminatedTripleString => Span::new(start, start),
            _ => Span::new(start, end),
        };
        let index = LineIndex::new(self.source);
        let message = match kind {
            LexErrorKind::InvalidToken => match self.source[start..].chars().next() {
                Some(c) if !c.is_ascii() => invalid_character_message(c),
                Some('\\') => "unexpected character after line continuation character".into(),
                _ => "invalid syntax".into(),
            },
            LexErrorKind::InvalidCharacter(c) => invalid_character_message(c),
            LexErrorKind::InvalidNumber => {
                let text = &self.source[start..end];
                let kind = match text.get(..2).map(str::to_ascii_lowercase).as_deref() {
                    Some("0x") => "hexadecimal",
                    Some("0o") => "octal",
                    Some("0b") => "binary",
                    _ if text.ends_with(['j', 'J']) => "imaginary",
                    _ => "decimal",
                };
                format!("invalid {kind} literal")
            }
            LexErrorKind::LeadingZeros => {
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    .into()
            }
            LexErrorKind::UnterminatedString => {
                format!("unterminated string literal (detected at line {})", index.line_of(start))
            }
            LexErrorKind::UnterminatedTripleString => {
                // CPython counts the line of the last character, not the empty one after it.
                let last_line = index.line_of(self.source.len().saturating_sub(1));
                format!("unterminated triple-quoted string literal (detected at line {last_line})")
            }
        };
        SyntaxError::new(message, span)
    }
}

fn invalid_character_message(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    }
}

fn bracket_char(tok: &Tok) -> char {
    match tok {
        Tok::LParen => '(',
        Tok::RParen => ')',
        Tok::LSquare => '[',
        Tok::RSquare => ']',
        Tok::LBrace => '{',
        Tok::RBrace => '}',
        _ => '?',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<String> {
        let tokens = tokenize(source);
        assert!(tokens.error.is_none(), "{:?}", tokens.error);
        tokens.tokens.into_iter().map(|(_, tok, _)| tok.describe()).collect()
    }

    #[test]
    fn blocks_become_indent_and_dedent() {
        let toks = kinds("if x:\n    y\n\n    # comment\nz\n");
        assert_eq!(
            toks,
            ["If", "NAME x", "Colon", "Newline", "Indent", "NAME y", "Newline", "Dedent", "NAME z", "Newline"]
        );
    }

    #[test]
    fn no_newline_inside_brackets_or_after_backslash() {
        let toks = kinds("f(1,\n  2)\nx = 1 + \\\n  2");
        assert_eq!(toks.iter().filter(|t| *t == "Newline").count(), 2);
        assert!(!toks.contains(&"Indent".to_string()));
    }

    #[test]
    fn dedents_close_at_end_of_file() {
        let toks = kinds("def f():\n  if x:\n    pass");
        assert_eq!(toks.iter().filter(|t| *t == "Dedent").count(), 2);
    }

    #[test]
    fn tab_counts_to_next_multiple_of_eight() {
        // A tab and eight spaces are the same column, but not the same with tabs as 1.
        let tokens = tokenize("if x:\n\ty\n        z\n");
        assert_eq!(tokens.error.map(|e| e.kind), Some(SyntaxErrorKind::TabError));
    }

    #[test]
    fn inconsistent_dedent_is_an_indentation_error() {
        let tokens = tokenize("if x:\n    y\n  z\n");
        let error = tokens.error.expect("must fail");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(error.message, "unindent does not match any outer indentation level");
    }

    #[test]
    fn numbers() {
        assert_eq!(kinds("0x_ff 0o17 0b101 1_000"), ["INT 255", "INT 15", "INT 5", "INT 1000", "Newline"]);
        assert_eq!(
            kinds("1.5e3 .5 1e-2 2j 1.5J"),
            ["FLOAT 1500.0", "FLOAT 0.5", "FLOAT 0.01", "IMAGINARY 2.0j", "IMAGINARY 1.5j", "Newline"]
        );
        assert_eq!(kinds("123456789012345678901234567890"), ["INT 123456789012345678901234567890", "Newline"]);
    }

    #[test]
    fn strings_with_prefixes_and_triple_quotes() {
        assert_eq!(kinds(r#"rb'\n' f"{x}" '''a'b''' """#).len(), 5);
        let toks = kinds("'''one\ntwo'''");
        assert_eq!(toks, ["STRING \"one\\ntwo\"", "Newline"]);
    }

    #[test]
    fn unterminated_strings_name_their_line() {
        let error = tokenize("x = 1\ny = 'abc\n").error.expect("must fail");
        assert_eq!(error.message, "unterminated string literal (detected at line 2)");
        let error = tokenize("x = '''abc\n\n").error.expect("must fail");
        assert_eq!(error.message, "unterminated triple-quoted string literal (detected at line 2)");
    }

    #[test]
    fn unclosed_bracket_is_reported_at_the_opener() {
        let error = tokenize("x = (1,\n2\n").error.expect("must fail");
        assert_eq!(error.message, "'(' was never closed");
        assert_eq!(error.span.start, 4);
    }
}
