//! The parser's one public door: source text in, a [`Module`] or the first
//! [`SyntaxError`] out. lalrpop's types stay inside this module, so the
//! grammar could be replaced without touching a caller.

pub(crate) mod actions;

use lalrpop_util::{ParseError, lalrpop_mod};

use crate::ast::{Expr, Module, Span, Stmt};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{self, Spanned, Tokens};
use crate::line_index::LineIndex;
use crate::token::Tok;
use actions::Top;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports)]
    grammar
);

/// Parses a whole module (a file, `-c` code, or a REPL entry).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let tokens = lexer::tokenize(source);
    match parse_tokens(source, Tok::StartModule, tokens, &|| lexer::tokenize(source).tokens)? {
        Top::Module(mut module) => {
            check_depth(&mut module.body)?;
            Ok(module)
        }
        Top::Expression(_) => unreachable!("StartModule selects the module rule"),
    }
}

/// How deeply expressions may nest. CPython 3.11 compiles 1000 levels and
/// gives up before 3000; the compiler's recursion must stay within this.
pub const MAX_EXPRESSION_DEPTH: usize = 2000;

/// Rejects over-deep expressions before anything recurses over them.
/// Statements nest at most 100 deep (the lexer's limit), so only
/// expressions need the explicit stack.
fn check_depth(body: &mut [Stmt]) -> Result<(), SyntaxError> {
    for stmt in body {
        let mut too_deep = false;
        stmt.for_each_expression_mut(&mut |expr| too_deep |= expression_depth(expr) > MAX_EXPRESSION_DEPTH);
        if too_deep {
            return Err(SyntaxError {
                kind: SyntaxErrorKind::RecursionError,
                message: "maximum recursion depth exceeded during compilation".into(),
                span: stmt.span,
            });
        }
        stmt.for_each_body_mut(&mut |inner| check_depth(inner))?;
    }
    Ok(())
}

fn expression_depth(root: &mut Expr) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(root, 1)];
    while let Some((expr, depth)) = pending.pop() {
        deepest = deepest.max(depth);
        if deepest > MAX_EXPRESSION_DEPTH {
            break;
        }
        expr.for_each_child_mut(&mut |child| pending.push((child, depth + 1)));
    }
    deepest
}

/// Parses one expression, as found inside an f-string's braces. Spans are
/// relative to `source`; the caller shifts them into the enclosing file.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let tokens = lexer::tokenize_expression(source);
    match parse_tokens(source, Tok::StartExpression, tokens, &|| lexer::tokenize_expression(source).tokens)? {
        Top::Expression(expr) => Ok(expr),
        Top::Module(_) => unreachable!("StartExpression selects the expression rule"),
    }
}

/// Parses the expression of an f-string field: `text` sits at byte offset
/// `base` of the file `source`, and the tree's spans point into that file.
pub(crate) fn parse_fstring_expression(source: &str, text: &str, base: usize) -> Result<Expr, SyntaxError> {
    let shifted = || {
        let Tokens { mut tokens, mut error } = lexer::tokenize_expression(text);
        for (start, _, end) in &mut tokens {
            *start += base;
            *end += base;
        }
        if let Some(error) = &mut error {
            error.span = Span::new(error.span.start as usize + base, error.span.end as usize + base);
        }
        Tokens { tokens, error }
    };
    match parse_tokens(source, Tok::StartExpression, shifted(), &|| shifted().tokens)? {
        Top::Expression(expr) => Ok(expr),
        Top::Module(_) => unreachable!("StartExpression selects the expression rule"),
    }
}

/// Runs the parser over `tokens`. They are handed over by value; on the
/// rare error, `relex` produces them again to describe it, which is cheaper
/// than copying every token up front.
fn parse_tokens(
    source: &str,
    start: Tok,
    tokens: Tokens,
    relex: &dyn Fn() -> Vec<Spanned>,
) -> Result<Top, SyntaxError> {
    let Tokens { tokens, error: lex_error } = tokens;
    let stream = std::iter::once(Ok((0, start, 0))).chain(tokens.into_iter().map(Ok)).chain(lex_error.clone().map(Err));
    let parser = grammar::TopParser::new();
    parser.parse(source, stream).map_err(|error| {
        let error = describe(source, &relex(), error);
        // Like CPython, a generic "invalid syntax" gives way to an error the
        // tokenizer finds later in the file; an unclosed bracket only if it
        // was opened on an earlier line than the syntax error.
        match lex_error {
            Some(lex_error) if error.message == "invalid syntax" => {
                let lines = LineIndex::new(source);
                let unclosed = lex_error.message.ends_with("was never closed");
                let earlier = lines.line_of(lex_error.span.start as usize) < lines.line_of(error.span.start as usize);
                if unclosed && !earlier { error } else { lex_error }
            }
            _ => error,
        }
    })
}

type LalrpopError = ParseError<usize, Tok, SyntaxError>;

/// Words a parse failure as CPython would.
fn describe(source: &str, tokens: &[Spanned], error: LalrpopError) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new("invalid syntax", Span::new(location, location + 1)),
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|e| e == "Indent") {
                return missing_block(source, tokens, location);
            }
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::UnrecognizedToken { token: (start, tok, end), expected } => {
            unexpected_token(source, tokens, start, tok, end, &expected)
        }
        ParseError::ExtraToken { token: (start, _, end) } => SyntaxError::new("invalid syntax", Span::new(start, end)),
    }
}

fn unexpected_token(
    source: &str,
    tokens: &[Spanned],
    start: usize,
    tok: Tok,
    end: usize,
    expected: &[String],
) -> SyntaxError {
    if tok == Tok::Indent {
        // CPython points into the indentation, so no caret is drawn.
        return SyntaxError::indentation("unexpected indent", Span::new(start.saturating_sub(1), start));
    }
    if expected.iter().any(|e| e == "Indent") {
        return missing_block(source, tokens, start);
    }
    if expected.len() == 1 && expected[0] == "\":\"" {
        let previous_end = previous_token(tokens, start).map_or(start, |(_, _, end)| *end);
        return SyntaxError::new("expected ':'", Span::new(previous_end, previous_end));
    }
    if let Some(error) = missing_print_parentheses(tokens, start) {
        return error;
    }
    let span = if tok == Tok::Newline || tok == Tok::Dedent {
        // CPython reports an unexpected end of line just after the last token.
        let previous_end = previous_token(tokens, start).map_or(start, |(_, _, end)| *end);
        Span::new(previous_end, previous_end)
    } else {
        Span::new(start, end)
    };
    SyntaxError::new("invalid syntax", span)
}

/// `if x:` followed by an unindented line: name the statement that wanted a block.
fn missing_block(source: &str, tokens: &[Spanned], location: usize) -> SyntaxError {
    let index = LineIndex::new(source);
    let colon = tokens.iter().rev().find(|(start, tok, _)| *start < location && *tok == Tok::Colon);
    let header_line = colon.map_or(1, |(start, _, _)| index.line_of(*start));
    let header = tokens
        .iter()
        .find(|(start, tok, _)| index.line_of(*start) == header_line && !matches!(tok, Tok::Indent | Tok::Dedent))
        .map(|(_, tok, _)| tok.clone());
    // The first keyword of the header line names the statement, skipping decorators' lines.
    let what = match header {
        Some(Tok::Def) => format!("function definition on line {header_line}"),
        Some(Tok::Class) => format!("class definition on line {header_line}"),
        Some(tok) => {
            let keyword = keyword_text(&tok).unwrap_or("statement");
            format!("'{keyword}' statement on line {header_line}")
        }
        None => format!("statement on line {header_line}"),
    };
    // The caret marks the start of the offending line's first token.
    let next = tokens
        .iter()
        .find(|(start, tok, _)| *start >= location && !matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent));
    let start = next.map_or(location, |(start, _, _)| *start);
    let span = Span::new(start, start);
    SyntaxError::indentation(format!("expected an indented block after {what}"), span)
}

fn keyword_text(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "if",
        Tok::Elif => "elif",
        Tok::Else => "else",
        Tok::While => "while",
        Tok::For => "for",
        Tok::Try => "try",
        Tok::Except => "except",
        Tok::Finally => "finally",
        Tok::With => "with",
        _ => return None,
    })
}

/// `print 'x'` gets Python 2's hint, as in CPython.
fn missing_print_parentheses(tokens: &[Spanned], error_start: usize) -> Option<SyntaxError> {
    let position = tokens.iter().position(|(start, _, _)| *start == error_start)?;
    let (name_start, Tok::Name(name), _) = tokens.get(position.checked_sub(1)?)? else {
        return None;
    };
    if !matches!(&**name, "print" | "exec") {
        return None;
    }
    let at_statement_start =
        position < 2 || matches!(tokens[position - 2].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi);
    if !at_statement_start {
        return None;
    }
    let line_end =
        tokens[position..].iter().find(|(_, tok, _)| *tok == Tok::Newline).map_or(error_start, |(start, _, _)| *start);
    Some(SyntaxError::new(
        format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
        Span::new(*name_start, line_end),
    ))
}

fn previous_token(tokens: &[Spanned], before: usize) -> Option<&Spanned> {
    tokens.iter().rev().find(|(start, tok, _)| *start < before && !matches!(tok, Tok::Indent | Tok::Dedent))
}

impl SyntaxError {
    /// True for the IndentationError family, which the CLI names differently.
    pub fn is_indentation(&self) -> bool {
        self.kind != SyntaxErrorKind::SyntaxError
    }
}
