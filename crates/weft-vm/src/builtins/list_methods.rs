//! Methods of `list` and `tuple`.

use weft_runtime::{Items, Runtime};

use super::{arity, define_method, expect_int, keyword};
use crate::object::Obj;
use crate::objects::Payload;
use crate::protocols::{self, truthy};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn storage<R: Runtime>(value: &Value<R>) -> &R::Items<Value<R>> {
    match value.as_obj().map(Obj::payload) {
        Some(Payload::List(items)) => items,
        _ => unreachable!("list methods receive lists"),
    }
}

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let list = &vm.types().list;
    define_method(vm, list, "append", |vm, args| {
        arity(vm, "append", &args, 2, 2)?;
        let item = args.at(vm, 1)?.clone();
        storage(&args.positional[0]).push(item);
        Ok(Value::None)
    });
    define_method(vm, list, "extend", |vm, args| {
        arity(vm, "extend", &args, 2, 2)?;
        let items = protocols::collect(vm, args.at(vm, 1)?)?;
        storage(&args.positional[0]).extend(items);
        Ok(Value::None)
    });
    define_method(vm, list, "insert", |vm, args| {
        arity(vm, "insert", &args, 3, 3)?;
        let index = expect_int(vm, args.at(vm, 1)?)?;
        let item = args.at(vm, 2)?.clone();
        storage(&args.positional[0]).insert_with(
            |len| {
                let len = len as i64;
                (if index < 0 { (index + len).max(0) } else { index.min(len) }) as usize
            },
            item,
        );
        Ok(Value::None)
    });
    define_method(vm, list, "pop", |vm, args| {
        arity(vm, "pop", &args, 1, 2)?;
        let index = args.positional.get(1).map(|i| expect_int(vm, i)).transpose()?;
        let Some(index) = index else {
            return storage(&args.positional[0]).pop().ok_or_else(|| vm.index_error("pop from empty list"));
        };
        let popped = storage(&args.positional[0]).remove_with(|len| {
            if len == 0 {
                return Err("pop from empty list");
            }
            let len = len as i64;
            let at = if index < 0 { index + len } else { index };
            if at < 0 || at >= len {
                return Err("pop index out of range");
            }
            Ok(at as usize)
        });
        popped.map_err(|message| vm.index_error(message))
    });
    define_method(vm, list, "remove", |vm, args| {
        arity(vm, "remove", &args, 2, 2)?;
        let wanted = args.at(vm, 1)?;
        // Most searches compare without Python code: find and remove under one lock.
        let quick = storage(&args.positional[0]).modify(|items| {
            for (at, item) in items.iter().enumerate() {
                match crate::ops::dict::simple_equal(item, wanted) {
                    Some(true) => return Some(Some(items.remove(at))),
                    Some(false) => {}
                    None => return None,
                }
            }
            Some(None)
        });
        match quick {
            Some(Some(removed)) => {
                drop(removed);
                return Ok(Value::None);
            }
            Some(None) => return Err(vm.value_error("list.remove(x): x not in list")),
            None => {}
        }
        loop {
            let snapshot = storage(&args.positional[0]).snapshot();
            let Some(at) = position_in(vm, &snapshot, args.at(vm, 1)?, 0, snapshot.len())? else {
                return Err(vm.value_error("list.remove(x): x not in list"));
            };
            // Remove it only if it is still there: another thread (or the
            // `__eq__` just run) may have changed the list since the snapshot.
            let removed = storage(&args.positional[0])
                .modify(|items| items.get(at).is_some_and(|item| item.is(&snapshot[at])).then(|| items.remove(at)));
            if removed.is_some() {
                drop(removed);
                return Ok(Value::None);
            }
        }
    });
    define_method(vm, list, "index", |vm, args| {
        arity(vm, "index", &args, 2, 4)?;
        let items = storage(&args.positional[0]).snapshot();
        let (start, stop) = search_bounds(vm, &args, items.len())?;
        match position_in(vm, &items, args.at(vm, 1)?, start, stop)? {
            Some(at) => Ok(Value::Int(at as i64)),
            None => {
                let repr = protocols::repr(vm, args.at(vm, 1)?)?;
                Err(vm.value_error(format!("{repr} is not in list")))
            }
        }
    });
    define_method(vm, list, "count", |vm, args| {
        arity(vm, "count", &args, 2, 2)?;
        let items = storage(&args.positional[0]).snapshot();
        let mut count = 0;
        for item in &items {
            if item.is(args.at(vm, 1)?) || protocols::equal(vm, item, args.at(vm, 1)?)? {
                count += 1;
            }
        }
        Ok(Value::Int(count))
    });
    define_method(vm, list, "reverse", |vm, args| {
        arity(vm, "reverse", &args, 1, 1)?;
        storage(&args.positional[0]).modify(|items| items.reverse());
        Ok(Value::None)
    });
    define_method(vm, list, "clear", |vm, args| {
        arity(vm, "clear", &args, 1, 1)?;
        let old = storage(&args.positional[0]).modify(std::mem::take);
        drop(old);
        Ok(Value::None)
    });
    define_method(vm, list, "copy", |vm, args| {
        arity(vm, "copy", &args, 1, 1)?;
        Ok(vm.new_list(storage(&args.positional[0]).snapshot()))
    });
    define_method(vm, list, "sort", |vm, args| {
        arity(vm, "sort", &args, 1, 1)?;
        sort_list(vm, &args.positional[0], keyword(&args, "key"), keyword(&args, "reverse"))?;
        Ok(Value::None)
    });
    define_method(vm, &vm.types().slice, "indices", |vm, args| {
        arity(vm, "indices", &args, 2, 2)?;
        let length = expect_int(vm, args.at(vm, 1)?)?;
        if length < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let slice = args.positional[0].as_obj().expect("a slice");
        let indices = crate::subscript::slice_indices(vm, slice, length as usize)?;
        let values = [indices.start, indices.stop, indices.step].map(|v| Value::Int(v as i64));
        Ok(vm.new_tuple(values.to_vec()))
    });
    define_method(vm, &vm.types().range, "index", |vm, args| {
        arity(vm, "index", &args, 2, 2)?;
        crate::ops::range::index(vm, &args.positional[0], &args.positional[1])
    });
    define_method(vm, &vm.types().range, "count", |vm, args| {
        arity(vm, "count", &args, 2, 2)?;
        Ok(Value::Int(i64::from(crate::ops::range::contains(vm, &args.positional[0], &args.positional[1])?)))
    });
    let tuple = &vm.types().tuple;
    define_method(vm, tuple, "index", |vm, args| {
        arity(vm, "index", &args, 2, 4)?;
        let items = crate::ops::list::items(&args.positional[0]);
        let (start, stop) = search_bounds(vm, &args, items.len())?;
        match position_in(vm, &items, args.at(vm, 1)?, start, stop)? {
            Some(at) => Ok(Value::Int(at as i64)),
            None => Err(vm.value_error("tuple.index(x): x not in tuple")),
        }
    });
    define_method(vm, tuple, "count", |vm, args| {
        arity(vm, "count", &args, 2, 2)?;
        let mut count = 0;
        for item in &crate::ops::list::items(&args.positional[0]) {
            if item.is(args.at(vm, 1)?) || protocols::equal(vm, item, args.at(vm, 1)?)? {
                count += 1;
            }
        }
        Ok(Value::Int(count))
    });
}

/// The first index in `start..stop` whose item is (or equals) `wanted`.
fn position_in<R: Runtime>(
    vm: &Vm<R>,
    items: &[Value<R>],
    wanted: &Value<R>,
    start: usize,
    stop: usize,
) -> PyResult<R, Option<usize>> {
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item.is(wanted) || protocols::equal(vm, item, wanted)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// The optional `start` and `stop` of `index(x, start, stop)`, resolved
/// like slice bounds: negative counts from the end, anything past clamps.
fn search_bounds<R: Runtime>(vm: &Vm<R>, args: &Args<R>, length: usize) -> PyResult<R, (usize, usize)> {
    let resolve = |at: usize, default: usize| -> PyResult<R, usize> {
        let Some(value) = args.positional.get(at) else { return Ok(default) };
        let index = crate::subscript::index_of(vm, value)
            .map_err(|_| vm.type_error("slice indices must be integers or have an __index__ method"))?;
        Ok(if index < 0 { (index + length as isize).max(0) as usize } else { (index as usize).min(length) })
    };
    Ok((resolve(2, 0)?, resolve(3, length)?))
}

/// Sorts a list in place, stably, by `key`; comparisons may run Python code
/// and raise, in which case the list keeps its original order.
pub fn sort_list<R: Runtime>(
    vm: &Vm<R>,
    list: &Value<R>,
    key: Option<Value<R>>,
    reverse: Option<Value<R>>,
) -> PyResult<R, ()> {
    let reverse = match reverse {
        Some(value) => truthy(vm, &value)?,
        None => false,
    };
    let items = storage(list).snapshot();
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let score = match key.as_ref().filter(|k| !k.is_none()) {
            Some(key) => crate::call::call(vm, key, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        keyed.push((score, item));
    }
    if reverse {
        keyed.reverse();
    }
    let mut failure = None;
    if !sort_natively(vm, &mut keyed) {
        sort_with_less_than(vm, &mut keyed, &mut failure);
    }
    if let Some(error) = failure {
        return Err(error);
    }
    if reverse {
        keyed.reverse();
    }
    let sorted: Vec<Value<R>> = keyed.into_iter().map(|(_, item)| item).collect();
    let old = storage(list).modify(|items| std::mem::replace(items, sorted));
    drop(old);
    Ok(())
}

/// Sorts `keyed` by its keys' native order when they are all inline ints
/// or all exact strs (code-point order is UTF-8 byte order), as CPython's
/// pre-sort check picks a specialised compare: same result as comparing
/// with `<`, which for these kinds cannot fail or run Python code.
fn sort_natively<R: Runtime>(vm: &Vm<R>, keyed: &mut [(Value<R>, Value<R>)]) -> bool {
    let int = |value: &Value<R>| match value {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    if keyed.iter().all(|(key, _)| int(key).is_some()) {
        keyed.sort_by_key(|(key, _)| int(key));
        return true;
    }
    fn exact_str<'a, R: Runtime>(value: &'a Value<R>, str_class: &Obj<R>) -> Option<&'a str> {
        match value {
            Value::Obj(obj) if obj.class_is(str_class) => protocols::obj_text(obj),
            _ => None,
        }
    }
    let str_class = &vm.types().str;
    if keyed.iter().all(|(key, _)| exact_str(key, str_class).is_some()) {
        keyed.sort_by(|(a, _), (b, _)| exact_str(a, str_class).cmp(&exact_str(b, str_class)));
        return true;
    }
    false
}

/// The general sort: Python's `<` between keys; the first error stops it.
fn sort_with_less_than<R: Runtime>(
    vm: &Vm<R>,
    keyed: &mut [(Value<R>, Value<R>)],
    failure: &mut Option<crate::vm::PyErr<R>>,
) {
    keyed.sort_by(|(a, _), (b, _)| {
        if failure.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match less_than(vm, a, b) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match less_than(vm, b, a) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(error) => {
                    *failure = Some(error);
                    std::cmp::Ordering::Equal
                }
            },
            Err(error) => {
                *failure = Some(error);
                std::cmp::Ordering::Equal
            }
        }
    });
}

fn less_than<R: Runtime>(vm: &Vm<R>, a: &Value<R>, b: &Value<R>) -> PyResult<R, bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let result = crate::ops::compare(vm, weft_bytecode::ComparisonOperator::Less, a, b)?;
    truthy(vm, &result)
}
