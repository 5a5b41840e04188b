//! The `builtins` module and the methods of the builtin types. Functions are
//! in `builtins/functions.rs`, type constructors in `builtins/constructors.rs`,
//! and each type's methods in its own file.

pub(crate) mod bytes_methods;
pub mod codecs;
pub use bytes_methods::{bytes_of, new_bytearray};
mod constructors;
pub mod dict_methods;
mod dunders;
pub mod file;
mod functions;
mod list_methods;
mod number_methods;
mod object_methods;
mod str_methods;
mod translate;

use std::io::Write;
use std::sync::Mutex;

use num_traits::ToPrimitive;
use weft_runtime::{Items, Runtime, Storage};

use crate::object::Obj;
use crate::objects::{BuiltinFunction, NativeFn, Payload};
use crate::ops::{dict, number};
use crate::protocols::{self, str_text, type_name, user_method};
use crate::types::class_data;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub use constructors::{new_super, real_to_float, to_float, to_int};
pub use functions::{format, print_expression};
pub use list_methods::sort_list;

/// Standard output, buffered; flushed before anything goes to stderr and at exit.
static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

pub fn write_stdout(text: &str) {
    write_stdout_bytes(text.as_bytes());
}

/// `sys.stdout.buffer.write`: raw bytes, through the same buffer as text so
/// the two stay in order.
pub fn write_stdout_bytes(bytes: &[u8]) {
    let mut out = STDOUT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let writer = out.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let _ = writer.write_all(bytes);
}

pub fn flush_stdout() {
    let mut out = STDOUT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(writer) = out.as_mut() {
        let _ = writer.flush();
    }
}

/// A builtin function object (unbound).
pub fn native<R: Runtime>(vm: &Vm<R>, name: &'static str, function: NativeFn<R>) -> Value<R> {
    native_of(vm, name, function, None)
}

fn native_of<R: Runtime>(vm: &Vm<R>, name: &'static str, function: NativeFn<R>, owner: Option<&Obj<R>>) -> Value<R> {
    let builtin = BuiltinFunction { name, function, receiver: None, owner: owner.cloned(), keywords: true };
    let obj = Obj::new(&vm.types().builtin_function, Payload::Builtin(builtin), None);
    obj.make_immortal();
    Value::Obj(obj)
}

/// Adds a native function that takes no keyword arguments.
pub fn define_positional<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>, name: &'static str, function: NativeFn<R>) {
    let builtin = BuiltinFunction { name, function, receiver: None, owner: None, keywords: false };
    let obj = Obj::new(&vm.types().builtin_function, Payload::Builtin(builtin), None);
    obj.make_immortal();
    let _ = dict::set_item(vm, namespace, Value::Obj(vm.interp.intern(name)), Value::Obj(obj));
}

/// Adds a native function to a namespace dict.
pub fn define<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>, name: &'static str, function: NativeFn<R>) {
    let value = native(vm, name, function);
    let _ = dict::set_item(vm, namespace, Value::Obj(vm.interp.intern(name)), value);
}

/// Adds a native classmethod (`int.from_bytes`): it receives the class first.
pub fn define_classmethod<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &'static str, function: NativeFn<R>) {
    let wrapped = Obj::new(&vm.types().classmethod, Payload::ClassMethod(native(vm, name, function)), None);
    wrapped.make_immortal();
    let _ = dict::set_item(vm, &class_data(class).dict, Value::Obj(vm.interp.intern(name)), Value::Obj(wrapped));
}

/// Adds a native staticmethod (`str.maketrans`): it receives only its arguments.
pub fn define_staticmethod<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &'static str, function: NativeFn<R>) {
    let wrapped = Obj::new(&vm.types().staticmethod, Payload::StaticMethod(native(vm, name, function)), None);
    wrapped.make_immortal();
    let _ = dict::set_item(vm, &class_data(class).dict, Value::Obj(vm.interp.intern(name)), Value::Obj(wrapped));
}

/// Adds a native method to a builtin class's namespace. Calls check that
/// the first argument is an instance of `class` before the method runs.
pub fn define_method<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &'static str, function: NativeFn<R>) {
    // `__new__` receives the class, not an instance.
    let owner = (name != "__new__").then_some(class);
    let value = native_of(vm, name, function, owner);
    let _ = dict::set_item(vm, &class_data(class).dict, Value::Obj(vm.interp.intern(name)), value);
}

/// Fills the builtins module and the builtin types' methods.
pub fn install<R: Runtime>(vm: &Vm<R>) {
    functions::install(vm);
    constructors::install(vm);
    object_methods::install(vm);
    str_methods::install(vm);
    translate::install(vm);
    list_methods::install(vm);
    dict_methods::install(vm);
    dunders::install(vm);
    number_methods::install(vm);
    file::install(vm);
    bytes_methods::install(vm);
}

// ----- Argument checking -----

/// Checks the number of positional arguments, with CPython's wording.
pub fn arity<R: Runtime>(vm: &Vm<R>, name: &str, args: &Args<R>, min: usize, max: usize) -> PyResult<R, ()> {
    let given = args.positional.len();
    if given >= min && given <= max {
        return Ok(());
    }
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({given} given)"),
            1 => format!("{name}() takes exactly one argument ({given} given)"),
            _ => format!("{name} expected {min} arguments, got {given}"),
        }
    } else if given < min {
        format!("{name} expected at least {min} argument{}, got {given}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {given}", if max == 1 { "" } else { "s" })
    };
    Err(vm.type_error(message))
}

/// The keyword argument `name`, if given.
pub fn keyword<R: Runtime>(args: &Args<R>, name: &str) -> Option<Value<R>> {
    args.keywords.iter().find(|(key, _)| crate::protocols::obj_text(key) == Some(name)).map(|(_, v)| v.clone())
}

pub fn expect_int<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => match number::as_bigint(value) {
            Some(big) => big.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
            None => crate::subscript::index_of(vm, value).map(|i| i as i64),
        },
    }
}

// ----- Helpers used across the VM -----

/// `len(value)`.
pub fn length<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, usize> {
    if let Some(method) = user_method(value, "__len__") {
        let result = protocols::call_method(vm, &method, value, vec![])?;
        let length = expect_int(vm, &result)?;
        if length < 0 {
            return Err(vm.value_error("__len__() should return >= 0"));
        }
        return Ok(length as usize);
    }
    builtin_length(vm, value)
}

/// `len()` of a builtin kind, ignoring overrides.
pub fn builtin_length<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, usize> {
    let Some(obj) = value.as_obj() else {
        return Err(vm.type_error(format!("object of type '{}' has no len()", type_name(vm, value))));
    };
    Ok(match obj.payload() {
        Payload::Str(text) => text.char_len(),
        Payload::Bytes(bytes) => bytes.len(),
        Payload::ByteArray(bytes) => bytes.read(Vec::len),
        Payload::Tuple(items) => items.len(),
        Payload::List(items) => items.len(),
        Payload::Dict(table) => table.len(),
        Payload::Set(_) => crate::ops::set::len(obj),
        Payload::DictView { dict, .. } => crate::ops::dict::len(dict),
        Payload::Range { .. } => crate::ops::range::length(vm, obj)?,
        _ => {
            return Err(vm.type_error(format!("object of type '{}' has no len()", type_name(vm, value))));
        }
    })
}

/// Iterates an object with only `__getitem__`, from 0 until IndexError.
pub fn sequence_iterator<R: Runtime>(vm: &Vm<R>, sequence: Value<R>) -> Value<R> {
    let state = crate::objects::IterState::GetItem { sequence, index: 0 };
    protocols::new_iterator(vm, state)
}

/// `ascii()`: a repr with non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7F => out.push(c),
            code @ 0x80..=0xFF => out.push_str(&format!("\\x{code:02x}")),
            code @ 0x100..=0xFFFF => out.push_str(&format!("\\u{code:04x}")),
            code => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out
}

pub fn new_bytes<R: Runtime>(vm: &Vm<R>, bytes: Vec<u8>) -> Value<R> {
    Value::Obj(Obj::new(&vm.types().bytes, Payload::Bytes(bytes.into()), None))
}

/// `str % args`.
pub fn percent_format<R: Runtime>(vm: &Vm<R>, template: &Value<R>, args: &Value<R>) -> PyResult<R> {
    functions::percent_format(vm, str_text(template).expect("a str"), args)
}

/// Sets order by inclusion.
#[allow(clippy::option_option)]
pub fn compare_sets<R: Runtime>(vm: &Vm<R>, a: &Obj<R>, b: &Obj<R>) -> PyResult<R, Option<std::cmp::Ordering>> {
    let a_in_b = subset(vm, a, b)?;
    let b_in_a = subset(vm, b, a)?;
    Ok(match (a_in_b, b_in_a) {
        (true, true) => Some(std::cmp::Ordering::Equal),
        (true, false) => Some(std::cmp::Ordering::Less),
        (false, true) => Some(std::cmp::Ordering::Greater),
        (false, false) => None,
    })
}

fn subset<R: Runtime>(vm: &Vm<R>, a: &Obj<R>, b: &Obj<R>) -> PyResult<R, bool> {
    for item in crate::ops::set::keys(a) {
        if !crate::ops::set::contains(vm, b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The name a callable goes by in error messages (`f()`, `C.m()`).
pub fn callable_name<R: Runtime>(vm: &Vm<R>, callable: &Value<R>) -> String {
    match callable.as_obj().map(Obj::payload) {
        Some(Payload::Function(function)) => {
            let qualname = function.meta.read(|meta| meta.qualname.clone());
            let module = crate::types::dict_get_str(&function.globals, "__name__");
            match module.as_ref().and_then(str_text) {
                Some(module) => format!("{module}.{qualname}()"),
                None => format!("{qualname}()"),
            }
        }
        Some(Payload::Builtin(builtin)) => format!("{}()", builtin.name),
        Some(Payload::BoundMethod { function, .. }) => callable_name(vm, function),
        _ => format!("{}()", type_name(vm, callable)),
    }
}

/// Attributes every object of a kind has without a dict entry.
pub fn special_attr<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &str) -> PyResult<R, Option<Value<R>>> {
    object_methods::special_attr(vm, object, name)
}

pub fn class_special_attr<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &str) -> PyResult<R, Option<Value<R>>> {
    object_methods::class_special_attr(vm, class, name)
}
