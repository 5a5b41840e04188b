//! Source lines and CPython 3.11's caret lines for printed tracebacks.
//!
//! CPython underlines the expression that failed in each frame (`^^^^`), and
//! for a binary operation or a subscript it marks the operands with `~` and
//! the operator or brackets with `^`. It finds those anchors by re-parsing the
//! failing segment of the line; we do the same with our own parser.

use std::collections::HashMap;
use std::sync::Arc;

use weft_syntax::ast::{ExprKind, StmtKind};

/// The files named in a traceback, each read once.
#[derive(Default)]
pub struct SourceCache {
    files: HashMap<Arc<str>, Option<SourceFile>>,
}

struct SourceFile {
    text: String,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl SourceCache {
    /// The lines to print under `File "…", line N`: the stripped source
    /// line and, where CPython would show one, the caret line. `start` and
    /// `end` are byte offsets into the file of the failing expression.
    pub fn frame_lines(&mut self, filename: &Arc<str>, line: u32, start: u32, end: u32) -> Option<String> {
        let file = self.file(filename)?;
        let text = file.line(line)?;
        let stripped = text.trim();
        if stripped.is_empty() {
            return None;
        }
        let mut out = format!("    {stripped}\n");
        if let Some(carets) = file.carets(line, start as usize, end as usize) {
            out.push_str(&carets);
            out.push('\n');
        }
        Some(out)
    }

    fn file(&mut self, filename: &Arc<str>) -> Option<&SourceFile> {
        self.files
            .entry(filename.clone())
            .or_insert_with(|| {
                let shipped = crate::modules::source::by_filename(filename).map(str::to_owned);
                shipped.or_else(|| std::fs::read_to_string(&**filename).ok()).map(SourceFile::new)
            })
            .as_ref()
    }
}

impl SourceFile {
    fn new(text: String) -> SourceFile {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect();
        SourceFile { text, line_starts }
    }

    fn line_start(&self, line: u32) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)? as usize).copied()
    }

    fn line(&self, line: u32) -> Option<&str> {
        let start = self.line_start(line)?;
        let end = self.line_start(line + 1).unwrap_or(self.text.len());
        self.text.get(start..end).map(|text| text.trim_end_matches(['\n', '\r']))
    }

    /// The caret line, or `None` where the expression is the whole line (or
    /// the location is unknown), as in CPython's `tb_displayline`.
    fn carets(&self, line: u32, start: usize, end: usize) -> Option<String> {
        let line_start = self.line_start(line)?;
        let text = self.line(line)?;
        if end <= start || start < line_start || start - line_start > text.len() {
            return None;
        }
        let start_col = start - line_start;
        let trimmed_len = text.trim_end().len();
        let same_line = end - line_start <= text.len();
        // A multi-line expression is underlined to the end of its first line.
        let end_col = if same_line { end - line_start } else { trimmed_len };
        let segment = text.get(start_col..end_col)?;
        let anchors = if same_line { anchors(segment) } else { None };
        let indent = text.len() - text.trim_start().len();
        let chars = |bytes: &str| bytes.chars().count();
        let stripped_len = chars(&text[indent..trimmed_len]);
        let width = chars(segment);
        if width == stripped_len && anchors.is_none() {
            return None;
        }
        let mut out = " ".repeat(4 + chars(&text[indent..start_col.max(indent)]));
        match anchors {
            Some((left, right)) => {
                let (left, right) = (chars(&segment[..left]), chars(&segment[..right]));
                out.push_str(&"~".repeat(left));
                out.push_str(&"^".repeat(right - left));
                out.push_str(&"~".repeat(width - right));
            }
            None => out.push_str(&"^".repeat(width)),
        }
        Some(out)
    }
}

/// Byte offsets within `segment` of the part to mark with `^` when the
/// segment is a binary operation (the operator) or a subscript (the brackets).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = weft_syntax::parse_module(segment).ok()?;
    let [statement] = &module.body[..] else { return None };
    let StmtKind::Expr(expr) = &statement.kind else { return None };
    let bytes = segment.as_bytes();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            // Skip closing parentheses and whitespace to reach the operator.
            let at = (from..to).find(|&i| !bytes[i].is_ascii_whitespace() && bytes[i] != b')')?;
            let two_chars = at + 1 < to && !bytes[at + 1].is_ascii_whitespace();
            Some((at, at + 1 + usize::from(two_chars)))
        }
        ExprKind::Subscript { value, slice } => {
            let left = (value.span.end as usize..bytes.len()).find(|&i| bytes[i] == b'[')?;
            let after_slice = slice.span.end as usize;
            let right = (after_slice..bytes.len()).find(|&i| bytes[i] == b']').map_or(bytes.len(), |i| i + 1);
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carets_for(line: &str, expression: &str) -> Option<String> {
        let file = SourceFile::new(format!("{line}\n"));
        let start = line.find(expression).unwrap();
        file.carets(1, start, start + expression.len())
    }

    #[test]
    fn call_inside_a_line_is_underlined() {
        assert_eq!(carets_for("    print(f(1, 0) + 2)", "f(1, 0)").as_deref(), Some("          ^^^^^^^"));
    }

    #[test]
    fn binary_operation_marks_the_operator() {
        assert_eq!(carets_for("return a / b", "a / b").as_deref(), Some("           ~~^~~"));
        assert_eq!(carets_for("x = (a) // b", "(a) // b").as_deref(), Some("        ~~~~^^~~"));
    }

    #[test]
    fn subscript_marks_the_brackets() {
        assert_eq!(carets_for("t = x[\"k\"] + 1", "x[\"k\"]").as_deref(), Some("        ~^^^^^"));
    }

    #[test]
    fn whole_line_expression_has_no_carets() {
        assert_eq!(carets_for("f(x)", "f(x)"), None);
        assert_eq!(carets_for("    f(x)   ", "f(x)"), None);
    }
}
