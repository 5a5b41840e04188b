//! Snapshot tests: the disassembly of every program in weft-syntax's
//! `tests/fixtures/`, so a change in code generation shows as a diff.

#[test]
fn disassembly() {
    insta::glob!("../../weft-syntax/tests", "fixtures/*.py", |path| {
        let source = std::fs::read_to_string(path).expect("fixture is readable");
        let name = path.file_name().expect("a file").to_string_lossy();
        let code = weft_compiler::compile_source(&source, &name, weft_compiler::Mode::Exec).expect("fixture compiles");
        insta::assert_snapshot!(weft_bytecode::disassemble(&code));
    });
}
