//! `str.maketrans`/`str.translate` and their bytes counterparts: building
//! a translation table and mapping each character (or byte) through it.

use weft_runtime::Runtime;

use super::{arity, bytes_of, define_method, define_staticmethod, new_bytes};
use crate::objects::Payload;
use crate::ops::{dict, number};
use crate::protocols::{str_text, type_name};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let types = vm.types();
    define_staticmethod(vm, &types.str, "maketrans", str_maketrans);
    define_method(vm, &types.str, "translate", str_translate);
    for class in [&types.bytes, &types.bytearray] {
        define_staticmethod(vm, class, "maketrans", bytes_maketrans);
        define_method(vm, class, "translate", bytes_translate);
    }
}

/// `str.maketrans(mapping)` or `str.maketrans(from, to[, delete])`: a dict
/// from code points to code points, strings or None.
fn str_maketrans<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "maketrans", &args, 1, 3)?;
    let table = vm.new_dict();
    if args.positional.len() == 1 {
        let mapping = &args.positional[0];
        let Some(Payload::Dict(_)) = mapping.as_obj().map(|obj| obj.payload()) else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (key, value) in dict::entries(mapping.as_obj().expect("a dict")) {
            let code = match (str_text(&key), &key) {
                (Some(text), _) => single_char(text)
                    .ok_or_else(|| vm.value_error("string keys in translate table must be of length 1"))?,
                (None, Value::Int(code)) => *code,
                _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            dict::set_item(vm, &table, Value::Int(code), value)?;
        }
        return Ok(Value::Obj(table));
    }
    let text = |at: usize, which: &str| {
        let value = &args.positional[at];
        str_text(value).map(str::to_owned).ok_or_else(|| {
            vm.type_error(format!("maketrans() argument {which} must be str, not {}", type_name(vm, value)))
        })
    };
    let (from, to) = (text(0, "1")?, text(1, "2")?);
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        dict::set_item(vm, &table, Value::Int(i64::from(u32::from(a))), Value::Int(i64::from(u32::from(b))))?;
    }
    if args.positional.len() == 3 {
        for c in text(2, "3")?.chars() {
            dict::set_item(vm, &table, Value::Int(i64::from(u32::from(c))), Value::None)?;
        }
    }
    Ok(Value::Obj(table))
}

fn single_char(text: &str) -> Option<i64> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(i64::from(u32::from(c))),
        _ => None,
    }
}

/// `str.translate(table)`: each character is looked up by code point with
/// `table[code]`; a missing entry (LookupError) keeps the character.
fn str_translate<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "translate", &args, 2, 2)?;
    let text = str_text(&args.positional[0]).expect("a str receiver").to_owned();
    let table = &args.positional[1];
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = match crate::ops::get_item(vm, table, key) {
            Ok(mapped) => mapped,
            Err(error) if vm.error_matches(&error, &vm.types().exceptions.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(error) => return Err(error),
        };
        match (&mapped, str_text(&mapped), number::as_bigint(&mapped)) {
            (Value::None, _, _) => {}
            (_, Some(replacement), _) => out.push_str(replacement),
            (_, None, Some(code)) => {
                let code = u32::try_from(&code)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| vm.value_error("character mapping must be in range(0x110000)"))?;
                out.push(code);
            }
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(vm.new_str(out))
}

/// `bytes.maketrans(from, to)`: a 256-byte table mapping each byte of
/// `from` to the byte at the same place in `to`.
fn bytes_maketrans<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "maketrans", &args, 2, 2)?;
    let bytes = |value: &Value<R>| {
        bytes_of(value)
            .ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, value))))
    };
    let (from, to) = (bytes(&args.positional[0])?, bytes(&args.positional[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in from.into_iter().zip(to) {
        table[usize::from(a)] = b;
    }
    Ok(new_bytes(vm, table))
}

/// `bytes.translate(table, delete=b"")`: drop the bytes in `delete`, map
/// the rest through the table (None keeps them).
fn bytes_translate<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "translate", &args, 2, 3)?;
    let source = bytes_of(&args.positional[0]).expect("a bytes receiver");
    let table = match &args.positional[1] {
        Value::None => None,
        value => {
            let table = bytes_of(value).ok_or_else(|| {
                vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, value)))
            })?;
            if table.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(table)
        }
    };
    let delete = match super::keyword(&args, "delete").or_else(|| args.positional.get(2).cloned()) {
        Some(value) => bytes_of(&value).ok_or_else(|| {
            vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, &value)))
        })?,
        None => Vec::new(),
    };
    let out: Vec<u8> = source
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |table| table[usize::from(b)]))
        .collect();
    Ok(match args.positional[0].as_obj().map(|obj| obj.payload()) {
        Some(Payload::ByteArray(_)) => super::new_bytearray(vm, out),
        _ => new_bytes(vm, out),
    })
}
