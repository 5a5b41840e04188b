//! The object protocols every value takes part in: `repr()`, `str()`,
//! truth, `hash()`, equality, iteration. Builtin kinds are handled directly;
//! instances of Python classes go through their dunder methods.

use std::cell::RefCell;

use weft_bytecode::repr::{bytes_repr, float_repr, str_repr};
use weft_runtime::{Items, Runtime, Storage};

use crate::call;
use crate::object::Obj;
use crate::objects::class::Hook;
use crate::objects::iter::{Cursor, DictView, IterState};
use crate::objects::{Payload, PyStr};
use crate::types::{class_data, lookup};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The text of a str value, or None for anything else.
pub fn str_text<R: Runtime>(value: &Value<R>) -> Option<&str> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(text) => Some(text.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The text of a str object.
pub fn obj_text<R: Runtime>(obj: &Obj<R>) -> Option<&str> {
    match obj.payload() {
        Payload::Str(text) => Some(text.as_str()),
        _ => None,
    }
}

pub fn py_str<R: Runtime>(value: &Value<R>) -> Option<&PyStr> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(text) => Some(text),
            _ => None,
        },
        _ => None,
    }
}

/// The class of any value.
pub fn class_of<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> Obj<R> {
    let types = vm.types();
    match value {
        Value::None => types.none.clone(),
        Value::Bool(_) => types.bool.clone(),
        Value::Int(_) => types.int.clone(),
        Value::Float(_) => types.float.clone(),
        Value::Obj(obj) => obj.class(),
    }
}

pub fn type_name<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> String {
    class_data(&class_of(vm, value)).name.to_string()
}

/// A dunder method defined by a Python class (not inherited from a builtin),
/// for the protocols where builtin kinds take a direct path.
#[inline]
pub fn user_method<R: Runtime>(value: &Value<R>, name: &'static str) -> Option<Value<R>> {
    // Values of builtin kinds — most of them — answer before any name work.
    let Value::Obj(obj) = value else { return None };
    let class = obj.class();
    if class_data(&class).builtin {
        return None;
    }
    python_class_method(&class, name)
}

/// [`user_method`] once the value's class is known to be a Python class.
fn python_class_method<R: Runtime>(class: &Obj<R>, name: &'static str) -> Option<Value<R>> {
    if let Some(hook) = Hook::named(name) {
        return hook_of_class(class, hook);
    }
    python_function(class, name)
}

/// `name` along a Python class's MRO, if it is a Python function there.
fn python_function<R: Runtime>(class: &Obj<R>, name: &'static str) -> Option<Value<R>> {
    let method = crate::types::lookup_static(class, name)?;
    matches!(method.as_obj().map(Obj::payload), Some(Payload::Function(_))).then_some(method)
}

/// [`user_method`] for a special method whose presence classes cache: the
/// usual answer, none, costs no lookup.
#[inline]
pub fn hook_method<R: Runtime>(value: &Value<R>, hook: Hook) -> Option<Value<R>> {
    let Value::Obj(obj) = value else { return None };
    let class = obj.class();
    if class_data(&class).builtin {
        return None;
    }
    hook_of_class(&class, hook)
}

/// [`hook_method`] once the class is known to be a Python class.
#[inline]
fn hook_of_class<R: Runtime>(class: &Obj<R>, hook: Hook) -> Option<Value<R>> {
    if !crate::objects::class::has_hook(class, hook) {
        return None;
    }
    python_function(class, hook.name())
}

/// Calls a dunder found by [`user_method`] with the receiver first.
pub fn call_method<R: Runtime>(vm: &Vm<R>, method: &Value<R>, receiver: &Value<R>, rest: Vec<Value<R>>) -> PyResult<R> {
    if call::is_simple_call(method, rest.len() + 1) {
        return call::call_simple(vm, method, std::iter::once(receiver.clone()).chain(rest));
    }
    let mut positional = Vec::with_capacity(rest.len() + 1);
    positional.push(receiver.clone());
    positional.extend(rest);
    call::call(vm, method, Args::new(positional))
}

thread_local! {
    /// Containers whose repr is being built, so a container inside itself prints `[...]`.
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

pub fn repr<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, String> {
    Ok(match value {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Obj(obj) => {
            if let Some(method) = user_method(value, "__repr__") {
                let result = call_method(vm, &method, value, vec![])?;
                return match str_text(&result) {
                    Some(text) => Ok(text.to_owned()),
                    None => {
                        Err(vm.type_error(format!("__repr__ returned non-string (type {})", type_name(vm, &result))))
                    }
                };
            }
            crate::stack::with_stack(|| object_repr(vm, obj))?
        }
    })
}

/// `dict[str, int]`: classes print by qualified name, `...` as itself.
fn generic_alias_repr<R: Runtime>(vm: &Vm<R>, origin: &Obj<R>, args: &Value<R>) -> PyResult<R, String> {
    let mut parts = Vec::new();
    if let Some(Payload::Tuple(items)) = args.as_obj().map(Obj::payload) {
        for item in items.iter() {
            parts.push(match item.as_obj().map(Obj::payload) {
                Some(Payload::Class(data)) => match crate::types::dict_get_str(&data.dict, "__module__") {
                    Some(module) if str_text(&module).is_some_and(|m| m != "builtins") => {
                        format!("{}.{}", str_text(&module).unwrap_or_default(), data.qualname)
                    }
                    _ => data.qualname.to_string(),
                },
                Some(Payload::Singleton("Ellipsis")) => "...".into(),
                _ => repr(vm, item)?,
            });
        }
    }
    Ok(format!("{}[{}]", class_data(origin).name, parts.join(", ")))
}

pub fn object_repr<R: Runtime>(vm: &Vm<R>, obj: &Obj<R>) -> PyResult<R, String> {
    let recursive = REPR_ACTIVE.with(|active| active.borrow().contains(&obj.id()));
    Ok(match obj.payload() {
        Payload::Str(text) => str_repr(text.as_str()),
        Payload::Int(value) => crate::numeric::int_str::int_to_decimal(value, crate::numeric::DEFAULT_MAX_STR_DIGITS)
            .map_err(|error| crate::ops::number::num_error(vm, error))?,
        Payload::Float(f) => float_repr(*f),
        Payload::Bytes(bytes) => bytes_repr(bytes),
        Payload::ByteArray(bytes) => format!("bytearray({})", bytes.read(|b| bytes_repr(b))),
        Payload::Complex(real, imag) => weft_bytecode::Constant::Complex { real: *real, imag: *imag }.to_string(),
        Payload::List(_) if recursive => "[...]".into(),
        Payload::Tuple(_) if recursive => "(...)".into(),
        Payload::Dict(_) if recursive => "{...}".into(),
        Payload::Tuple(items) => {
            let inner = guarded(obj, || join_reprs(vm, items.iter()))?;
            if items.len() == 1 { format!("({inner},)") } else { format!("({inner})") }
        }
        Payload::List(items) => {
            let items = items.snapshot();
            format!("[{}]", guarded(obj, || join_reprs(vm, items.iter()))?)
        }
        Payload::Dict(table) => {
            let entries = table.entries();
            let body = guarded(obj, || {
                let mut parts = Vec::with_capacity(entries.len());
                for (key, value) in &entries {
                    parts.push(format!("{}: {}", repr(vm, key)?, repr(vm, value)?));
                }
                Ok(parts.join(", "))
            })?;
            format!("{{{body}}}")
        }
        Payload::Set(table) => {
            let keys: Vec<Value<R>> = table.read(|t| t.entries().map(|(_, key)| key.clone()).collect());
            let frozen = obj.class_is(&vm.types().frozenset);
            let name = class_data(&obj.class()).name.to_string();
            if keys.is_empty() {
                format!("{name}()")
            } else {
                let body = guarded(obj, || join_reprs(vm, keys.iter()))?;
                if frozen || name != "set" { format!("{name}({{{body}}})") } else { format!("{{{body}}}") }
            }
        }
        Payload::Range { start, stop, step } => {
            if matches!(step, Value::Int(1)) {
                format!("range({}, {})", repr(vm, start)?, repr(vm, stop)?)
            } else {
                format!("range({}, {}, {})", repr(vm, start)?, repr(vm, stop)?, repr(vm, step)?)
            }
        }
        Payload::Slice { start, stop, step } => {
            format!("slice({}, {}, {})", repr(vm, start)?, repr(vm, stop)?, repr(vm, step)?)
        }
        Payload::Function(function) => {
            let qualname = function.meta.read(|meta| meta.qualname.clone());
            format!("<function {qualname} at {:#x}>", obj.id())
        }
        Payload::Builtin(builtin) => match &builtin.receiver {
            Some(receiver) => {
                format!("<built-in method {} of {} object at {:#x}>", builtin.name, type_name(vm, receiver), obj.id())
            }
            None => format!("<built-in function {}>", builtin.name),
        },
        Payload::BoundMethod { function, receiver } => {
            let name = match function.as_obj().map(Obj::payload) {
                Some(Payload::Function(f)) => f.meta.read(|meta| meta.qualname.clone()).to_string(),
                _ => "?".into(),
            };
            format!("<bound method {name} of {}>", repr(vm, receiver)?)
        }
        Payload::Class(data) => {
            let module = crate::types::dict_get_str(&data.dict, "__module__");
            match module.as_ref().and_then(str_text) {
                Some(module) if module != "builtins" => format!("<class '{module}.{}'>", data.qualname),
                _ => format!("<class '{}'>", data.qualname),
            }
        }
        Payload::Module { name, dict } => {
            match crate::types::dict_get_str(dict, "__file__").as_ref().and_then(str_text) {
                Some(file) => format!("<module '{name}' from '{file}'>"),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        Payload::GenericAlias { origin, args } => generic_alias_repr(vm, origin, args)?,
        Payload::Member { name, owner, .. } => format!("<member '{name}' of '{}' objects>", class_data(owner).name),
        Payload::Exception(data) => {
            let args = data.read(|d| d.args.clone());
            let name = class_data(&obj.class()).name.to_string();
            match args.as_obj().map(Obj::payload) {
                Some(Payload::Tuple(items)) if items.len() == 1 => format!("{name}({})", repr(vm, &items[0])?),
                _ => format!("{name}{}", repr(vm, &args)?),
            }
        }
        Payload::Singleton(name) => (*name).to_owned(),
        Payload::File(_) => crate::builtins::file::file_repr(obj),
        Payload::Lock(_) | Payload::RLock(_) => crate::modules::thread::lock_repr(obj),
        Payload::DictView { dict, view } => {
            let items = crate::builtins::dict_methods::view_items(vm, dict, *view);
            let name = class_data(&obj.class()).name.to_string();
            format!("{name}([{}])", guarded(obj, || join_reprs(vm, items.iter()))?)
        }
        Payload::Iterator(state) => {
            let kind = state.read(|s| matches!(s, IterState::Generator { .. }));
            if kind {
                let qualname = state.read(|s| match s {
                    IterState::Generator { qualname, .. } => qualname.to_string(),
                    _ => String::new(),
                });
                format!("<{} object {qualname} at {:#x}>", class_data(&obj.class()).name, obj.id())
            } else {
                format!("<{} object at {:#x}>", class_data(&obj.class()).name, obj.id())
            }
        }
        _ => {
            let class = obj.class();
            let data = class_data(&class);
            let module = crate::types::dict_get_str(&data.dict, "__module__");
            match module.as_ref().and_then(str_text) {
                Some(module) if module != "builtins" => {
                    format!("<{module}.{} object at {:#x}>", data.qualname, obj.id())
                }
                _ => format!("<{} object at {:#x}>", data.qualname, obj.id()),
            }
        }
    })
}

fn guarded<R: Runtime, T>(obj: &Obj<R>, body: impl FnOnce() -> PyResult<R, T>) -> PyResult<R, T> {
    REPR_ACTIVE.with(|active| active.borrow_mut().push(obj.id()));
    let result = body();
    REPR_ACTIVE.with(|active| active.borrow_mut().pop());
    result
}

fn join_reprs<'a, R: Runtime>(vm: &Vm<R>, items: impl Iterator<Item = &'a Value<R>>) -> PyResult<R, String> {
    let mut parts = Vec::new();
    for item in items {
        parts.push(repr(vm, item)?);
    }
    Ok(parts.join(", "))
}

/// `str(value)`.
pub fn to_str<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, String> {
    if let Some(text) = str_text(value) {
        return Ok(text.to_owned());
    }
    if let Some(method) = user_method(value, "__str__") {
        let result = call_method(vm, &method, value, vec![])?;
        return match str_text(&result) {
            Some(text) => Ok(text.to_owned()),
            None => Err(vm.type_error(format!("__str__ returned non-string (type {})", type_name(vm, &result)))),
        };
    }
    if let Some(Payload::Exception(data)) = value.as_obj().map(Obj::payload) {
        // str(exception) is its single argument, or the args tuple; KeyError quotes its key.
        let args = data.read(|d| d.args.clone());
        let os_error = &vm.types().exceptions.os_error;
        if let (Some(Payload::Tuple(items)), true) = (
            args.as_obj().map(Obj::payload),
            value.as_obj().is_some_and(|e| crate::types::is_subclass(&e.class(), os_error)),
        ) && (2..=3).contains(&items.len())
        {
            let mut text = format!("[Errno {}] {}", to_str(vm, &items[0])?, to_str(vm, &items[1])?);
            if let Some(filename) = items.get(2) {
                text.push_str(&format!(": {}", repr(vm, filename)?));
            }
            return Ok(text);
        }
        if let Some(text) = crate::builtins::codecs::describe_error(vm, value)? {
            return Ok(text);
        }
        if let Some(text) = syntax_error_text(vm, value)? {
            return Ok(text);
        }
        return match args.as_obj().map(Obj::payload) {
            Some(Payload::Tuple(items)) if items.is_empty() => Ok(String::new()),
            Some(Payload::Tuple(items)) if items.len() == 1 => {
                let key_error = &vm.types().exceptions.key_error;
                if value.as_obj().is_some_and(|e| crate::types::is_subclass(&e.class(), key_error)) {
                    repr(vm, &items[0])
                } else {
                    to_str(vm, &items[0])
                }
            }
            _ => repr(vm, &args),
        };
    }
    repr(vm, value)
}

/// `str()` of a SyntaxError with a location: `msg (file.py, line N)`, the
/// file by its base name, as CPython prints it.
fn syntax_error_text<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, Option<String>> {
    let Some(obj) = value.as_obj() else { return Ok(None) };
    if !crate::types::is_subclass(&obj.class(), &vm.types().exceptions.syntax_error) {
        return Ok(None);
    }
    let Some(attrs) = obj.attrs() else { return Ok(None) };
    let field = |name: &str| crate::types::dict_get_str(attrs, name);
    let (Some(message), Some(Value::Int(line))) = (field("msg"), field("lineno")) else { return Ok(None) };
    let message = to_str(vm, &message)?;
    Ok(Some(match field("filename").as_ref().and_then(str_text) {
        Some(file) => {
            let base = file.rsplit('/').next().unwrap_or(file);
            format!("{message} ({base}, line {line})")
        }
        None => format!("{message} (line {line})"),
    }))
}

/// Python truth.
#[inline]
pub fn truthy<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, bool> {
    Ok(match value {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Obj(obj) => return object_truthy(vm, value, obj),
    })
}

/// [`truthy`] for heap objects: `__bool__`, then `__len__`, then by kind.
fn object_truthy<R: Runtime>(vm: &Vm<R>, value: &Value<R>, obj: &Obj<R>) -> PyResult<R, bool> {
    if let Some(method) = user_method(value, "__bool__") {
        let result = call_method(vm, &method, value, vec![])?;
        return match result {
            Value::Bool(b) => Ok(b),
            _ => Err(vm.type_error(format!("__bool__ should return bool, returned {}", type_name(vm, &result)))),
        };
    }
    if user_method(value, "__len__").is_some() {
        return Ok(crate::builtins::length(vm, value)? > 0);
    }
    Ok(match obj.payload() {
        Payload::Str(text) => text.char_len() > 0,
        Payload::Bytes(bytes) => !bytes.is_empty(),
        Payload::ByteArray(bytes) => bytes.read(|b| !b.is_empty()),
        Payload::Tuple(items) => !items.is_empty(),
        Payload::List(items) => !items.is_empty(),
        Payload::Dict(table) => !table.is_empty(),
        Payload::Set(table) => table.read(|t| !t.is_empty()),
        Payload::Int(i) => !num_traits::Zero::is_zero(i),
        Payload::Float(f) => *f != 0.0,
        Payload::Complex(real, imag) => *real != 0.0 || *imag != 0.0,
        Payload::Range { .. } => crate::builtins::length(vm, value)? > 0,
        _ => true,
    })
}

/// `hash(value)`.
pub fn hash<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, i64> {
    Ok(match value {
        Value::None => 0x2_0000_0000_i64.wrapping_mul(7) ^ 0x5a5a,
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => crate::ops::number::hash_i64(*i),
        Value::Float(f) => crate::ops::number::hash_f64(*f),
        Value::Obj(obj) => {
            let class = obj.class();
            if !class_data(&class).builtin {
                match lookup(&class, "__hash__") {
                    Some(Value::None) => {
                        return Err(vm.type_error(format!("unhashable type: '{}'", type_name(vm, value))));
                    }
                    Some(method) if matches!(method.as_obj().map(Obj::payload), Some(Payload::Function(_))) => {
                        let result = call_method(vm, &method, value, vec![])?;
                        // As CPython: a machine-size result is the hash itself (-1 is
                        // reserved, so it becomes -2); a bigger int is hashed as ints are.
                        return match (&result, crate::ops::number::as_bigint(&result)) {
                            (Value::Int(-1), _) => Ok(-2),
                            (Value::Int(i), _) => Ok(*i),
                            (Value::Float(_), _) | (_, None) => {
                                Err(vm.type_error("__hash__ method should return an integer"))
                            }
                            (_, Some(big)) => Ok(crate::ops::number::hash_big(&big)),
                        };
                    }
                    _ => {}
                }
            }
            match obj.payload() {
                Payload::Str(text) => text.hash(),
                Payload::Int(big) => crate::ops::number::hash_big(big),
                Payload::Float(f) => crate::ops::number::hash_f64(*f),
                Payload::Complex(real, imag) => {
                    // CPython's combination, so that `hash(2+0j) == hash(2)`.
                    let (real, imag) = (crate::ops::number::hash_f64(*real), crate::ops::number::hash_f64(*imag));
                    let combined = real.wrapping_add(imag.wrapping_mul(1_000_003));
                    if combined == -1 { -2 } else { combined }
                }
                Payload::Bytes(bytes) => {
                    use std::hash::{Hash, Hasher};
                    let mut hasher = rustc_hash::FxHasher::default();
                    bytes.hash(&mut hasher);
                    hasher.finish() as i64 & i64::MAX
                }
                Payload::Tuple(items) => {
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        hashes.push(hash(vm, item)?);
                    }
                    crate::ops::number::hash_tuple(&hashes)
                }
                Payload::Set(_) if obj.class_is(&vm.types().frozenset) => {
                    let keys: Vec<i64> = match obj.payload() {
                        Payload::Set(table) => table.read(|t| t.entries().map(|(hash, _)| hash).collect()),
                        _ => Vec::new(),
                    };
                    keys.iter().fold(0x1234_5678_i64, |acc, h| acc ^ h.wrapping_mul(0x9E37_79B9))
                }
                Payload::Range { .. } => crate::ops::range::hash(vm, obj)?,
                Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::ByteArray(_)
                | Payload::Slice { .. } => {
                    return Err(vm.type_error(format!("unhashable type: '{}'", type_name(vm, value))));
                }
                _ => (obj.id() >> 4) as i64,
            }
        }
    })
}

/// `a == b` as a bool.
pub fn equal<R: Runtime>(vm: &Vm<R>, a: &Value<R>, b: &Value<R>) -> PyResult<R, bool> {
    if let (Some(x), Some(y)) = (str_text(a), str_text(b)) {
        return Ok(x == y);
    }
    if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
        return Ok(true);
    }
    let result = crate::ops::compare(vm, weft_bytecode::ComparisonOperator::Equal, a, b)?;
    truthy(vm, &result)
}

// ----- Iteration -----

/// A builtin iterator object, of the class CPython gives that kind.
pub fn new_iterator<R: Runtime>(vm: &Vm<R>, state: IterState<R>) -> Value<R> {
    let class = iterator_class(vm, &state).clone();
    Value::Obj(Obj::new(&class, Payload::Iterator(R::Storage::new(state)), None))
}

/// An iterator over a list, tuple, bytes, bytearray or range.
fn new_cursor<R: Runtime>(vm: &Vm<R>, cursor: Cursor<R>) -> Value<R> {
    let classes = &vm.types().iterators;
    let class = match &cursor {
        Cursor::Sequence { sequence, .. } => match sequence.payload() {
            Payload::Tuple(_) => &classes.tuple,
            Payload::Bytes(_) => &classes.bytes,
            Payload::ByteArray(_) => &classes.bytearray,
            _ => &classes.list,
        },
        Cursor::Range { .. } => &classes.range,
        Cursor::Dict { view: DictView::Keys, .. } => &classes.dict_keys,
        Cursor::Dict { view: DictView::Values, .. } => &classes.dict_values,
        Cursor::Dict { view: DictView::Items, .. } => &classes.dict_items,
    };
    Value::Obj(Obj::new(class, Payload::Cursor(cursor), None))
}

fn iterator_class<'v, R: Runtime>(vm: &'v Vm<R>, state: &IterState<R>) -> &'v Obj<R> {
    let classes = &vm.types().iterators;
    match state {
        IterState::Str { text, .. } => match text.payload() {
            Payload::Str(text) if !text.is_ascii() => &classes.str,
            _ => &classes.str_ascii,
        },
        IterState::Set { .. } => &classes.set,
        IterState::Enumerate { .. } => &classes.enumerate,
        IterState::Zip { .. } => &classes.zip,
        IterState::Map { .. } => &classes.map,
        IterState::Filter { .. } => &classes.filter,
        IterState::Reversed { sequence, .. } => match sequence.payload() {
            Payload::List(_) => &classes.list_reverse,
            _ => &classes.reversed,
        },
        IterState::Callable { .. } => &classes.callable,
        IterState::Generator { .. } => &vm.types().generator,
        IterState::GetItem { .. } | IterState::Exhausted => &vm.types().iterator,
    }
}

/// `iter(value)`.
pub fn get_iter<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R> {
    if let Some(method) = user_method(value, "__iter__") {
        let iterator = call_method(vm, &method, value, vec![])?;
        let is_iterator =
            matches!(iterator.as_obj().map(Obj::payload), Some(Payload::Iterator(_) | Payload::Cursor(_)))
                || crate::types::lookup(&class_of(vm, &iterator), "__next__").is_some();
        if !is_iterator {
            return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", type_name(vm, &iterator))));
        }
        return Ok(iterator);
    }
    builtin_iter(vm, value)
}

/// `iter()` of a builtin kind, ignoring overrides.
pub fn builtin_iter<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R> {
    let Value::Obj(obj) = value else {
        return Err(vm.type_error(format!("'{}' object is not iterable", type_name(vm, value))));
    };
    let state = match obj.payload() {
        Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
            return Ok(new_cursor(vm, Cursor::over(obj.clone())));
        }
        Payload::Str(_) => IterState::Str { text: obj.clone(), offset: 0 },
        Payload::Dict(table) => return Ok(new_cursor(vm, Cursor::dict(obj.clone(), DictView::Keys, table.len()))),
        Payload::Set(_) => IterState::Set { set: obj.clone(), slot: 0, len: crate::ops::set::len(obj) },
        Payload::DictView { dict, view } => {
            let Payload::Dict(table) = dict.payload() else { unreachable!("a dict") };
            return Ok(new_cursor(vm, Cursor::dict(dict.clone(), *view, table.len())));
        }
        Payload::Range { start, stop, step } => match (start, stop, step) {
            (Value::Int(start), Value::Int(stop), Value::Int(step)) => {
                return Ok(new_cursor(vm, Cursor::range(*start, *stop, *step)));
            }
            // Bounds beyond a machine word: slower, by index, like CPython's long-range iterator.
            _ => return Ok(crate::builtins::sequence_iterator(vm, value.clone())),
        },
        Payload::Iterator(_) if obj.class_is(&vm.types().coroutine) => {
            return Err(vm.type_error("'coroutine' object is not iterable"));
        }
        Payload::Iterator(_) | Payload::Cursor(_) | Payload::File(_) => return Ok(value.clone()),
        _ => {
            if user_method(value, "__getitem__").is_some() {
                return Ok(crate::builtins::sequence_iterator(vm, value.clone()));
            }
            return Err(vm.type_error(format!("'{}' object is not iterable", type_name(vm, value))));
        }
    };
    Ok(new_iterator(vm, state))
}

/// The next item of an iterator, or None when it is exhausted.
pub fn next<R: Runtime>(vm: &Vm<R>, iterator: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    match iterator.as_obj().map(Obj::payload) {
        Some(Payload::Cursor(cursor)) => crate::iterators::step_cursor(vm, cursor),
        Some(Payload::Iterator(_)) if iterator.as_obj().is_some_and(|c| c.class_is(&vm.types().coroutine)) => {
            Err(vm.type_error("'coroutine' object is not an iterator"))
        }
        Some(Payload::Iterator(state)) => crate::iterators::advance(vm, iterator, state),
        _ => {
            // Python classes and builtin kinds with a native `__next__` (files) alike.
            let Some(method) = crate::types::lookup(&class_of(vm, iterator), "__next__") else {
                return Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, iterator))));
            };
            match call_method(vm, &method, iterator, vec![]) {
                Ok(value) => Ok(Some(value)),
                Err(error) if vm.error_matches(&error, &vm.types().exceptions.stop_iteration) => Ok(None),
                Err(error) => Err(error),
            }
        }
    }
}

/// Collects an iterable's items.
/// `callable(value)`.
pub fn is_callable<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> bool {
    match value.as_obj().map(Obj::payload) {
        Some(
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod { .. }
            | Payload::Class(_)
            | Payload::GenericAlias { .. },
        ) => true,
        _ => crate::types::lookup(&class_of(vm, value), "__call__").is_some(),
    }
}

pub fn collect<R: Runtime>(vm: &Vm<R>, iterable: &Value<R>) -> PyResult<R, Vec<Value<R>>> {
    collect_at_most(vm, iterable, usize::MAX)
}

/// [`collect`], stopping after `limit` items (lists and tuples are copied
/// whole: they are finite, and a copy is one consistent snapshot).
pub fn collect_at_most<R: Runtime>(vm: &Vm<R>, iterable: &Value<R>, limit: usize) -> PyResult<R, Vec<Value<R>>> {
    // Lists and tuples are copied directly — unless a subclass iterates its own way.
    if let Some(obj) = iterable.as_obj()
        && user_method(iterable, "__iter__").is_none()
    {
        match obj.payload() {
            Payload::List(items) => return Ok(items.snapshot()),
            Payload::Tuple(items) => return Ok(items.to_vec()),
            _ => {}
        }
    }
    let iterator = get_iter(vm, iterable)?;
    let mut items = Vec::new();
    while items.len() < limit
        && let Some(item) = next(vm, &iterator)?
    {
        items.push(item);
    }
    Ok(items)
}

// ----- Formatting -----

/// An f-string field: convert, then format with the spec.
pub fn format_value<R: Runtime>(vm: &Vm<R>, value: Value<R>, conversion: u32, spec: Option<Value<R>>) -> PyResult<R> {
    use weft_bytecode::instruction::format_flags::{ASCII, REPR, STR};
    let value = match conversion {
        STR => vm.new_str(to_str(vm, &value)?),
        REPR => vm.new_str(repr(vm, &value)?),
        ASCII => vm.new_str(crate::builtins::ascii_of(&repr(vm, &value)?)),
        _ => value,
    };
    let spec = spec.as_ref().and_then(|s| str_text(s)).unwrap_or("");
    if spec.is_empty() && user_method(&value, "__format__").is_none() {
        if str_text(&value).is_some() {
            return Ok(value);
        }
        return Ok(vm.new_str(to_str(vm, &value)?));
    }
    Ok(vm.new_str(crate::builtins::format(vm, &value, spec)?))
}
