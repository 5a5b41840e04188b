//! `x[key]`, `x[key] = value`, `del x[key]`: indexing and slicing of
//! builtin sequences, dict lookup, and `__getitem__` & co. for Python classes.

use num_traits::ToPrimitive;
use weft_runtime::{Items, Runtime, Storage};

use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::{dict, number};
use crate::protocols::{self, call_method, type_name, user_method};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A slice resolved against a length: the positions it selects.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub count: usize,
}

impl SliceIndices {
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |i| (self.start + i as isize * self.step) as usize)
    }
}

/// Python's `slice.indices(length)`.
pub fn slice_indices<R: Runtime>(vm: &Vm<R>, slice: &Obj<R>, length: usize) -> PyResult<R, SliceIndices> {
    Ok(slice_bounds(vm, slice)?.resolve(length))
}

/// A slice's bounds as integers (`__index__` already called), not yet
/// resolved against a length: what a writer resolves under its storage's
/// lock, against the length the sequence has then.
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
}

pub fn slice_bounds<R: Runtime>(vm: &Vm<R>, slice: &Obj<R>) -> PyResult<R, SliceBounds> {
    let Payload::Slice { start, stop, step } = slice.payload() else { unreachable!("a slice") };
    let step = match step {
        Value::None => 1,
        step => slice_bound(vm, step)?,
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let bound = |value: &Value<R>| if value.is_none() { Ok(None) } else { slice_bound(vm, value).map(Some) };
    Ok(SliceBounds { start: bound(start)?, stop: bound(stop)?, step })
}

impl SliceBounds {
    pub fn resolve(self, length: usize) -> SliceIndices {
        let (length, step) = (length as isize, self.step);
        let (lower, upper) = if step < 0 { (-1, length - 1) } else { (0, length) };
        let clamp = |bound: Option<isize>, default: isize| match bound {
            None => default,
            Some(index) if index < 0 => (index + length).max(lower),
            Some(index) => index.min(upper),
        };
        let start = clamp(self.start, if step < 0 { upper } else { lower });
        let stop = clamp(self.stop, if step < 0 { lower } else { upper });
        let count = if step > 0 {
            if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        SliceIndices { start, stop, step, count }
    }
}

fn slice_bound<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, isize> {
    match number::as_bigint(value) {
        // Huge bounds clamp, as CPython's do.
        Some(big) => Ok(big.to_isize().unwrap_or(if big.sign() == num_bigint::Sign::Minus {
            isize::MIN / 2
        } else {
            isize::MAX / 2
        })),
        None => match index_of(vm, value) {
            Ok(index) => Ok(index),
            Err(_) => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// An integer index (`__index__` for Python classes).
pub fn index_of<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, isize> {
    if let Some(big) = number::as_bigint(value) {
        return big.to_isize().ok_or_else(|| {
            vm.new_error(
                &vm.types().exceptions.index_error,
                format!("cannot fit '{}' into an index-sized integer", type_name(vm, value)),
            )
        });
    }
    if let Some(method) = user_method(value, "__index__") {
        let result = call_method(vm, &method, value, vec![])?;
        return index_of(vm, &result);
    }
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, value))))
}

/// Resolves a possibly negative index against `length`.
fn position<R: Runtime>(vm: &Vm<R>, key: &Value<R>, length: usize, kind: &str) -> PyResult<R, usize> {
    let index = item_index(vm, key, kind)?;
    resolve(index, length).ok_or_else(|| {
        vm.index_error(match kind {
            "str" => "string index out of range".to_owned(),
            "byte" => "index out of range".to_owned(),
            kind => format!("{kind} index out of range"),
        })
    })
}

/// A sequence index as an integer (not yet resolved against a length), with
/// the sequence kind's TypeError for keys that are not integers.
fn item_index<R: Runtime>(vm: &Vm<R>, key: &Value<R>, kind: &str) -> PyResult<R, isize> {
    if let Value::Int(i) = key {
        return Ok(*i as isize);
    }
    index_of(vm, key).map_err(|error| {
        if vm.error_matches(&error, &vm.types().exceptions.type_error) {
            vm.type_error(format!("{kind} indices must be integers or slices, not {}", type_name(vm, key)))
        } else {
            error
        }
    })
}

/// `index` counted from the end when negative; None when out of range.
fn resolve(index: isize, length: usize) -> Option<usize> {
    let resolved = if index < 0 { index + length as isize } else { index };
    (resolved >= 0 && (resolved as usize) < length).then_some(resolved as usize)
}

fn is_slice<R: Runtime>(key: &Value<R>) -> Option<&Obj<R>> {
    key.as_obj().filter(|obj| matches!(obj.payload(), Payload::Slice { .. }))
}

pub fn get_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>) -> PyResult<R> {
    if let Some(method) = user_method(container, "__getitem__") {
        return call_method(vm, &method, container, vec![key]);
    }
    builtin_get_item(vm, container, key)
}

/// `x[key]` for builtin kinds, ignoring overrides (what `list.__getitem__` does).
pub fn builtin_get_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>) -> PyResult<R> {
    let Some(obj) = container.as_obj() else { return Err(not_subscriptable(vm, container)) };
    match obj.payload() {
        Payload::List(items) => {
            if is_slice(&key).is_none() {
                // One item: index inside the storage access (converting the
                // key first, as `__index__` may run Python code).
                let index = item_index(vm, &key, "list")?;
                let found = resolve(index, items.len()).and_then(|at| items.get(at));
                return found.ok_or_else(|| vm.index_error("list index out of range"));
            }
            let slice = is_slice(&key).expect("checked above");
            Ok(vm.new_list(list_slice(items, slice_bounds(vm, slice)?)))
        }
        Payload::Tuple(items) => sequence_item(vm, items, &key, "tuple", |items| vm.new_tuple(items)),
        Payload::Str(text) => {
            if let Some(slice) = is_slice(&key) {
                let indices = slice_indices(vm, slice, text.char_len())?;
                let chars: Vec<char> = text.as_str().chars().collect();
                return Ok(vm.new_str(indices.positions().map(|i| chars[i]).collect::<String>()));
            }
            let index = position(vm, &key, text.char_len(), "str")?;
            Ok(vm.new_str(text.char_at(index).expect("in range").to_string()))
        }
        Payload::ByteArray(storage) => {
            if is_slice(&key).is_none() {
                let index = item_index(vm, &key, "bytearray")?;
                let found = storage.read(|bytes| resolve(index, bytes.len()).map(|at| bytes[at]));
                return found
                    .map(|byte| Value::Int(i64::from(byte)))
                    .ok_or_else(|| vm.index_error("bytearray index out of range"));
            }
            let bytes = storage.read(Clone::clone);
            if let Some(slice) = is_slice(&key) {
                let indices = slice_indices(vm, slice, bytes.len())?;
                let selected = indices.positions().map(|i| bytes[i]).collect();
                return Ok(crate::builtins::new_bytearray(vm, selected));
            }
            let index = position(vm, &key, bytes.len(), "bytearray")?;
            Ok(Value::Int(i64::from(bytes[index])))
        }
        Payload::Bytes(bytes) => {
            if let Some(slice) = is_slice(&key) {
                let indices = slice_indices(vm, slice, bytes.len())?;
                return Ok(crate::builtins::new_bytes(vm, indices.positions().map(|i| bytes[i]).collect()));
            }
            let index = position(vm, &key, bytes.len(), "byte")?;
            Ok(Value::Int(i64::from(bytes[index])))
        }
        Payload::Dict(_) => match dict::get(vm, obj, &key)? {
            Some(value) => Ok(value),
            None => {
                if let Some(missing) = user_method(container, "__missing__") {
                    return call_method(vm, &missing, container, vec![key]);
                }
                Err(vm.key_error(key))
            }
        },
        Payload::Range { .. } => crate::ops::range::item(vm, obj, &key),
        Payload::Class(_) => match crate::types::lookup(obj, "__class_getitem__") {
            Some(method) => {
                let function = match method.as_obj().map(Obj::payload) {
                    Some(Payload::ClassMethod(function)) => function.clone(),
                    _ => method,
                };
                crate::call::call(vm, &function, crate::vm::Args::new(vec![container.clone(), key]))
            }
            None => generic_alias(vm, obj, key),
        },
        _ => Err(not_subscriptable(vm, container)),
    }
}

/// `list[int]`, `dict[str, int]`: the builtin containers (and `type`)
/// subscript to a `types.GenericAlias`, as in annotations since Python 3.9.
fn generic_alias<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, key: Value<R>) -> PyResult<R> {
    let types = vm.types();
    let generic = [&types.list, &types.dict, &types.tuple, &types.set, &types.frozenset, &types.type_];
    if !generic.iter().any(|c| c.ptr_eq(class)) {
        return Err(vm.type_error(format!("type '{}' is not subscriptable", crate::types::class_data(class).name)));
    }
    let args = match key.as_obj().map(Obj::payload) {
        Some(Payload::Tuple(_)) => key,
        _ => vm.new_tuple(vec![key]),
    };
    let alias = Payload::GenericAlias { origin: class.clone(), args };
    Ok(Value::Obj(Obj::new(&types.generic_alias, alias, None)))
}

fn sequence_item<R: Runtime>(
    vm: &Vm<R>,
    items: &[Value<R>],
    key: &Value<R>,
    kind: &str,
    build: impl FnOnce(Vec<Value<R>>) -> Value<R>,
) -> PyResult<R> {
    if let Some(slice) = is_slice(key) {
        let indices = slice_indices(vm, slice, items.len())?;
        return Ok(build(indices.positions().map(|i| items[i].clone()).collect()));
    }
    let index = position(vm, key, items.len(), kind)?;
    Ok(items[index].clone())
}

/// The items a slice selects from a list, copying only the span it covers
/// (not the whole list). Under a concurrent resize the span may come back
/// shorter than the length it was resolved against: what is missing is
/// left out, as a slice of the shorter list would.
fn list_slice<R: Runtime>(items: &R::Items<Value<R>>, bounds: SliceBounds) -> Vec<Value<R>> {
    let indices = bounds.resolve(items.len());
    if indices.count == 0 {
        return Vec::new();
    }
    let first = indices.start as usize;
    let last = (indices.start + (indices.count as isize - 1) * indices.step) as usize;
    let lowest = first.min(last);
    let span = items.range(lowest, first.max(last) + 1);
    let stride = indices.step.unsigned_abs();
    match indices.step {
        1 => span,
        -1 => span.into_iter().rev().collect(),
        step if step > 0 => span.into_iter().step_by(stride).collect(),
        _ => span.into_iter().rev().step_by(stride).collect(),
    }
}

fn not_subscriptable<R: Runtime>(vm: &Vm<R>, container: &Value<R>) -> PyErr<R> {
    vm.type_error(format!("'{}' object is not subscriptable", type_name(vm, container)))
}

pub fn set_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>, value: Value<R>) -> PyResult<R, ()> {
    if let Some(method) = user_method(container, "__setitem__") {
        call_method(vm, &method, container, vec![key, value])?;
        return Ok(());
    }
    builtin_set_item(vm, container, key, value)
}

pub fn builtin_set_item<R: Runtime>(
    vm: &Vm<R>,
    container: &Value<R>,
    key: Value<R>,
    value: Value<R>,
) -> PyResult<R, ()> {
    let Some(obj) = container.as_obj() else {
        return Err(vm.type_error(format!("'{}' object does not support item assignment", type_name(vm, container))));
    };
    match obj.payload() {
        Payload::List(items) => {
            if let Some(slice) = is_slice(&key) {
                let new_items = protocols::collect(vm, &value)?;
                let bounds = slice_bounds(vm, slice)?;
                // Same length: in place. Otherwise the list changes size.
                let given = new_items.len();
                let in_place = items.overwrite(
                    |len| {
                        let indices = bounds.resolve(len);
                        if indices.count == given { Ok(indices.positions().collect()) } else { Err(()) }
                    },
                    new_items,
                );
                let Err(((), new_items)) = in_place else { return Ok(()) };
                let replaced = items.modify(|items| splice(items, bounds, new_items));
                return replaced.map(drop).map_err(|sizes| slice_size_error(vm, sizes));
            }
            // A negative index is resolved against the length `set` checks
            // against, give or take a concurrent resize, which `set` refuses.
            let index = item_index(vm, &key, "list")?;
            resolve(index, items.len())
                .and_then(|at| items.set(at, value).ok())
                .ok_or_else(|| vm.index_error("list assignment index out of range"))
        }
        Payload::Dict(_) => dict::set_item(vm, obj, key, value),
        Payload::ByteArray(storage) => {
            let length = storage.read(Vec::len);
            if let Some(slice) = is_slice(&key) {
                let new_bytes = bytes_to_assign(vm, &value)?;
                let bounds = slice_bounds(vm, slice)?;
                let replaced = storage.write(|bytes| splice(bytes, bounds, new_bytes));
                return replaced.map(drop).map_err(|sizes| slice_size_error(vm, sizes));
            }
            let index = item_index(vm, &key, "bytearray")?;
            if resolve(index, length).is_none() {
                return Err(vm.index_error("bytearray index out of range"));
            }
            let byte = crate::builtins::expect_int(vm, &value)?;
            let byte = u8::try_from(byte).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?;
            let stored = storage.write(|bytes| resolve(index, bytes.len()).map(|at| bytes[at] = byte));
            stored.ok_or_else(|| vm.index_error("bytearray index out of range"))
        }
        _ => Err(vm.type_error(format!("'{}' object does not support item assignment", type_name(vm, container)))),
    }
}

/// What `bytearray[a:b] = value` inserts: a bytes-like value's bytes, or
/// the items of an iterable of ints.
fn bytes_to_assign<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, Vec<u8>> {
    if let Some(bytes) = crate::builtins::bytes_of(value) {
        return Ok(bytes);
    }
    let refuse = || vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    if number::as_bigint(value).is_some() || protocols::str_text(value).is_some() {
        return Err(refuse());
    }
    let items = protocols::collect(vm, value).map_err(|_| refuse())?;
    items
        .iter()
        .map(|item| {
            let byte = crate::builtins::expect_int(vm, item)?;
            u8::try_from(byte).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
        })
        .collect()
}

/// Replaces the items a slice selects (a plain slice may change the
/// length), inside the sequence's write, so the slice is resolved against
/// the length the sequence has there. Gives back the replaced items, to be
/// dropped outside the write, or the sizes of a mismatched extended slice.
fn splice<T>(items: &mut Vec<T>, bounds: SliceBounds, new_items: Vec<T>) -> Result<Vec<T>, (usize, usize)> {
    let indices = bounds.resolve(items.len());
    if indices.step == 1 {
        let start = indices.start as usize;
        return Ok(items.splice(start..start + indices.count, new_items).collect());
    }
    if new_items.len() != indices.count {
        return Err((new_items.len(), indices.count));
    }
    Ok(indices.positions().zip(new_items).map(|(i, value)| std::mem::replace(&mut items[i], value)).collect())
}

fn slice_size_error<R: Runtime>(vm: &Vm<R>, (given, wanted): (usize, usize)) -> PyErr<R> {
    vm.value_error(format!("attempt to assign sequence of size {given} to extended slice of size {wanted}"))
}

pub fn delete_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>) -> PyResult<R, ()> {
    if let Some(method) = user_method(container, "__delitem__") {
        call_method(vm, &method, container, vec![key])?;
        return Ok(());
    }
    builtin_delete_item(vm, container, key)
}

pub fn builtin_delete_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>) -> PyResult<R, ()> {
    let Some(obj) = container.as_obj() else {
        return Err(vm.type_error(format!("'{}' object doesn't support item deletion", type_name(vm, container))));
    };
    match obj.payload() {
        Payload::List(items) => {
            if let Some(slice) = is_slice(&key) {
                let bounds = slice_bounds(vm, slice)?;
                drop(items.modify(|items| remove_slice(items, bounds)));
                return Ok(());
            }
            let index = item_index(vm, &key, "list")?;
            let removed = items.remove_with(|len| resolve(index, len).ok_or(())).ok();
            match removed {
                Some(removed) => {
                    drop(removed);
                    Ok(())
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Payload::Dict(_) => match dict::remove(vm, obj, &key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key)),
        },
        Payload::ByteArray(bytes) => {
            if let Some(slice) = is_slice(&key) {
                let bounds = slice_bounds(vm, slice)?;
                bytes.write(|bytes| remove_slice(bytes, bounds));
                return Ok(());
            }
            let index = item_index(vm, &key, "bytearray")?;
            let removed = bytes.write(|bytes| resolve(index, bytes.len()).map(|at| bytes.remove(at)));
            removed.map(|_| ()).ok_or_else(|| vm.index_error("bytearray index out of range"))
        }
        _ => Err(vm.type_error(format!("'{}' object doesn't support item deletion", type_name(vm, container)))),
    }
}

/// Removes the items a slice selects; gives them back to be dropped outside
/// the sequence's write.
fn remove_slice<T>(items: &mut Vec<T>, bounds: SliceBounds) -> Vec<T> {
    let mut doomed: Vec<usize> = bounds.resolve(items.len()).positions().collect();
    doomed.sort_unstable();
    doomed.iter().rev().map(|&i| items.remove(i)).collect()
}
