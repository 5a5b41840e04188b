//! `weft`: the GIL build.
fn main() -> std::process::ExitCode {
    weft_cli::main::<weft_runtime_gil::Gil>()
}
