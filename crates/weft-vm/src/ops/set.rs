//! Set operations. Results are built the way CPython builds them (copying
//! tables, iterating the smaller operand), so they iterate and print in the
//! same order as under CPython.

use weft_bytecode::BinaryOperator as Op;
use weft_runtime::{Runtime, Storage};

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::set::SetTable;
use crate::protocols;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn table<R: Runtime>(set: &Obj<R>) -> &R::Storage<SetTable<R>> {
    match set.payload() {
        Payload::Set(table) => table,
        _ => unreachable!("a set"),
    }
}

pub fn as_set<R: Runtime>(value: &Value<R>) -> Option<&Obj<R>> {
    value.as_obj().filter(|obj| matches!(obj.payload(), Payload::Set(_)))
}

fn empty<R: Runtime>(vm: &Vm<R>, frozen: bool) -> Value<R> {
    let class = if frozen { vm.types().frozenset.clone() } else { vm.types().set.clone() };
    Value::Obj(Obj::new(&class, Payload::Set(R::Storage::new(SetTable::default())), None))
}

/// Keys equal without running Python code: `Some(answer)` when decidable here.
fn simple_equal<R: Runtime>(a: &Value<R>, b: &Value<R>) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (protocols::str_text(a), protocols::str_text(b)) {
        (Some(x), Some(y)) => Some(x == y),
        _ => match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some(*x as f64 == *y),
            _ => None,
        },
    }
}

/// Finds `item` (with `hash`): its slot, or Err with the table's version at
/// the time. Either answer holds only while the version is unchanged: a
/// writer acting on it checks the version under the storage's lock.
fn find<R: Runtime>(vm: &Vm<R>, set: &Obj<R>, item: &Value<R>, hash: i64) -> PyResult<R, Result<(usize, u64), u64>> {
    let storage = table(set);
    loop {
        let (version, candidates): (u64, Vec<(usize, Value<R>)>) = storage.read(|t| {
            let probe = t.probe(hash);
            (t.version, probe.candidates.iter().filter_map(|&slot| t.key_at(slot).map(|k| (slot, k.clone()))).collect())
        });
        let mut changed = false;
        for (slot, key) in candidates {
            let equal = match simple_equal(&key, item) {
                Some(answer) => answer,
                None => {
                    let answer = protocols::equal(vm, &key, item)?;
                    changed = storage.read(|t| t.version) != version;
                    answer
                }
            };
            if equal {
                return Ok(Ok((slot, version)));
            }
            if changed {
                break;
            }
        }
        if !changed {
            return Ok(Err(version));
        }
    }
}

/// `set.add(item)` with a known hash.
fn add_hashed<R: Runtime>(vm: &Vm<R>, set: &Obj<R>, item: Value<R>, hash: i64) -> PyResult<R, ()> {
    loop {
        let Err(version) = find(vm, set, &item, hash)? else { return Ok(()) };
        let inserted = table(set).write(|t| {
            if t.version != version {
                return false;
            }
            let probe = t.probe(hash);
            t.insert(&probe, hash, item.clone());
            true
        });
        if inserted {
            return Ok(());
        }
    }
}

pub fn add<R: Runtime>(vm: &Vm<R>, set: &Value<R>, item: Value<R>) -> PyResult<R, ()> {
    let hash = protocols::hash(vm, &item)?;
    add_hashed(vm, set.as_obj().expect("a set"), item, hash)
}

pub fn contains<R: Runtime>(vm: &Vm<R>, set: &Obj<R>, item: &Value<R>) -> PyResult<R, bool> {
    let hash = protocols::hash(vm, item)?;
    Ok(find(vm, set, item, hash)?.is_ok())
}

/// Removes `item`; true if it was present.
pub fn discard<R: Runtime>(vm: &Vm<R>, set: &Obj<R>, item: &Value<R>) -> PyResult<R, bool> {
    let hash = protocols::hash(vm, item)?;
    loop {
        let Ok((slot, version)) = find(vm, set, item, hash)? else { return Ok(false) };
        // Another thread may have moved or removed the key since the search.
        let removed = table(set).write(|t| (t.version == version).then(|| t.remove(slot)));
        if let Some(removed) = removed {
            return Ok(removed.is_some());
        }
    }
}

pub fn keys<R: Runtime>(set: &Obj<R>) -> Vec<Value<R>> {
    table(set).read(|t| t.entries().map(|(_, key)| key.clone()).collect())
}

fn hashed_keys<R: Runtime>(set: &Obj<R>) -> Vec<(i64, Value<R>)> {
    table(set).read(|t| t.entries().map(|(hash, key)| (hash, key.clone())).collect())
}

pub fn len<R: Runtime>(set: &Obj<R>) -> usize {
    table(set).read(SetTable::len)
}

/// A set (or frozenset) of `items`, added in order (`{a, b, c}`, `frozenset(list)`).
pub fn new_set<R: Runtime>(vm: &Vm<R>, items: Vec<Value<R>>, frozen: bool) -> PyResult<R> {
    let set = empty(vm, frozen);
    for item in items {
        add(vm, &set, item)?;
    }
    Ok(set)
}

/// A set built from any iterable, as `set(iterable)` builds it.
pub fn from_iterable<R: Runtime>(vm: &Vm<R>, iterable: &Value<R>, frozen: bool) -> PyResult<R> {
    let set = empty(vm, frozen);
    update(vm, &set, iterable)?;
    Ok(set)
}

/// A copy of `source` with the same layout (`set(s)`, `s.copy()`).
pub fn copy<R: Runtime>(vm: &Vm<R>, source: &Obj<R>, frozen: bool) -> Value<R> {
    let set = empty(vm, frozen);
    let copied = table(source).read(|other| {
        let mut table = SetTable::default();
        table.copy_from(other);
        table
    });
    let target = set.as_obj().expect("a set");
    let old = crate::ops::set::table(target).write(|t| std::mem::replace(t, copied));
    drop(old);
    set
}

/// `set.update(iterable)`: CPython's merge for sets, one reservation for
/// dicts, plain adds for anything else.
pub fn update<R: Runtime>(vm: &Vm<R>, set: &Value<R>, iterable: &Value<R>) -> PyResult<R, ()> {
    let target = set.as_obj().expect("a set");
    if let Some(other) = as_set(iterable) {
        if other.ptr_eq(target) {
            return Ok(());
        }
        if len(target) == 0 {
            let copied = table(other).read(|other| {
                let mut table = SetTable::default();
                table.copy_from(other);
                table
            });
            let old = table(target).write(|t| std::mem::replace(t, copied));
            drop(old);
            return Ok(());
        }
        let entries = hashed_keys(other);
        table(target).write(|t| t.reserve(entries.len()));
        for (hash, key) in entries {
            add_hashed(vm, target, key, hash)?;
        }
        return Ok(());
    }
    if let Some(Payload::Dict(_)) = iterable.as_obj().map(Obj::payload) {
        let entries = crate::ops::dict::entries(iterable.as_obj().expect("a dict"));
        table(target).write(|t| t.reserve(entries.len()));
        for (key, _) in entries {
            add(vm, set, key)?;
        }
        return Ok(());
    }
    let iterator = protocols::get_iter(vm, iterable)?;
    while let Some(item) = protocols::next(vm, &iterator)? {
        add(vm, set, item)?;
    }
    Ok(())
}

/// `left op right` for two sets (or a set and another iterable for the
/// methods), built as CPython builds each result.
pub fn algebra<R: Runtime>(vm: &Vm<R>, op: Op, left: &Obj<R>, right: &Value<R>) -> PyResult<R> {
    let frozen = left.class_is(&vm.types().frozenset);
    match op {
        Op::Or => {
            let result = copy(vm, left, frozen);
            update(vm, &result, right)?;
            Ok(result)
        }
        Op::And => intersection(vm, left, right, frozen),
        Op::Subtract => difference(vm, left, right, frozen),
        _ => {
            // Symmetric difference: a set from the right operand, updated by the left.
            let result = match as_set(right) {
                Some(other) => copy(vm, other, frozen),
                None => from_iterable(vm, right, frozen)?,
            };
            let target = result.as_obj().expect("a set").clone();
            for (hash, key) in hashed_keys(left) {
                if !discard(vm, &target, &key)? {
                    add_hashed(vm, &target, key, hash)?;
                }
            }
            Ok(result)
        }
    }
}

fn intersection<R: Runtime>(vm: &Vm<R>, left: &Obj<R>, right: &Value<R>, frozen: bool) -> PyResult<R> {
    let result = empty(vm, frozen);
    let target = result.as_obj().expect("a set").clone();
    let Some(other) = as_set(right) else {
        let iterator = protocols::get_iter(vm, right)?;
        while let Some(item) = protocols::next(vm, &iterator)? {
            if contains(vm, left, &item)? {
                add(vm, &result, item)?;
            }
        }
        return Ok(result);
    };
    // Iterate the smaller set, probing the larger.
    let (small, large) = if len(other) > len(left) { (left, other) } else { (other, left) };
    for (hash, key) in hashed_keys(small) {
        if contains(vm, large, &key)? {
            add_hashed(vm, &target, key, hash)?;
        }
    }
    Ok(result)
}

fn difference<R: Runtime>(vm: &Vm<R>, left: &Obj<R>, right: &Value<R>, frozen: bool) -> PyResult<R> {
    let other_len = match (as_set(right), right.as_obj().map(Obj::payload)) {
        (Some(other), _) => Some(len(other)),
        (None, Some(Payload::Dict(_))) => Some(crate::ops::dict::len(right.as_obj().expect("a dict"))),
        _ => None,
    };
    let copy_then_remove = match other_len {
        Some(other_len) => (len(left) >> 2) > other_len,
        None => true,
    };
    if copy_then_remove {
        let result = copy(vm, left, frozen);
        let target = result.as_obj().expect("a set").clone();
        for item in protocols::collect(vm, right)? {
            discard(vm, &target, &item)?;
        }
        return Ok(result);
    }
    let result = empty(vm, frozen);
    let target = result.as_obj().expect("a set").clone();
    for (hash, key) in hashed_keys(left) {
        let present = match as_set(right) {
            Some(other) => contains(vm, other, &key)?,
            None => crate::ops::dict::get(vm, right.as_obj().expect("a dict"), &key)?.is_some(),
        };
        if !present {
            add_hashed(vm, &target, key, hash)?;
        }
    }
    Ok(result)
}
