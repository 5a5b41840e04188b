//! `open()` for text and binary files: the whole file is read on opening for
//! (with universal newlines, as text mode does), and writes are buffered
//! until `flush()` or `close()`.

use std::io::Write;

use weft_runtime::{Runtime, Storage};

use super::{arity, define, define_method, keyword};
use crate::object::Obj;
use crate::objects::Payload;
use crate::protocols::{str_text, type_name};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub struct FileState {
    name: String,
    mode: String,
    /// Opened with `b`: reads give bytes and writes take them.
    binary: bool,
    /// The text still to be read.
    unread: String,
    /// In binary mode, the whole file as read, and the position in it
    /// (`seek` and `tell` move it).
    bytes: Vec<u8>,
    position: usize,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    closed: bool,
}

pub fn install<R: Runtime>(vm: &Vm<R>) {
    define(vm, &vm.interp.builtins, "open", open);
    let class = &vm.types().file;
    define_method(vm, class, "read", |vm, args| {
        let size = args.positional.get(1).map(|s| super::expect_int(vm, s)).transpose()?.unwrap_or(-1);
        let chunk = with_open(vm, &args, |state| {
            Ok(if state.binary {
                let rest = state.bytes.len().saturating_sub(state.position);
                let take = if size < 0 { rest } else { (size as usize).min(rest) };
                Chunk::Bytes(state.advance(take))
            } else {
                let take = if size < 0 { state.unread.len() } else { byte_len(&state.unread, size as usize) };
                Chunk::Text(state.unread.drain(..take).collect())
            })
        })?;
        Ok(chunk.into_value(vm))
    });
    define_method(vm, class, "readline", |vm, args| {
        let line = with_open(vm, &args, |state| Ok(next_line(state)))?;
        Ok(line.into_value(vm))
    });
    define_method(vm, class, "readlines", |vm, args| {
        let lines = with_open(vm, &args, |state| {
            let mut lines = Vec::new();
            loop {
                let line = next_line(state);
                if line.is_empty() {
                    break;
                }
                lines.push(line);
            }
            Ok(lines)
        })?;
        Ok(vm.new_list(lines.into_iter().map(|line| line.into_value(vm)).collect()))
    });
    define_method(vm, class, "__next__", |vm, args| {
        let line = with_open(vm, &args, |state| Ok(next_line(state)))?;
        if line.is_empty() {
            return Err(vm.stop_iteration(Value::None));
        }
        Ok(line.into_value(vm))
    });
    define_method(vm, class, "__iter__", |_, args| Ok(args.positional[0].clone()));
    define_method(vm, class, "write", |vm, args| {
        arity(vm, "write", &args, 2, 2)?;
        let value = args.at(vm, 1)?;
        let binary = state(args.at(vm, 0)?).read(|state| state.binary);
        let (data, written) = if binary {
            let Some(bytes) = super::bytes_methods::bytes_of(value) else {
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, value))));
            };
            let length = bytes.len();
            (bytes, length)
        } else {
            let Some(text) = str_text(value) else {
                return Err(vm.type_error(format!("write() argument must be str, not {}", type_name(vm, value))));
            };
            (text.as_bytes().to_vec(), text.chars().count())
        };
        with_open(vm, &args, |state| match &mut state.writer {
            Some(writer) => writer.write_all(&data).map_err(|e| e.to_string()),
            None => Err("not writable".to_owned()),
        })?;
        Ok(Value::Int(written as i64))
    });
    define_method(vm, class, "seek", |vm, args| {
        arity(vm, "seek", &args, 2, 3)?;
        let offset = super::expect_int(vm, args.at(vm, 1)?)?;
        let whence = args.positional.get(2).map(|w| super::expect_int(vm, w)).transpose()?.unwrap_or(0);
        let position = with_open(vm, &args, |state| {
            if !state.binary || state.writer.is_some() {
                return Err("seek() is only supported on files opened for binary reading".to_owned());
            }
            let base = match whence {
                0 => 0,
                1 => state.position as i64,
                2 => state.bytes.len() as i64,
                _ => return Err(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
            };
            let target = base + offset;
            if target < 0 {
                return Err(format!("negative seek value {target}"));
            }
            state.position = target as usize;
            Ok(target)
        })?;
        Ok(Value::Int(position))
    });
    define_method(vm, class, "tell", |vm, args| {
        let position = with_open(vm, &args, |state| Ok(state.position))?;
        Ok(Value::Int(position as i64))
    });
    define_method(vm, class, "flush", |vm, args| {
        with_open(vm, &args, flush)?;
        Ok(Value::None)
    });
    define_method(vm, class, "close", |vm, args| {
        close(vm, args.at(vm, 0)?)?;
        Ok(Value::None)
    });
    define_method(vm, class, "__enter__", |_, args| Ok(args.positional[0].clone()));
    define_method(vm, class, "__exit__", |vm, args| {
        close(vm, args.at(vm, 0)?)?;
        Ok(Value::Bool(false))
    });
}

/// What a read gives: text, or bytes from a binary file.
enum Chunk {
    Text(String),
    Bytes(Vec<u8>),
}

impl Chunk {
    fn is_empty(&self) -> bool {
        match self {
            Chunk::Text(text) => text.is_empty(),
            Chunk::Bytes(bytes) => bytes.is_empty(),
        }
    }

    fn into_value<R: Runtime>(self, vm: &Vm<R>) -> Value<R> {
        match self {
            Chunk::Text(text) => vm.new_str(text),
            Chunk::Bytes(bytes) => super::new_bytes(vm, bytes),
        }
    }
}

fn next_line(state: &mut FileState) -> Chunk {
    if !state.binary {
        return Chunk::Text(take_line(&mut state.unread));
    }
    let rest = state.bytes.get(state.position..).unwrap_or_default();
    let length = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1);
    Chunk::Bytes(state.advance(length))
}

impl FileState {
    /// The next `length` bytes of a binary file, moving past them.
    fn advance(&mut self, length: usize) -> Vec<u8> {
        let start = self.position.min(self.bytes.len());
        let end = (start + length).min(self.bytes.len());
        self.position = start.max(end);
        self.bytes[start..end].to_vec()
    }
}

fn state<R: Runtime>(file: &Value<R>) -> &R::Storage<FileState> {
    match file.as_obj().map(Obj::payload) {
        Some(Payload::File(state)) => state,
        _ => unreachable!("file methods receive files"),
    }
}

/// Runs `action` on an open file; an `Err(message)` becomes an OSError.
fn with_open<R: Runtime, T>(
    vm: &Vm<R>,
    args: &Args<R>,
    action: impl FnOnce(&mut FileState) -> Result<T, String>,
) -> PyResult<R, T> {
    let result = state(args.at(vm, 0)?).write(|state| {
        if state.closed {
            return Err(None);
        }
        action(state).map_err(Some)
    });
    result.map_err(|message| match message {
        None => vm.value_error("I/O operation on closed file."),
        Some(message) => vm.new_error(&vm.types().exceptions.os_error, message),
    })
}

fn flush(state: &mut FileState) -> Result<(), String> {
    match &mut state.writer {
        Some(writer) => writer.flush().map_err(|e| e.to_string()),
        None => Ok(()),
    }
}

fn close<R: Runtime>(vm: &Vm<R>, file: &Value<R>) -> PyResult<R, ()> {
    let result = state(file).write(|state| {
        let flushed = flush(state);
        state.writer = None;
        state.closed = true;
        flushed
    });
    result.map_err(|message| vm.new_error(&vm.types().exceptions.os_error, message))
}

/// The byte length of the first `chars` characters.
fn byte_len(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(offset, _)| offset)
}

fn take_line(unread: &mut String) -> String {
    let end = unread.find('\n').map_or(unread.len(), |i| i + 1);
    unread.drain(..end).collect()
}

/// Text mode's universal newlines: `\r\n` and `\r` read as `\n`.
fn universal_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn open<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "open", &args, 1, 3)?;
    let Some(name) = str_text(args.at(vm, 0)?).map(str::to_owned) else {
        return Err(
            vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(vm, args.at(vm, 0)?)))
        );
    };
    let mode = args.positional.get(1).cloned().or_else(|| keyword(&args, "mode"));
    let mode = mode.as_ref().and_then(str_text).unwrap_or("r").to_owned();
    let binary = mode.contains('b');
    let (unread, bytes, writer) = match mode.chars().find(|c| "rwax".contains(*c)).unwrap_or('r') {
        'r' if !mode.contains('+') && binary => {
            let bytes = R::detached(|| std::fs::read(&name)).map_err(|error| os_error(vm, &error, &name))?;
            (String::new(), bytes, None)
        }
        'r' if !mode.contains('+') => {
            let text = R::detached(|| std::fs::read_to_string(&name)).map_err(|error| os_error(vm, &error, &name))?;
            (universal_newlines(text), Vec::new(), None)
        }
        kind => {
            let mut options = std::fs::OpenOptions::new();
            match kind {
                'w' => options.write(true).create(true).truncate(true),
                'a' => options.append(true).create(true),
                'x' => options.write(true).create_new(true),
                _ => options.read(true).write(true),
            };
            let file = R::detached(|| options.open(&name)).map_err(|error| os_error(vm, &error, &name))?;
            (String::new(), Vec::new(), Some(std::io::BufWriter::new(file)))
        }
    };
    let state = FileState { name, mode, binary, unread, bytes, position: 0, writer, closed: false };
    let file = Obj::new(&vm.types().file, Payload::File(Box::new(R::Storage::new(state))), None);
    Ok(Value::Obj(file))
}

/// An OSError of the subclass CPython picks for this error, with errno,
/// strerror and filename set.
pub fn os_error<R: Runtime>(vm: &Vm<R>, error: &std::io::Error, filename: &str) -> PyErr<R> {
    let code = error.raw_os_error().unwrap_or(0);
    let exceptions = &vm.types().exceptions;
    let class = match error.kind() {
        std::io::ErrorKind::NotFound => exceptions.file_not_found_error.clone(),
        _ => crate::types::dict_get_str(&vm.interp.builtins, os_error_class(error.kind()))
            .and_then(|c| c.as_obj().cloned())
            .unwrap_or_else(|| exceptions.os_error.clone()),
    };
    let strerror = strerror(error);
    let args = vm.new_tuple(vec![Value::Int(i64::from(code)), vm.new_str(strerror), vm.new_str(filename)]);
    PyErr { exception: vm.new_exception(&class, args) }
}

fn os_error_class(kind: std::io::ErrorKind) -> &'static str {
    match kind {
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        std::io::ErrorKind::IsADirectory => "IsADirectoryError",
        std::io::ErrorKind::NotADirectory => "NotADirectoryError",
        _ => "OSError",
    }
}

/// The C library's message for an error, without Rust's " (os error N)".
fn strerror(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// `repr()` of a file object.
pub fn file_repr<R: Runtime>(file: &Obj<R>) -> String {
    let Payload::File(state) = file.payload() else { return String::new() };
    state.read(|s| {
        let name = weft_bytecode::repr::str_repr(&s.name);
        match (s.binary, s.writer.is_some()) {
            (true, false) => format!("<_io.BufferedReader name={name}>"),
            (true, true) => format!("<_io.BufferedWriter name={name}>"),
            _ => format!(
                "<_io.TextIOWrapper name={name} mode={} encoding='UTF-8'>",
                weft_bytecode::repr::str_repr(&s.mode)
            ),
        }
    })
}

/// `closed`, `name` and `mode` attributes.
pub fn file_attr<R: Runtime>(vm: &Vm<R>, file: &Obj<R>, name: &str) -> Option<Value<R>> {
    let Payload::File(state) = file.payload() else { return None };
    state.read(|s| match name {
        "closed" => Some(Value::Bool(s.closed)),
        "name" => Some(vm.new_str(s.name.as_str())),
        "mode" => Some(vm.new_str(s.mode.as_str())),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::{take_line, universal_newlines};

    #[test]
    fn lines_keep_their_newlines() {
        let mut text = universal_newlines("a\r\nb\rc\n".to_owned());
        assert_eq!(take_line(&mut text), "a\n");
        assert_eq!(take_line(&mut text), "b\n");
        assert_eq!(take_line(&mut text), "c\n");
        assert_eq!(take_line(&mut text), "");
    }
}
