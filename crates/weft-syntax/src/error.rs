//! Syntax errors, worded as CPython 3.11 words them.

use std::fmt;

use crate::ast::Span;

/// Which Python exception class a syntax error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error in Python's hierarchy: what CPython raises for an
    /// expression nested too deeply to compile. It has no source position.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// One syntax error: what Python would raise, where, and why.
///
/// `span` is in byte offsets of the source; [`crate::LineIndex`] turns it into
/// the line and column that the traceback shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> Self {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, message: message.into(), span }
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> Self {
        SyntaxError { kind: SyntaxErrorKind::IndentationError, message: message.into(), span }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// What went wrong inside one token; the lexer adds the position and, where
/// CPython's message needs it, the line the problem was detected on.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexErrorKind {
    #[default]
    InvalidToken,
    InvalidCharacter(char),
    InvalidNumber,
    LeadingZeros,
    UnterminatedString,
    UnterminatedTripleString,
}
