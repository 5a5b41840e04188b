//! Every syntax error case recorded from CPython 3.11 in
//! `data/syntax_errors.jsonl` (re-record with `data/record_syntax_errors.py`)
//! must fail in weft with the same exception type, message, line and column.

use weft_compiler::{Mode, compile_source};
use weft_syntax::LineIndex;

#[test]
fn syntax_errors_match_cpython() {
    let data = include_str!("data/syntax_errors.jsonl");
    let mut mismatches = Vec::new();
    for line in data.lines() {
        let case: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let source = case["source"].as_str().expect("source");
        let expected = format!(
            "{}: {} (line {}, column {})",
            case["type"].as_str().expect("type"),
            case["message"].as_str().expect("message"),
            case["line"],
            case["column"]
        );
        let actual = match compile_source(source, "<case>", Mode::Exec) {
            Ok(_) => "compiled without error".to_owned(),
            Err(error) => {
                let (line, column) = LineIndex::new(source).line_col(source, error.span.start as usize);
                format!("{}: {} (line {line}, column {column})", error.kind.name(), error.message)
            }
        };
        if actual != expected {
            mismatches.push(format!("{source:?}\n    expected {expected}\n    got      {actual}"));
        }
    }
    assert!(mismatches.is_empty(), "{} case(s) differ from CPython:\n{}", mismatches.len(), mismatches.join("\n"));
}
