//! The `weft` command, shared by both builds' binaries: each binary is
//! `weft_cli::main::<TheRuntime>()`.

pub mod allocator;
mod args;
mod repl;

use std::io::Read;
use std::process::ExitCode;

use clap::Parser;
use weft_compiler::Mode;
use weft_runtime::Runtime;
use weft_syntax::render_syntax_error;

pub use args::{Args, Source};

/// Runs the command line on runtime `R` and returns the process's exit status.
pub fn main<R: Runtime>() -> ExitCode {
    let args = Args::parse();
    if args.gil_stats() {
        R::enable_statistics();
    }
    if matches!(args.source(), Source::Interactive) && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        let vm = weft_vm::new_vm::<R>(args.argv(), search_path(&args));
        let status = repl::run(&vm);
        if let Err(error) = weft_vm::run::wait_for_threads(&vm) {
            weft_vm::run::report(&vm, &error);
        }
        finish::<R>(&args, status);
    }
    let (filename, source) = match read_program(&args) {
        Ok(program) => program,
        Err(message) => {
            eprintln!("weft: {message}");
            return ExitCode::from(2);
        }
    };
    if args.disassemble {
        return disassemble(&filename, &source);
    }
    let vm = weft_vm::new_vm::<R>(args.argv(), search_path(&args));
    let status = weft_vm::run_main(&vm, &source, &filename);
    finish::<R>(&args, status)
}

/// Ends the process as CPython does: daemon threads still running are not
/// waited for, and never run again — the main thread leaves without giving
/// up the GIL (or its handle on the runtime), straight to `exit`.
fn finish<R: Runtime>(args: &Args, status: i32) -> ! {
    if args.gil_stats() {
        eprint!("{}", R::statistics());
    }
    std::process::exit(status.clamp(0, 255))
}

/// `import` looks in the script's folder first (the current folder for `-c` and stdin).
fn search_path(args: &Args) -> Vec<std::path::PathBuf> {
    let folder = match args.source() {
        Source::File(path) => std::path::absolute(&path)
            .ok()
            .and_then(|p| p.parent().map(std::path::Path::to_path_buf))
            .unwrap_or_default(),
        _ => std::env::current_dir().unwrap_or_default(),
    };
    vec![folder]
}

fn read_program(args: &Args) -> Result<(String, String), String> {
    match args.source() {
        Source::Command(code) => Ok(("<string>".into(), code)),
        // Python names the main script by its absolute path in tracebacks.
        Source::File(path) => std::fs::read_to_string(&path)
            .map(|text| {
                let absolute = std::path::absolute(&path).map_or(path.clone(), |p| p.display().to_string());
                (absolute, text)
            })
            .map_err(|error| {
                format!("can't open file '{path}': [Errno {}] {error}", error.raw_os_error().unwrap_or(0))
            }),
        Source::Stdin | Source::Interactive => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|error| error.to_string())?;
            Ok(("<stdin>".into(), text))
        }
    }
}

fn disassemble(filename: &str, source: &str) -> ExitCode {
    match weft_compiler::compile_source(source, filename, Mode::Exec) {
        Ok(code) => {
            print!("{}", weft_bytecode::disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", render_syntax_error(filename, source, &error));
            ExitCode::FAILURE
        }
    }
}
