//! Byte offsets to lines and columns, for error messages and line tables.

/// The start offset of every line of a source text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    i += 1;
                    line_starts.push(i as u32 + 1);
                }
                b'\r' => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The 1-based line holding `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&(offset as u32)) {
            Ok(line) => line as u32 + 1,
            Err(next) => next as u32,
        }
    }

    /// The byte offset where the 1-based `line` begins.
    pub fn line_start(&self, line: u32) -> usize {
        self.line_starts.get(line as usize - 1).copied().unwrap_or(0) as usize
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let start = self.line_start(line).min(source.len());
        let rest = &source[start..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        &rest[..end]
    }

    /// 1-based line and 0-based column in characters (what CPython's caret counts).
    pub fn line_col(&self, source: &str, offset: usize) -> (u32, usize) {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let offset = offset.min(source.len()).max(start);
        let column = source.get(start..offset).map_or(0, |prefix| prefix.chars().count());
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines_and_columns() {
        let source = "ab\ncdé\r\nx";
        let index = LineIndex::new(source);
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(3), 2);
        assert_eq!(index.line_col(source, source.len() - 1), (3, 0));
        assert_eq!(index.line_text(source, 2), "cdé");
        assert_eq!(index.line_col(source, 7), (2, 3));
    }
}
