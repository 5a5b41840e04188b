//! Dict operations with Python key semantics. Key equality may run Python
//! code, so it happens outside the table's storage access: candidates are
//! copied out, compared, and the table's version checked before writing.

use weft_runtime::{Runtime, Storage};

use crate::object::Obj;
use crate::objects::{DictTable, Payload};
use crate::protocols::{self, str_text};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn table<R: Runtime>(dict: &Obj<R>) -> &R::Storage<DictTable<R>> {
    match dict.payload() {
        Payload::Dict(table) => table,
        _ => unreachable!("a dict"),
    }
}

/// Keys that compare without running Python code: true if `a == b` can be
/// decided here, with the answer.
fn simple_equal<R: Runtime>(a: &Value<R>, b: &Value<R>) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
            (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
            _ => None,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match x.payload() {
            Payload::Str(_) | Payload::Tuple(_) => Some(false),
            _ => None,
        },
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some(*x as f64 == *y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(i64::from(*x) == *y),
        _ => None,
    }
}

/// Finds `key`'s entry position.
fn find<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: &Value<R>, hash: i64) -> PyResult<R, Option<usize>> {
    let storage = table(dict);
    loop {
        let (version, candidates): (u64, Vec<(usize, Value<R>)>) = storage.read(|t| {
            (t.version, t.candidates(hash).filter_map(|slot| t.entry(slot).map(|e| (slot, e.key.clone()))).collect())
        });
        let mut needs_python = Vec::new();
        for (slot, candidate) in candidates {
            match simple_equal(&candidate, key) {
                Some(true) => return Ok(Some(slot)),
                Some(false) => {}
                None => needs_python.push((slot, candidate)),
            }
        }
        for (slot, candidate) in needs_python {
            if protocols::equal(vm, &candidate, key)? {
                // `__eq__` may have changed the dict; if so, look again.
                if storage.read(|t| t.version) == version {
                    return Ok(Some(slot));
                }
                continue;
            }
        }
        if storage.read(|t| t.version) == version {
            return Ok(None);
        }
    }
}

pub fn get<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    let hash = protocols::hash(vm, key)?;
    let Some(slot) = find(vm, dict, key, hash)? else { return Ok(None) };
    Ok(table(dict).read(|t| t.entry(slot).map(|e| e.value.clone())))
}

/// Looks up a str key (names in namespaces) without running Python code.
pub fn get_str<R: Runtime>(dict: &Obj<R>, name: &Obj<R>) -> Option<Value<R>> {
    let Payload::Str(text) = name.payload() else { return None };
    let hash = text.hash();
    table(dict).read(|t| {
        t.candidates(hash).find_map(|slot| {
            let entry = t.entry(slot)?;
            match &entry.key {
                Value::Obj(key) if key.ptr_eq(name) => Some(entry.value.clone()),
                key => (str_text(key) == Some(text.as_str())).then(|| entry.value.clone()),
            }
        })
    })
}

pub fn set_item<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: Value<R>, value: Value<R>) -> PyResult<R, ()> {
    let hash = protocols::hash(vm, &key)?;
    match find(vm, dict, &key, hash)? {
        Some(slot) => {
            let old = table(dict).write(|t| t.entry_mut(slot).map(|e| std::mem::replace(&mut e.value, value)));
            drop(old);
        }
        None => table(dict).write(|t| t.push(hash, key, value)),
    }
    Ok(())
}

pub fn remove<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    let hash = protocols::hash(vm, key)?;
    let Some(slot) = find(vm, dict, key, hash)? else { return Ok(None) };
    let entry = table(dict).write(|t| t.remove(slot));
    Ok(entry.map(|e| e.value))
}

pub fn len<R: Runtime>(dict: &Obj<R>) -> usize {
    table(dict).read(|t| t.len())
}

pub fn entries<R: Runtime>(dict: &Obj<R>) -> Vec<(Value<R>, Value<R>)> {
    table(dict).read(|t| t.iter().map(|e| (e.key.clone(), e.value.clone())).collect())
}

/// `dict.update(mapping)`. When the dict collects the keyword arguments of
/// a call to `merge_for` (`f(**a, **b)`), a repeated key is an error and
/// the messages name the function.
pub fn update<R: Runtime>(
    vm: &Vm<R>,
    dict: &Obj<R>,
    mapping: &Value<R>,
    merge_for: Option<&Value<R>>,
) -> PyResult<R, ()> {
    let pairs = match mapping.as_obj().map(Obj::payload) {
        Some(Payload::Dict(_)) => entries(mapping.as_obj().expect("a dict")),
        _ => {
            let Some(keys) = crate::attr::get_attr_str(vm, mapping, "keys").ok() else {
                if let Some(function) = merge_for {
                    return Err(vm.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        crate::builtins::callable_name(vm, function),
                        protocols::type_name(vm, mapping)
                    )));
                }
                return update_from_pairs(vm, dict, mapping);
            };
            let keys = crate::call::call(vm, &keys, crate::vm::Args::new(vec![]))?;
            let mut pairs = Vec::new();
            for key in protocols::collect(vm, &keys)? {
                let value = crate::ops::get_item(vm, mapping, key.clone())?;
                pairs.push((key, value));
            }
            pairs
        }
    };
    for (key, value) in pairs {
        if let Some(function) = merge_for {
            if protocols::str_text(&key).is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            if get(vm, dict, &key)?.is_some() {
                let name = protocols::to_str(vm, &key)?;
                let function = crate::builtins::callable_name(vm, function);
                return Err(vm.type_error(format!("{function} got multiple values for keyword argument '{name}'")));
            }
        }
        set_item(vm, dict, key, value)?;
    }
    Ok(())
}

/// `dict.update(iterable_of_pairs)`.
fn update_from_pairs<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, pairs: &Value<R>) -> PyResult<R, ()> {
    for (index, pair) in protocols::collect(vm, pairs)?.into_iter().enumerate() {
        let items = protocols::collect(vm, &pair).map_err(|_| {
            vm.type_error(format!("cannot convert dictionary update sequence element #{index} to a sequence"))
        })?;
        let [key, value] = <[Value<R>; 2]>::try_from(items).map_err(|items| {
            vm.value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                items.len()
            ))
        })?;
        set_item(vm, dict, key, value)?;
    }
    Ok(())
}
