//! weft's front end: Python source text to a syntax tree.
//!
//! The pipeline is [`token`] (logos) → [`lexer`] (NEWLINE/INDENT/DEDENT) →
//! [`parser`] (lalrpop, hidden behind [`parse_module`]) → [`ast`]. Parsing
//! stops at the first error, as CPython does, and reports it as a
//! [`SyntaxError`] worded like CPython 3.11's.
//!
//! Architecture invariant: this crate knows nothing of bytecode or runtimes.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod line_index;
mod parser;
mod render;
mod string;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;
pub use parser::{parse_expression, parse_module};
pub use render::render_syntax_error;
