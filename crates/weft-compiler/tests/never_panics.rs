//! Whatever the input, lexing, parsing and compiling return a result: never
//! a panic (and, in debug builds, never bytecode whose stack depth is
//! inconsistent, which the compiler asserts).

use proptest::prelude::*;
use weft_compiler::{Mode, compile_source};

const FIXTURES: [&str; 8] = [
    include_str!("../../weft-syntax/tests/fixtures/classes.py"),
    include_str!("../../weft-syntax/tests/fixtures/comprehensions.py"),
    include_str!("../../weft-syntax/tests/fixtures/exceptions.py"),
    include_str!("../../weft-syntax/tests/fixtures/expressions.py"),
    include_str!("../../weft-syntax/tests/fixtures/functions.py"),
    include_str!("../../weft-syntax/tests/fixtures/imports.py"),
    include_str!("../../weft-syntax/tests/fixtures/statements.py"),
    include_str!("../../weft-syntax/tests/fixtures/strings.py"),
];

/// Pieces of Python that combine into inputs the parser gets far into.
const VOCABULARY: &[&str] = &[
    "def",
    "class",
    "if",
    "elif",
    "else",
    "for",
    "while",
    "in",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "return",
    "yield",
    "from",
    "import",
    "lambda",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "raise",
    "assert",
    "x",
    "y",
    "f",
    "1",
    "2.5",
    "3j",
    "'s'",
    "f'{x}'",
    "b'b'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "+=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "!=",
    ":=",
    "->",
    "...",
    "\n",
    "\n    ",
    "\n        ",
    "\t",
    " ",
    "#c\n",
    "\\\n",
];

fn compile(source: &str) {
    let _ = compile_source(source, "<fuzz>", Mode::Exec);
    let _ = compile_source(source, "<fuzz>", Mode::Interactive);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        compile(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn token_soup(words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..120)) {
        let source: String = words.iter().flat_map(|word| [*word, " "]).collect();
        compile(&source);
    }

    #[test]
    fn mutated_programs(
        fixture in 0..FIXTURES.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..12, proptest::sample::select(VOCABULARY)), 1..6),
    ) {
        let mut source = FIXTURES[fixture].to_owned();
        for (at, length, insert) in edits {
            // Edit at a char boundary: delete a few characters, insert a token.
            let boundaries: Vec<usize> = source.char_indices().map(|(i, _)| i).chain([source.len()]).collect();
            let start = boundaries[at.index(boundaries.len())];
            let end = boundaries.iter().copied().find(|&b| b >= start + length).unwrap_or(source.len());
            source.replace_range(start..end, insert);
        }
        compile(&source);
    }
}

#[test]
fn every_fixture_compiles() {
    for fixture in FIXTURES {
        compile_source(fixture, "<fixture>", Mode::Exec).expect("fixtures are valid Python");
    }
}
