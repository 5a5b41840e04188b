//! `_os`: the operating-system calls under the Python-source `os` and
//! `os.path` modules (`lib/os.py`, `lib/posixpath.py`). File-system calls
//! run detached from the runtime, as every blocking call does.

use weft_runtime::Runtime;

use crate::builtins::{arity, define};
use crate::object::Obj;
use crate::ops::dict;
use crate::protocols::str_text;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// `stdin_read(size)`: up to `size` bytes of standard input (all of it when
/// negative), through the process's one stdin buffer, which `input()` reads
/// too, so the two can be mixed.
fn stdin_read<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "stdin_read", &args, 1, 1)?;
    let size = crate::builtins::expect_int(vm, args.at(vm, 0)?)?;
    let read = R::detached(|| {
        crate::builtins::flush_stdout();
        let mut data = Vec::new();
        let stdin = std::io::stdin();
        let mut stdin = stdin.lock();
        if size < 0 {
            std::io::Read::read_to_end(&mut stdin, &mut data).map(|_| data)
        } else {
            std::io::Read::read_to_end(&mut std::io::Read::take(&mut stdin, size as u64), &mut data).map(|_| data)
        }
    });
    read.map(|data| crate::builtins::new_bytes(vm, data))
        .map_err(|error| vm.new_error(&vm.types().exceptions.os_error, error.to_string()))
}

/// `stdin_readline()`: the next line of standard input, `\n` included.
fn stdin_readline<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "stdin_readline", &args, 0, 0)?;
    let read = R::detached(|| {
        crate::builtins::flush_stdout();
        let mut line = Vec::new();
        std::io::BufRead::read_until(&mut std::io::stdin().lock(), b'\n', &mut line).map(|_| line)
    });
    read.map(|line| crate::builtins::new_bytes(vm, line))
        .map_err(|error| vm.new_error(&vm.types().exceptions.os_error, error.to_string()))
}

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    let environ = vm.new_dict();
    for (key, value) in std::env::vars() {
        let _ = dict::set_item(vm, &environ, vm.new_str(key), vm.new_str(value));
    }
    let _ = dict::set_item(vm, namespace, vm.new_str("environ"), Value::Obj(environ));
    define(vm, namespace, "getpid", |_, _| Ok(Value::Int(i64::from(std::process::id()))));
    define(vm, namespace, "stdin_read", stdin_read);
    define(vm, namespace, "isatty", |vm, args| {
        use std::io::IsTerminal;
        arity(vm, "isatty", &args, 1, 1)?;
        Ok(Value::Bool(match crate::builtins::expect_int(vm, args.at(vm, 0)?)? {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            _ => false,
        }))
    });
    define(vm, namespace, "stdin_readline", stdin_readline);
    define(vm, namespace, "cpu_count", |_, _| {
        Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
    });
    define(vm, namespace, "getcwd", |vm, _| {
        let cwd = std::env::current_dir().map_err(|e| os_error(vm, &e, "."))?;
        Ok(vm.new_str(cwd.display().to_string()))
    });
    define(vm, namespace, "listdir", |vm, args| {
        let path = path_arg(vm, &args, ".")?;
        let entries = R::detached(|| std::fs::read_dir(&path).and_then(|dir| dir.collect::<Result<Vec<_>, _>>()))
            .map_err(|e| os_error(vm, &e, &path))?;
        let names = entries.into_iter().map(|entry| vm.new_str(entry.file_name().to_string_lossy())).collect();
        Ok(vm.new_list(names))
    });
    define(vm, namespace, "remove", |vm, args| {
        let path = path_arg(vm, &args, "")?;
        R::detached(|| std::fs::remove_file(&path)).map_err(|e| os_error(vm, &e, &path))?;
        Ok(Value::None)
    });
    define(vm, namespace, "stat_kind", |vm, args| {
        // "file", "dir", "other", or None when nothing is there.
        let path = path_arg(vm, &args, ".")?;
        let kind = R::detached(|| std::fs::metadata(&path)).ok().map(|meta| {
            if meta.is_file() {
                "file"
            } else if meta.is_dir() {
                "dir"
            } else {
                "other"
            }
        });
        Ok(kind.map_or(Value::None, |kind| vm.new_str(kind)))
    });
    define(vm, namespace, "getsize", |vm, args| {
        let path = path_arg(vm, &args, ".")?;
        let meta = R::detached(|| std::fs::metadata(&path)).map_err(|e| os_error(vm, &e, &path))?;
        Ok(Value::Int(meta.len() as i64))
    });
}

fn path_arg<R: Runtime>(vm: &Vm<R>, args: &Args<R>, default: &str) -> PyResult<R, String> {
    arity(vm, "path function", args, 0, 1)?;
    match args.positional.first() {
        None => Ok(default.to_owned()),
        Some(value) => str_text(value).map(str::to_owned).ok_or_else(|| {
            vm.type_error(format!(
                "path should be string, bytes or os.PathLike, not {}",
                crate::protocols::type_name(vm, value)
            ))
        }),
    }
}

fn os_error<R: Runtime>(vm: &Vm<R>, error: &std::io::Error, path: &str) -> PyErr<R> {
    let exceptions = &vm.types().exceptions;
    let class = match error.kind() {
        std::io::ErrorKind::NotFound => &exceptions.file_not_found_error,
        _ => &exceptions.os_error,
    };
    let text = error.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    vm.new_error(class, format!("[Errno {}] {text}: '{path}'", error.raw_os_error().unwrap_or(0)))
}
