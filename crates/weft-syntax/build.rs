fn main() {
    // The grammar lives in src/grammar.lalrpop; lalrpop writes the parser into OUT_DIR.
    lalrpop::Configuration::new().use_cargo_dir_conventions().process().expect("grammar.lalrpop failed to generate");
}
