//! Constructors of the builtin types (`__new__` and `__init__`), and the
//! builtins module's names for the types themselves.

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use weft_runtime::{Items, Runtime, Storage};

use super::{arity, define_method, keyword};
use crate::call;
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::class::InstanceKind;
use crate::ops::{dict, number};
use crate::protocols::{self, str_text, to_str, truthy, type_name, user_method};
use crate::types::class_data;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let types = vm.types();
    for (name, class) in [
        ("object", &types.object),
        ("type", &types.type_),
        ("int", &types.int),
        ("bool", &types.bool),
        ("float", &types.float),
        ("complex", &types.complex),
        ("str", &types.str),
        ("bytes", &types.bytes),
        ("bytearray", &types.bytearray),
        ("tuple", &types.tuple),
        ("list", &types.list),
        ("dict", &types.dict),
        ("set", &types.set),
        ("frozenset", &types.frozenset),
        ("range", &types.range),
        ("slice", &types.slice),
        ("property", &types.property),
        ("staticmethod", &types.staticmethod),
        ("classmethod", &types.classmethod),
        ("super", &types.super_),
    ] {
        let _ = dict::set_item(vm, &vm.interp.builtins, vm.new_str(name), Value::Obj(class.clone()));
    }
    for class in &types.exceptions.all {
        let name = class_data(class).name.to_string();
        let _ = dict::set_item(vm, &vm.interp.builtins, vm.new_str(name), Value::Obj(class.clone()));
    }
    for (name, value) in [
        ("None", Value::None),
        ("Ellipsis", Value::Obj(vm.interp.ellipsis.clone())),
        ("NotImplemented", vm.not_implemented()),
    ] {
        let _ = dict::set_item(vm, &vm.interp.builtins, vm.new_str(name), value);
    }
    define_method(vm, &types.object, "__new__", object_new);
    define_method(vm, &types.object, "__init__", |_, _| Ok(Value::None));
    define_method(vm, &types.type_, "__new__", type_new);
    // The default of calling a class, for metaclasses that override
    // `__call__` and delegate (`super().__call__(*args)`).
    define_method(vm, &types.type_, "__call__", |vm, mut args| {
        let class = args.positional.remove(0);
        match class.as_obj().filter(|c| matches!(c.payload(), Payload::Class(_))) {
            Some(class) => call::call_class(vm, class, args),
            None => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
        }
    });
    define_method(vm, &types.type_, "__init__", |_, _| Ok(Value::None));
    define_method(vm, &types.int, "__new__", int_new);
    define_method(vm, &types.bool, "__new__", |vm, args| {
        arity(vm, "bool", &args, 1, 2)?;
        Ok(Value::Bool(match args.positional.get(1) {
            Some(value) => truthy(vm, value)?,
            None => false,
        }))
    });
    define_method(vm, &types.float, "__new__", float_new);
    define_method(vm, &types.complex, "__new__", complex_new);
    define_method(vm, &types.str, "__new__", str_new);
    define_method(vm, &types.bytes, "__new__", bytes_new);
    define_method(vm, &types.tuple, "__new__", |vm, args| {
        arity(vm, "tuple", &args, 1, 2)?;
        let items = match args.positional.get(1) {
            Some(iterable) => protocols::collect(vm, iterable)?,
            None => Vec::new(),
        };
        Ok(with_class(vm, args.at(vm, 0)?, vm.new_tuple(items)))
    });
    define_method(vm, &types.list, "__new__", |vm, args| Ok(Value::Obj(call::new_instance(vm, class_arg(vm, &args)?))));
    define_method(vm, &types.list, "__init__", |vm, args| {
        arity(vm, "list", &args, 1, 2)?;
        if let Some(iterable) = args.positional.get(1) {
            let items = protocols::collect(vm, iterable)?;
            if let Some(Payload::List(storage)) = args.at(vm, 0)?.as_obj().map(Obj::payload) {
                let old = storage.modify(|list| std::mem::replace(list, items));
                drop(old);
            }
        }
        Ok(Value::None)
    });
    define_method(vm, &types.dict, "__new__", |vm, args| Ok(Value::Obj(call::new_instance(vm, class_arg(vm, &args)?))));
    define_method(vm, &types.dict, "__init__", dict_init);
    define_method(vm, &types.set, "__new__", |vm, args| Ok(Value::Obj(call::new_instance(vm, class_arg(vm, &args)?))));
    define_method(vm, &types.set, "__init__", |vm, args| {
        arity(vm, "set", &args, 1, 2)?;
        if let Some(iterable) = args.positional.get(1) {
            crate::ops::set::update(vm, args.at(vm, 0)?, iterable)?;
        }
        Ok(Value::None)
    });
    define_method(vm, &types.frozenset, "__new__", |vm, args| {
        arity(vm, "frozenset", &args, 1, 2)?;
        match args.positional.get(1) {
            Some(iterable) => crate::ops::set::from_iterable(vm, iterable, true),
            None => crate::ops::set::new_set(vm, Vec::new(), true),
        }
    });
    define_method(vm, &types.range, "__new__", range_new);
    define_method(vm, &types.slice, "__new__", |vm, args| {
        arity(vm, "slice", &args, 2, 4)?;
        let values: Vec<Value<R>> = args.positional[1..].to_vec();
        let (start, stop, step) = match values.as_slice() {
            [stop] => (Value::None, stop.clone(), Value::None),
            [start, stop] => (start.clone(), stop.clone(), Value::None),
            [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
            _ => unreachable!("arity checked"),
        };
        Ok(Value::Obj(Obj::new(&vm.types().slice, Payload::Slice { start, stop, step }, None)))
    });
    define_method(vm, &types.property, "__new__", |vm, args| {
        let get = |i: usize, name: &str| {
            args.positional.get(i).cloned().or_else(|| keyword(&args, name)).unwrap_or(Value::None)
        };
        let payload = Payload::Property {
            getter: get(1, "fget"),
            setter: get(2, "fset"),
            deleter: get(3, "fdel"),
            doc: get(4, "doc"),
        };
        Ok(Value::Obj(Obj::new(&vm.types().property, payload, None)))
    });
    define_method(vm, &types.staticmethod, "__new__", |vm, args| {
        arity(vm, "staticmethod", &args, 2, 2)?;
        Ok(Value::Obj(Obj::new(&vm.types().staticmethod, Payload::StaticMethod(args.at(vm, 1)?.clone()), None)))
    });
    define_method(vm, &types.classmethod, "__new__", |vm, args| {
        arity(vm, "classmethod", &args, 2, 2)?;
        Ok(Value::Obj(Obj::new(&vm.types().classmethod, Payload::ClassMethod(args.at(vm, 1)?.clone()), None)))
    });
    define_method(vm, &types.super_, "__new__", |vm, args| {
        arity(vm, "super", &args, 3, 3)?;
        new_super(vm, args.at(vm, 1)?.clone(), args.at(vm, 2)?.clone())
    });
    let base_exception = &types.exceptions.base_exception;
    define_method(vm, base_exception, "__new__", |vm, args| {
        // `OSError(errno, ...)` becomes the subclass for that errno, as in CPython.
        let class = os_error_subclass(vm, class_arg(vm, &args)?, args.positional.get(1)).clone();
        let instance = call::new_instance(vm, &class);
        let rest = vm.new_tuple(args.positional[1..].to_vec());
        if let Payload::Exception(data) = instance.payload() {
            data.write(|data| data.args = rest);
        }
        Ok(Value::Obj(instance))
    });
    define_method(vm, base_exception, "__init__", |vm, args| {
        let rest = vm.new_tuple(args.positional[1..].to_vec());
        if let Some(Payload::Exception(data)) = args.at(vm, 0)?.as_obj().map(Obj::payload) {
            let old = data.write(|data| std::mem::replace(&mut data.args, rest));
            drop(old);
        }
        Ok(Value::None)
    });
}

/// The class `__new__` receives first (a call like `int.__new__()` may omit it).
fn class_arg<'a, R: Runtime>(vm: &Vm<R>, args: &'a Args<R>) -> PyResult<R, &'a Obj<R>> {
    match args.at(vm, 0)?.as_obj() {
        Some(class) if matches!(class.payload(), Payload::Class(_)) => Ok(class),
        Some(_) | None => {
            let what = args.positional.first().map_or_else(String::new, |v| protocols::type_name(vm, v));
            Err(vm.type_error(format!("object.__new__(X): X is not a type object ({what})")))
        }
    }
}

/// Wraps a builtin value for a subclass (`class T(tuple)`), or returns it as is.
fn with_class<R: Runtime>(vm: &Vm<R>, class: &Value<R>, value: Value<R>) -> Value<R> {
    let class = class.as_obj().expect("a class");
    let exact = [&vm.types().tuple, &vm.types().str, &vm.types().int, &vm.types().float];
    if exact.iter().any(|c| c.ptr_eq(class)) {
        return value;
    }
    let payload = match value {
        Value::Int(i) => Payload::Int(BigInt::from(i)),
        Value::Float(f) => Payload::Float(f),
        Value::Obj(obj) => match obj.payload() {
            Payload::Tuple(items) => Payload::Tuple(items.clone()),
            Payload::Str(text) => Payload::Str(crate::objects::PyStr::new(text.as_str())),
            Payload::Int(big) => Payload::Int(big.clone()),
            _ => return Value::Obj(obj),
        },
        other => return other,
    };
    let attrs = class_data(class).instance_dict.then(|| vm.new_dict());
    Value::Obj(Obj::new(class, payload, attrs))
}

fn object_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    let class = class_arg(vm, &args)?;
    let data = class_data(class);
    if data.builtin && !matches!(data.instance_kind, InstanceKind::Object) && !class.ptr_eq(&vm.types().object) {
        return Err(vm.type_error(format!("cannot create '{}' instances", data.name)));
    }
    if class.ptr_eq(&vm.types().object) {
        if args.positional.len() > 1 {
            return Err(vm.type_error("object() takes no arguments"));
        }
        return Ok(Value::Obj(Obj::new(class, Payload::Object, None)));
    }
    Ok(Value::Obj(call::new_instance(vm, class)))
}

fn type_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    match args.positional.len() {
        2 => Ok(Value::Obj(protocols::class_of(vm, args.at(vm, 1)?))),
        4 => {
            let Some(metaclass) = args.at(vm, 0)?.as_obj().filter(|c| matches!(c.payload(), Payload::Class(_))) else {
                return Err(vm.type_error("type.__new__(X): X is not a type object"));
            };
            let bases = protocols::collect(vm, args.at(vm, 2)?)?;
            let Some(namespace) = args.at(vm, 3)?.as_obj() else {
                return Err(vm.type_error("type() argument 3 must be dict"));
            };
            let winner = call::winning_metaclass(vm, metaclass, &bases)?;
            if !winner.ptr_eq(metaclass)
                && let Some(new) = winner_new(&winner)
            {
                // A more derived metaclass with a `__new__` of its own makes
                // the class, as in CPython.
                let mut positional = vec![Value::Obj(winner.clone())];
                positional.extend(args.positional[1..].iter().cloned());
                return call::call(vm, &new, Args { positional, keywords: args.keywords });
            }
            let metaclass = winner;
            let copy = vm.new_dict();
            dict::update(vm, &copy, &Value::Obj(namespace.clone()), None)?;
            let name = args.at(vm, 1)?.clone();
            Ok(Value::Obj(call::new_class(vm, &metaclass, &name, &bases, &copy, args.keywords)?))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// A metaclass's own `__new__`, when it is written in Python.
fn winner_new<R: Runtime>(metaclass: &Obj<R>) -> Option<Value<R>> {
    let new = crate::types::lookup(metaclass, "__new__")?;
    let function = match new.as_obj().map(Obj::payload) {
        Some(Payload::StaticMethod(function)) => function.clone(),
        _ => new,
    };
    matches!(function.as_obj().map(Obj::payload), Some(Payload::Function(_))).then_some(function)
}

fn int_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "int", &args, 1, 3)?;
    let base = args.positional.get(2).cloned().or_else(|| keyword(&args, "base"));
    let value = match (args.positional.get(1), base) {
        (None, None) => Value::Int(0),
        (Some(text), Some(base)) => {
            let base = super::expect_int(vm, &base)?;
            let Some(text) = str_text(text) else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int(vm, text, base as u32)?
        }
        (Some(value), None) => to_int(vm, value)?,
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
    };
    Ok(with_class(vm, args.at(vm, 0)?, value))
}

/// `int(value)` for one argument.
pub fn to_int<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R> {
    match value {
        Value::Int(_) => return Ok(value.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(number::int_value(vm, BigInt::from_f64(f.trunc()).unwrap_or_default()));
        }
        _ => {}
    }
    if let Some(text) = str_text(value) {
        return parse_int(vm, text, 10);
    }
    if let Some(big) = number::as_bigint(value) {
        return Ok(number::int_value(vm, big));
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(method) = user_method(value, name) {
            return protocols::call_method(vm, &method, value, vec![]);
        }
    }
    if let Some(Payload::Float(f)) = value.as_obj().map(Obj::payload) {
        return to_int(vm, &Value::Float(*f));
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(vm, value)
    )))
}

fn parse_int<R: Runtime>(vm: &Vm<R>, text: &str, base: u32) -> PyResult<R> {
    let value = crate::numeric::parse::parse_int(text, i64::from(base), crate::numeric::DEFAULT_MAX_STR_DIGITS)
        .map_err(|error| number::num_error(vm, error))?;
    Ok(number::int_value(vm, value))
}

fn float_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "float", &args, 1, 2)?;
    let value = match args.positional.get(1) {
        None => 0.0,
        Some(value) => to_float(vm, value)?,
    };
    Ok(with_class(vm, args.at(vm, 0)?, Value::Float(value)))
}

/// A real number as a float, for functions such as `math.sqrt` that take
/// numbers only (unlike `float()`, which also parses strings).
pub fn real_to_float<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, f64> {
    let is_real = match value {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        _ => matches!(value.as_obj().map(Obj::payload), Some(Payload::Int(_) | Payload::Float(_))),
    };
    if is_real || user_method(value, "__float__").is_some() {
        return to_float(vm, value);
    }
    if let Some(index) = user_method(value, "__index__") {
        return to_float(vm, &protocols::call_method(vm, &index, value, vec![])?);
    }
    Err(vm.type_error(format!("must be real number, not {}", type_name(vm, value))))
}

pub fn to_float<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, f64> {
    if let Some(text) = str_text(value) {
        return crate::numeric::parse::parse_float(text).map_err(|error| number::num_error(vm, error));
    }
    match number::as_number(value) {
        Some(number::Number::Float(f)) => Ok(f),
        Some(number::Number::Int(i)) => number::int_to_float(vm, &i),
        _ => match user_method(value, "__float__") {
            Some(method) => match protocols::call_method(vm, &method, value, vec![])? {
                Value::Float(f) => Ok(f),
                _ => Err(vm.type_error("__float__ returned non-float")),
            },
            None => Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(vm, value)
            ))),
        },
    }
}

fn parse_float(text: &str) -> Option<f64> {
    crate::numeric::parse::parse_float(text).ok()
}

fn complex_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "complex", &args, 1, 3)?;
    if let Some(text) = args.positional.get(1).and_then(str_text) {
        if args.positional.len() > 2 {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (real, imag) = parse_complex(text).ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
        return Ok(Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(real, imag), None)));
    }
    if args.positional.get(2).and_then(str_text).is_some() {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    // Each argument gives its real part, and an imaginary part only if it is complex.
    let part = |value: &Value<R>, first: bool| -> PyResult<R, (f64, Option<f64>)> {
        if let Some(method) = user_method(value, "__complex__") {
            let result = protocols::call_method(vm, &method, value, vec![])?;
            return match number::as_number(&result) {
                Some(number::Number::Complex(r, i)) => Ok((r, Some(i))),
                _ => Err(vm.type_error(format!("__complex__ returned non-complex (type {})", type_name(vm, &result)))),
            };
        }
        match number::as_number(value) {
            Some(number::Number::Complex(r, i)) => Ok((r, Some(i))),
            Some(_) => Ok((to_float(vm, value)?, None)),
            None if user_method(value, "__float__").is_some() || user_method(value, "__index__").is_some() => {
                Ok((real_to_float(vm, value)?, None))
            }
            None if first => Err(vm.type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                type_name(vm, value)
            ))),
            None => {
                Err(vm
                    .type_error(format!("complex() second argument must be a number, not '{}'", type_name(vm, value))))
            }
        }
    };
    let (ar, ai) = match args.positional.get(1) {
        Some(real) => part(real, true)?,
        None => (0.0, None),
    };
    let imag = args.positional.get(2).map(|imag| part(imag, false)).transpose()?;
    // As CPython: parts are combined only where an argument was itself complex,
    // so the sign of a zero imaginary part survives (`complex(0, -0.0)`).
    let (real_part, imag_part) = match imag {
        None => (ar, ai.unwrap_or(0.0)),
        Some((br, bi)) => (bi.map_or(ar, |bi| ar - bi), ai.map_or(br, |ai| br + ai)),
    };
    Ok(Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(real_part, imag_part), None)))
}

/// The OSError subclass CPython picks for `OSError(errno, ...)`.
fn os_error_subclass<'a, R: Runtime>(vm: &'a Vm<R>, class: &'a Obj<R>, errno: Option<&Value<R>>) -> &'a Obj<R> {
    let exceptions = &vm.types().exceptions;
    let (Some(Value::Int(errno)), true) = (errno, class.ptr_eq(&exceptions.os_error)) else { return class };
    let name = match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        1 | 13 => "PermissionError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 => "BrokenPipeError",
        110 => "TimeoutError",
        _ => return class,
    };
    exceptions.all.iter().find(|c| &*class_data(c).name == name).unwrap_or(class)
}

/// `complex('1+2j')`: an optional real part, then an imaginary part ending in j.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let text = text.trim();
    let text = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(text).trim();
    let Some(body) = text.strip_suffix(['j', 'J']) else { return Some((parse_float(text)?, 0.0)) };
    // The imaginary part starts at the last sign that is not part of an exponent.
    let split = body
        .char_indices()
        .filter(|&(i, c)| (c == '+' || c == '-') && i > 0 && !matches!(body.as_bytes()[i - 1], b'e' | b'E'))
        .map(|(i, _)| i)
        .next_back();
    let imaginary = |part: &str| match part {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        part => parse_float(part),
    };
    match split {
        Some(at) => Some((parse_float(&body[..at])?, imaginary(&body[at..])?)),
        None => Some((0.0, imaginary(body)?)),
    }
}

fn str_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "str", &args, 1, 4)?;
    let (encoding, errors) = encoding_arguments(&args);
    let text = match args.positional.get(1) {
        None => String::new(),
        Some(value) if encoding.is_some() || errors.is_some() => {
            let Some(bytes) = super::bytes_of(value) else {
                return Err(vm.type_error(match str_text(value) {
                    Some(_) => "decoding str is not supported".to_owned(),
                    None => format!("decoding to str: need a bytes-like object, {} found", type_name(vm, value)),
                }));
            };
            super::codecs::decode(vm, &bytes, encoding.as_ref(), errors.as_ref())?
        }
        Some(value) => to_str(vm, value)?,
    };
    Ok(with_class(vm, args.at(vm, 0)?, vm.new_str(text)))
}

/// The `encoding` and `errors` of `str(b, encoding, errors)` and
/// `bytes(s, encoding, errors)`, positional or by keyword.
pub fn encoding_arguments<R: Runtime>(args: &Args<R>) -> (Option<Value<R>>, Option<Value<R>>) {
    let encoding = args.positional.get(2).cloned().or_else(|| keyword(args, "encoding"));
    let errors = args.positional.get(3).cloned().or_else(|| keyword(args, "errors"));
    (encoding, errors)
}

fn bytes_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "bytes", &args, 1, 4)?;
    let Some(source) = args.positional.get(1) else { return Ok(super::new_bytes(vm, Vec::new())) };
    if let Some(text) = str_text(source) {
        let (encoding, errors) = encoding_arguments(&args);
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(super::new_bytes(vm, super::codecs::encode(vm, text, encoding.as_ref(), errors.as_ref())?));
    }
    if let Value::Int(count) = source {
        if *count < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(super::new_bytes(vm, zeroed(vm, *count as u64)?));
    }
    let mut bytes = Vec::new();
    for item in protocols::collect(vm, source)? {
        let byte = super::expect_int(vm, &item)?;
        let byte = u8::try_from(byte).map_err(|_| vm.value_error("bytes must be in range(0, 256)"))?;
        bytes.push(byte);
    }
    Ok(super::new_bytes(vm, bytes))
}

/// `bytes(n)`: n zero bytes, or MemoryError when n cannot be allocated.
pub fn zeroed<R: Runtime>(vm: &Vm<R>, count: u64) -> PyResult<R, Vec<u8>> {
    let mut bytes = Vec::new();
    let count = usize::try_from(count).map_err(|_| vm.new_error(&vm.types().exceptions.memory_error, ""))?;
    bytes.try_reserve_exact(count).map_err(|_| vm.new_error(&vm.types().exceptions.memory_error, ""))?;
    bytes.resize(count, 0);
    Ok(bytes)
}

fn dict_init<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "dict", &args, 1, 2)?;
    let target = args.at(vm, 0)?.as_obj().expect("a dict").clone();
    if let Some(source) = args.positional.get(1) {
        match source.as_obj().map(Obj::payload) {
            Some(Payload::Dict(_)) => dict::update(vm, &target, source, None)?,
            _ if crate::attr::get_attr_str(vm, source, "keys").is_ok() => dict::update(vm, &target, source, None)?,
            _ => dict::update_from_pairs(vm, &target, source)?,
        }
    }
    for (key, value) in args.keywords {
        dict::set_item(vm, &target, Value::Obj(key), value)?;
    }
    Ok(Value::None)
}

fn range_new<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "range", &args, 2, 4)?;
    let check = |value: &Value<R>| -> PyResult<R, Value<R>> {
        match number::as_bigint(value) {
            Some(big) => Ok(number::int_value(vm, big)),
            None => match crate::subscript::index_of(vm, value) {
                Ok(index) => Ok(Value::Int(index as i64)),
                Err(_) => {
                    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, value))))
                }
            },
        }
    };
    let values: Vec<Value<R>> = args.positional[1..].iter().map(check).collect::<PyResult<R, _>>()?;
    let (start, stop, step) = match values.as_slice() {
        [stop] => (Value::Int(0), stop.clone(), Value::Int(1)),
        [start, stop] => (start.clone(), stop.clone(), Value::Int(1)),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("arity checked"),
    };
    if matches!(step, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(Obj::new(&vm.types().range, Payload::Range { start, stop, step }, None)))
}

/// `super(class, object)`.
pub fn new_super<R: Runtime>(vm: &Vm<R>, class: Value<R>, receiver: Value<R>) -> PyResult<R> {
    let Some(class) = class.as_obj().filter(|c| matches!(c.payload(), Payload::Class(_))).cloned() else {
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", type_name(vm, &class))));
    };
    // The receiver must be an instance of the class, or (for class methods) a subclass of it.
    let instance = crate::types::is_subclass(&crate::protocols::class_of(vm, &receiver), &class);
    let subtype = receiver
        .as_obj()
        .is_some_and(|r| matches!(r.payload(), Payload::Class(_)) && crate::types::is_subclass(r, &class));
    if !instance && !subtype {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Obj(Obj::new(&vm.types().super_, Payload::Super { start_after: class, receiver }, None)))
}
