//! Command-line arguments, in Python's shape: options, then the program
//! (`FILE`, `-c CODE` or `-`), then the program's own arguments untouched.

use clap::Parser;

#[derive(Parser, Debug)]
#[command(
    name = "weft",
    version,
    about = "weft: a Python runtime with a GIL build and a free-threaded build",
    after_help = "With no FILE and no -c, weft starts an interactive session."
)]
pub struct Args {
    /// Run CODE (the rest of the arguments become sys.argv[1:]).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    pub command: Option<String>,

    /// Print the program's bytecode instead of running it.
    #[arg(long = "dis")]
    pub disassemble: bool,

    /// Implementation options, as `-X name` (see the README).
    #[arg(short = 'X', value_name = "OPTION")]
    pub implementation_options: Vec<String>,

    /// The program file, or `-` for standard input, then its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    pub program: Vec<String>,
}

/// Where the program comes from.
pub enum Source {
    Command(String),
    File(String),
    Stdin,
    Interactive,
}

impl Args {
    pub fn source(&self) -> Source {
        if let Some(code) = &self.command {
            return Source::Command(code.clone());
        }
        match self.program.first().map(String::as_str) {
            None => Source::Interactive,
            Some("-") => Source::Stdin,
            Some(path) => Source::File(path.to_owned()),
        }
    }

    /// `-X gil-stats` (or `WEFT_GIL_STATS=1`): print the runtime's
    /// statistics to stderr at exit.
    pub fn gil_stats(&self) -> bool {
        self.implementation_options.iter().any(|option| option == "gil-stats")
            || std::env::var_os("WEFT_GIL_STATS").is_some_and(|value| !value.is_empty() && value != "0")
    }

    /// What the program sees as `sys.argv`.
    pub fn argv(&self) -> Vec<String> {
        match self.source() {
            Source::Command(_) => std::iter::once("-c".to_owned()).chain(self.program.iter().cloned()).collect(),
            Source::Interactive => vec![String::new()],
            Source::File(_) | Source::Stdin => self.program.clone(),
        }
    }
}
