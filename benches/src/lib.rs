//! Inputs shared by weft's benchmarks, and the comparison harness behind
//! `weft-bench` ([`harness`]).

pub mod harness;

/// A large, varied Python source: the syntax fixtures repeated until the
/// text reaches `target_bytes`, each copy's names given a distinct suffix so
/// the compiler's tables grow as they would for a real large module.
pub fn generated_source(target_bytes: usize) -> String {
    const PARTS: [&str; 8] = [
        include_str!("../../crates/weft-syntax/tests/fixtures/classes.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/comprehensions.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/exceptions.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/expressions.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/functions.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/imports.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/statements.py"),
        include_str!("../../crates/weft-syntax/tests/fixtures/strings.py"),
    ];
    let mut source = String::with_capacity(target_bytes + 4096);
    let mut copy = 0;
    while source.len() < target_bytes {
        for part in PARTS {
            let renamed = part.replace("def ", &format!("def v{copy}_")).replace("class ", &format!("class V{copy}_"));
            source.push_str(&renamed);
            source.push('\n');
        }
        copy += 1;
    }
    source
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_source_is_valid_python_for_weft() {
        let source = super::generated_source(100_000);
        assert!(source.len() >= 100_000);
        weft_compiler::compile_source(&source, "<generated>", weft_compiler::Mode::Exec).expect("compiles");
    }
}
