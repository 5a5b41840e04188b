//! `_regex`: the matching engine behind the Python-source `re` module
//! (`lib/re.py`), on `fancy-regex` (backtracking where a pattern needs
//! backreferences or look-around, the `regex` crate's automata otherwise).
//!
//! `re` does everything above a single match here: iteration, `sub`,
//! `split`, the `Match` object. Positions cross this boundary as character
//! indices (Python's) and become byte offsets only inside.

use weft_runtime::{Runtime, Storage};

use crate::builtins::{arity, define, expect_int};
use crate::modules::regex_syntax::{self, SyntaxError};
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::pattern::{CompiledPattern, Mode};
use crate::protocols::type_name;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    define(vm, namespace, "compile", compile);
    define(vm, namespace, "scan", scan);
}

/// `compile(pattern, flags)`: `(handle, flags, groups, names, parents)`, or
/// `(None, message, position)` for a pattern Python would reject (`re`
/// raises its `error` with them).
fn compile<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "compile", &args, 2, 2)?;
    let flags = expect_int(vm, args.at(vm, 1)?)?;
    let (source, bytes): (Vec<char>, bool) = match args.at(vm, 0)?.as_obj().map(Obj::payload) {
        Some(Payload::Str(text)) => (text.as_str().chars().collect(), false),
        Some(Payload::Bytes(bytes)) => (bytes.iter().map(|&b| char::from(b)).collect(), true),
        Some(Payload::ByteArray(bytes)) => (bytes.read(|b| b.iter().map(|&b| char::from(b)).collect()), true),
        _ => {
            let pattern = args.at(vm, 0)?;
            return Err(vm.type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                type_name(vm, pattern)
            )));
        }
    };
    let rejected = |message: String, position: usize| {
        Ok(vm.new_tuple(vec![Value::None, vm.new_str(message), Value::Int(position as i64)]))
    };
    let translated = match regex_syntax::translate(&source, flags, bytes) {
        Ok(translated) => translated,
        Err(SyntaxError { message, position }) => return rejected(message, position),
    };
    let compiled = match CompiledPattern::new(&translated, bytes) {
        Ok(compiled) => compiled,
        Err(message) => return rejected(message, 0),
    };
    let names = compiled
        .names
        .iter()
        .map(|(name, index)| vm.new_tuple(vec![vm.new_str(name.as_str()), Value::Int(*index as i64)]))
        .collect();
    let parents = compiled.parents.iter().map(|&parent| Value::Int(parent as i64)).collect();
    let groups = compiled.groups as i64;
    let handle = Obj::new(&vm.types().object, Payload::Pattern(Box::new(compiled)), None);
    Ok(vm.new_tuple(vec![
        Value::Obj(handle),
        Value::Int(translated.flags),
        Value::Int(groups),
        vm.new_list(names),
        vm.new_list(parents),
    ]))
}

/// The subject of a scan, with what converts character indices to byte
/// offsets and back (identity for bytes and ASCII text).
struct Subject<'a> {
    text: &'a [u8],
    /// Text that is not all ASCII (offsets and indices differ).
    wide: Option<&'a str>,
}

impl Subject<'_> {
    fn len(&self) -> usize {
        self.wide.map_or(self.text.len(), |text| text.chars().count())
    }

    fn offset(&self, index: usize) -> usize {
        match self.wide {
            Some(text) => text.char_indices().nth(index).map_or(text.len(), |(offset, _)| offset),
            None => index,
        }
    }

    /// The index of byte `offset`, counting on from a known (index, offset)
    /// pair when it lies past it (iteration scans forward, so this stays
    /// linear over a whole `finditer`).
    fn index(&self, offset: usize, known: (usize, usize)) -> usize {
        match self.wide {
            Some(text) if offset >= known.1 => known.0 + text[known.1..offset].chars().count(),
            Some(text) => text[..offset].chars().count(),
            None => offset,
        }
    }
}

/// `scan(handle, string, pos, endpos, mode)`: None, or the flat list of
/// group spans (`start, end` per group, group 0 first; -1 for a group that
/// did not take part), as character indices.
fn scan<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "scan", &args, 5, 5)?;
    let Some(Payload::Pattern(compiled)) = args.at(vm, 0)?.as_obj().map(Obj::payload) else {
        return Err(vm.type_error("scan() needs a compiled pattern"));
    };
    let mode = match expect_int(vm, args.at(vm, 4)?)? {
        0 => Mode::Search,
        1 => Mode::Anchored,
        2 => Mode::Full,
        _ => Mode::Advancing,
    };
    let subject = args.at(vm, 1)?;
    let copied;
    let (text, wide): (&[u8], Option<&str>) = match (subject.as_obj().map(Obj::payload), compiled.bytes) {
        (Some(Payload::Str(text)), false) => (text.as_str().as_bytes(), (!text.is_ascii()).then(|| text.as_str())),
        (Some(Payload::Bytes(bytes)), true) => (bytes, None),
        (Some(Payload::ByteArray(bytes)), true) => {
            copied = bytes.read(Clone::clone);
            (&copied, None)
        }
        (Some(Payload::Str(_)), true) => {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        (Some(Payload::Bytes(_) | Payload::ByteArray(_)), false) => {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        _ => {
            return Err(
                vm.type_error(format!("expected string or bytes-like object, got '{}'", type_name(vm, subject)))
            );
        }
    };
    let subject = Subject { text, wide };
    let len = subject.len() as i64;
    let pos = expect_int(vm, args.at(vm, 2)?)?.clamp(0, len) as usize;
    let endpos = expect_int(vm, args.at(vm, 3)?)?.clamp(0, len) as usize;
    if endpos < pos {
        return Ok(Value::None);
    }
    let Some(program) = compiled.program(mode) else { return Ok(Value::None) };
    let (start, end) = (subject.offset(pos), subject.offset(endpos));
    // A str's bytes are valid UTF-8, which the engine matches as text.
    let found = program.captures_from_pos(&subject.text[..end], start);
    let captures = match found {
        Ok(Some(captures)) => captures,
        Ok(None) => return Ok(Value::None),
        Err(error) => {
            return Err(vm.new_error(&vm.types().exceptions.runtime_error, format!("regular expression: {error}")));
        }
    };
    let mut spans = Vec::with_capacity(2 * (compiled.groups + 1));
    for group in 0..=compiled.groups {
        match captures.get(group) {
            Some(found) => {
                spans.push(Value::Int(subject.index(found.start(), (pos, start)) as i64));
                spans.push(Value::Int(subject.index(found.end(), (pos, start)) as i64));
            }
            None => spans.extend([Value::Int(-1), Value::Int(-1)]),
        }
    }
    Ok(vm.new_list(spans))
}
