//! The interactive prompt: `>>>` for a new entry, `...` while the entry is
//! incomplete (an open bracket, an unfinished block), results echoed with
//! `repr`, errors printed without leaving. Ctrl-C drops the line, Ctrl-D exits.

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use weft_runtime::Runtime;
use weft_vm::run::{Entry, Session};
use weft_vm::vm::Vm;

/// Whether an entry is ready to run, by CPython's interactive rules: a
/// compound statement runs once an empty line follows it; anything else as
/// soon as it has no open bracket or string.
pub fn is_complete(input: &str) -> bool {
    if input.trim().is_empty() {
        return true;
    }
    if let Err(error) = weft_syntax::parse_module(input) {
        let message = &error.message;
        let unfinished = message.ends_with("was never closed")
            || message.starts_with("unterminated triple-quoted string")
            || message.starts_with("expected an indented block");
        if unfinished {
            return false;
        }
    }
    let first_line = input.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    let opens_block = first_line.trim_end().ends_with(':') || first_line.starts_with('@');
    !opens_block || input.ends_with("\n\n") || input.lines().last().is_some_and(|line| line.trim().is_empty())
}

pub fn run<R: Runtime>(vm: &Vm<R>) -> i32 {
    println!("weft {} [{}] — Python 3.11 compatible\nType Ctrl-D to exit.", env!("CARGO_PKG_VERSION"), R::NAME);
    let Ok(mut editor) = DefaultEditor::new() else {
        eprintln!("weft: cannot start the line editor");
        return 1;
    };
    let session = Session::new(vm);
    loop {
        let entry = match read_entry(&mut editor) {
            Ok(Some(entry)) => entry,
            Ok(None) => continue,
            Err(ReadlineError::Eof) => return 0,
            Err(error) => {
                eprintln!("weft: {error}");
                return 1;
            }
        };
        if let Entry::Exit(status) = session.run(vm, &entry) {
            return status;
        }
    }
}

/// Reads one entry: a `>>>` line, then `...` lines until it is complete.
/// Ctrl-C abandons the entry (None); Ctrl-D on an empty prompt ends the session.
fn read_entry(editor: &mut DefaultEditor) -> Result<Option<String>, ReadlineError> {
    let mut entry = String::new();
    let mut prompt = ">>> ";
    loop {
        match editor.readline(prompt) {
            Ok(line) => {
                entry.push_str(&line);
                entry.push('\n');
            }
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                return Ok(None);
            }
            Err(ReadlineError::Eof) if !entry.is_empty() => entry.push('\n'),
            Err(error) => return Err(error),
        }
        if is_complete(&entry) {
            break;
        }
        prompt = "... ";
    }
    if entry.trim().is_empty() {
        return Ok(None);
    }
    let _ = editor.add_history_entry(entry.trim_end());
    Ok(Some(entry))
}

#[cfg(test)]
mod tests {
    use super::is_complete;

    #[test]
    fn entries_complete_as_in_python() {
        assert!(is_complete("x = 1"));
        assert!(is_complete("print(1 +\n2)"));
        assert!(!is_complete("print(1 +"));
        assert!(!is_complete("if x:"));
        assert!(!is_complete("if x:\n    y = 1"));
        assert!(is_complete("if x:\n    y = 1\n\n"));
        assert!(!is_complete("s = '''abc"));
        assert!(!is_complete("@decorator"));
    }
}
