//! Snapshot tests: the tokens and the syntax tree of every program in
//! `tests/fixtures/`. Review changes with `cargo insta review`, or accept
//! them all with `INSTA_UPDATE=always cargo test`.

use std::fmt::Write;

use weft_syntax::LineIndex;
use weft_syntax::lexer::tokenize;

#[test]
fn tokens_and_trees() {
    insta::glob!("fixtures/*.py", |path| {
        let source = std::fs::read_to_string(path).expect("fixture is readable");
        let lines = LineIndex::new(&source);
        let tokens = tokenize(&source);
        assert!(tokens.error.is_none(), "{:?}", tokens.error);
        let mut listing = String::new();
        for (start, token, _) in &tokens.tokens {
            let (line, column) = lines.line_col(&source, *start);
            writeln!(listing, "{line:>3}:{column:<3} {}", token.describe()).expect("writing to a String");
        }
        insta::assert_snapshot!("tokens", listing);
        let module = weft_syntax::parse_module(&source).expect("fixture parses");
        insta::assert_debug_snapshot!("ast", module);
    });
}
