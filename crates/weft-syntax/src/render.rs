//! Prints a syntax error the way CPython's traceback printer does.

use crate::error::SyntaxError;
use crate::line_index::LineIndex;

/// The lines CPython prints for an uncaught syntax error, ending in a newline:
///
/// ```text
///   File "t.py", line 1
///     x = = 1
///         ^
/// SyntaxError: invalid syntax
/// ```
///
/// The caret is omitted when the error points into the line's indentation.
pub fn render_syntax_error(filename: &str, source: &str, error: &SyntaxError) -> String {
    if error.kind == crate::SyntaxErrorKind::RecursionError {
        return format!("{error}\n");
    }
    let index = LineIndex::new(source);
    let start = error.span.start as usize;
    let (line, column) = index.line_col(source, start);
    let mut out = format!("  File \"{filename}\", line {line}\n");
    let text = index.line_text(source, line);
    if line <= index.line_count() && !(text.is_empty() && start >= source.len() && line > 1) {
        let stripped = text.trim_start_matches([' ', '\t', '\x0C']);
        let indent = text.chars().count() - stripped.chars().count();
        out.push_str("    ");
        out.push_str(stripped);
        out.push('\n');
        let (end_line, end_column) = index.line_col(source, error.span.end as usize);
        let width = if end_line == line && end_column > column { end_column - column } else { 1 };
        if column >= indent {
            let pad: String = text
                .chars()
                .skip(indent)
                .take(column - indent)
                .map(|c| if c.is_whitespace() { c } else { ' ' })
                .collect();
            out.push_str("    ");
            out.push_str(&pad);
            out.push_str(&"^".repeat(width));
            out.push('\n');
        }
    }
    out.push_str(&error.to_string());
    out.push('\n');
    out
}
