//! Dict operations with Python key semantics. Key equality may run Python
//! code, so it happens outside the table: candidates are copied out,
//! compared, and the table's version checked before writing.

use std::sync::atomic::{AtomicU32, Ordering};

use weft_runtime::Runtime;

use crate::object::Obj;
use crate::objects::dict::{Found, Position};
use crate::objects::{DictTable, Payload};
use crate::protocols::{self, str_text};
use crate::value::{Value, obj_words};
use crate::vm::{PyResult, Vm};

fn table<R: Runtime>(dict: &Obj<R>) -> &DictTable<R> {
    match dict.payload() {
        Payload::Dict(table) => table,
        _ => unreachable!("a dict"),
    }
}

/// Keys that compare without running Python code: true if `a == b` can be
/// decided here, with the answer.
pub(crate) fn simple_equal<R: Runtime>(a: &Value<R>, b: &Value<R>) -> Option<bool> {
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

/// Finds `key`'s entry position by running Python equality outside the
/// table; returns it with the table version it holds for. A writer acts on
/// the answer only if the version is unchanged, so a concurrent insertion
/// or removal (another thread, or the `__eq__` itself) makes it look again.
fn find<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: &Value<R>, hash: i64) -> PyResult<R, (Option<usize>, u64)> {
    let table = table(dict);
    'search: loop {
        let (version, candidates) = table.candidates(hash);
        for (slot, candidate) in candidates {
            let equal = match simple_equal(&candidate, key) {
                Some(answer) => answer,
                None => protocols::equal(vm, &candidate, key)?,
            };
            if table.version() != version {
                continue 'search;
            }
            if equal {
                return Ok((Some(slot), version));
            }
        }
        return Ok((None, version));
    }
}

pub fn get<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    let hash = protocols::hash(vm, key)?;
    loop {
        match table(dict).find(hash, |candidate| simple_equal(candidate, key)) {
            Found::Value(value) => return Ok(Some(value)),
            Found::Missing => return Ok(None),
            Found::NeedsPython => {}
        }
        let (slot, version) = find(vm, dict, key, hash)?;
        let Some(slot) = slot else { return Ok(None) };
        if let Some(value) = table(dict).value_at(slot, version) {
            return Ok(value);
        }
    }
}

/// Looks up a str key (names in namespaces) without running Python code.
pub fn get_str<R: Runtime>(dict: &Obj<R>, name: &Obj<R>) -> Option<Value<R>> {
    let Payload::Str(text) = name.payload() else { return None };
    match table(dict).find(text.hash(), |key| Some(is_name(key, name, text.as_str()))) {
        Found::Value(value) => Some(value),
        Found::Missing | Found::NeedsPython => None,
    }
}

/// The dict's key-set version (see `DictTable::version`).
#[inline]
pub fn version<R: Runtime>(dict: &Obj<R>) -> u64 {
    table(dict).version()
}

/// [`get_str`] on a table, also saying at which slot the value was found.
pub fn find_str_slot<R: Runtime>(table: &DictTable<R>, name: &Obj<R>) -> Option<(usize, Value<R>)> {
    let Payload::Str(text) = name.payload() else { return None };
    table.find_slot(text.hash(), |key| Some(is_name(key, name, text.as_str())))
}

/// Whether a dict key is the str `name` (by identity first: names in code
/// are interned).
#[inline]
fn is_name<R: Runtime>(key: &Value<R>, name: &Obj<R>, text: &str) -> bool {
    match key {
        Value::Obj(key) if key.ptr_eq(name) => true,
        key => str_text(key) == Some(text),
    }
}

/// [`get_str`] through a name cache: `slot` remembers where `name` was
/// found last (in whichever dict); a hit costs one entry check instead of a
/// probe. Correct whatever the cache holds (see `DictTable::value_at_key`).
#[inline]
pub fn get_cached<R: Runtime>(dict: &Obj<R>, name: &Obj<R>, slot: &AtomicU32) -> Option<Value<R>> {
    get_at_cached_slot(dict, name, slot).or_else(|| get_and_cache_slot(dict, name, slot))
}

/// The cache-hit half of [`get_cached`]: the value at the cached slot, if
/// that entry is `name`'s.
#[inline]
pub fn get_at_cached_slot<R: Runtime>(dict: &Obj<R>, name: &Obj<R>, slot: &AtomicU32) -> Option<Value<R>> {
    let cached = slot.load(Ordering::Relaxed);
    if cached == u32::MAX {
        return None;
    }
    table(dict).value_at_key(cached as usize, obj_words(name))
}

/// The other half of [`get_cached`]: a probe, whose slot is then cached.
#[inline(never)]
pub fn get_and_cache_slot<R: Runtime>(dict: &Obj<R>, name: &Obj<R>, slot: &AtomicU32) -> Option<Value<R>> {
    let Payload::Str(text) = name.payload() else { return None };
    let (found, value) = table(dict).find_slot(text.hash(), |key| Some(is_name(key, name, text.as_str())))?;
    // (A key equal to `name` but another object never passes the identity
    // check: such a name is simply looked up every time.)
    if let Ok(found) = u32::try_from(found) {
        slot.store(found, Ordering::Relaxed);
    }
    Some(value)
}

/// Stores `name = value` in `dict` through the name cache (see
/// [`get_cached`]): in place at the cached slot, else by one locate under
/// the write lock, whose slot is then cached.
pub fn set_cached<R: Runtime>(
    vm: &Vm<R>,
    dict: &Obj<R>,
    name: &Obj<R>,
    value: Value<R>,
    slot: &AtomicU32,
) -> PyResult<R, ()> {
    let cached = slot.load(Ordering::Relaxed);
    let value = if cached == u32::MAX {
        value
    } else {
        match table(dict).write(|t| t.replace_at_key(cached as usize, obj_words(name), value)) {
            Ok(()) => return Ok(()),
            Err(value) => value,
        }
    };
    let Payload::Str(text) = name.payload() else { return set_item(vm, dict, Value::Obj(name.clone()), value) };
    let key = Value::Obj(name.clone());
    let stored = table(dict).write(|t| match t.locate(text.hash(), |candidate| simple_equal(candidate, &key)) {
        Position::NeedsPython => Err(value),
        Position::At(found) => {
            t.replace(found, value);
            Ok(found)
        }
        Position::Absent => Ok(t.insert(text.hash(), key.clone(), value)),
    });
    match stored {
        Ok(found) => {
            if let Ok(found) = u32::try_from(found) {
                slot.store(found, Ordering::Relaxed);
            }
            Ok(())
        }
        // A key of the same hash needs Python code to compare.
        Err(value) => set_item(vm, dict, key, value),
    }
}

pub fn set_item<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: Value<R>, value: Value<R>) -> PyResult<R, ()> {
    let hash = protocols::hash(vm, &key)?;
    let mut pending = Some((key, value));
    loop {
        // Decide and store under one write when no Python code is needed,
        // so no other thread can insert the same key in between.
        let stored = table(dict).write(|t| {
            let (key, _) = pending.as_ref().expect("stored once");
            let position = t.locate(hash, |candidate| simple_equal(candidate, key));
            if matches!(position, Position::NeedsPython) {
                return false;
            }
            let (key, value) = pending.take().expect("stored once");
            match position {
                Position::At(slot) => t.replace(slot, value),
                _ => {
                    t.insert(hash, key, value);
                }
            }
            true
        });
        if stored {
            return Ok(());
        }
        let (slot, version) = find(vm, dict, &pending.as_ref().expect("not stored yet").0, hash)?;
        let stored = table(dict).write(|t| {
            if t.version() != version {
                return false;
            }
            let (key, value) = pending.take().expect("stored once");
            match slot {
                Some(slot) => t.replace(slot, value),
                None => {
                    t.insert(hash, key, value);
                }
            }
            true
        });
        if stored {
            return Ok(());
        }
    }
}

pub fn remove<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, key: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    let hash = protocols::hash(vm, key)?;
    loop {
        let removed = table(dict).write(|t| match t.locate(hash, |candidate| simple_equal(candidate, key)) {
            Position::At(slot) => Some(t.remove(slot)),
            Position::Absent => Some(None),
            Position::NeedsPython => None,
        });
        if let Some(entry) = removed {
            return Ok(entry.map(|(_, value)| value));
        }
        let (slot, version) = find(vm, dict, key, hash)?;
        let Some(slot) = slot else { return Ok(None) };
        let removed = table(dict).write(|t| (t.version() == version).then(|| t.remove(slot)));
        if let Some(entry) = removed {
            return Ok(entry.map(|(_, value)| value));
        }
    }
}

pub fn len<R: Runtime>(dict: &Obj<R>) -> usize {
    table(dict).len()
}

pub fn entries<R: Runtime>(dict: &Obj<R>) -> Vec<(Value<R>, Value<R>)> {
    table(dict).entries()
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

/// `dict.update(iterable_of_pairs)`, and `dict(iterable_of_pairs)`.
pub fn update_from_pairs<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, pairs: &Value<R>) -> PyResult<R, ()> {
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
