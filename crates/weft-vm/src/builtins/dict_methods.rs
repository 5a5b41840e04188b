//! Methods of `dict` and `set`.

use weft_runtime::{Runtime, Storage};

use super::{arity, define_method};
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::iter::DictView;
use crate::ops::{dict, set};
use crate::protocols;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use weft_bytecode::BinaryOperator as Op;

fn receiver<R: Runtime>(args: &crate::vm::Args<R>) -> &Obj<R> {
    args.positional[0].as_obj().expect("dict methods receive dicts")
}

/// `keys()`, `values()`, `items()`: a live view of the dict.
fn view<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, view: DictView) -> PyResult<R> {
    let types = vm.types();
    let class = match view {
        DictView::Keys => &types.dict_keys,
        DictView::Values => &types.dict_values,
        DictView::Items => &types.dict_items,
    };
    Ok(Value::Obj(Obj::new(class, Payload::DictView { dict: dict.clone(), view }, None)))
}

/// The items a view shows, in dict order.
pub fn view_items<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, view: DictView) -> Vec<Value<R>> {
    dict::entries(dict)
        .into_iter()
        .map(|(key, value)| match view {
            DictView::Keys => key,
            DictView::Values => value,
            DictView::Items => vm.new_tuple(vec![key, value]),
        })
        .collect()
}

/// `item in view`.
pub fn view_contains<R: Runtime>(vm: &Vm<R>, dict: &Obj<R>, view: DictView, item: &Value<R>) -> PyResult<R, bool> {
    match view {
        DictView::Keys => Ok(dict::get(vm, dict, item)?.is_some()),
        DictView::Items => {
            let Some(Payload::Tuple(pair)) = item.as_obj().map(Obj::payload) else { return Ok(false) };
            let [key, value] = &pair[..] else { return Ok(false) };
            match dict::get(vm, dict, key)? {
                Some(found) => Ok(found.is(value) || protocols::equal(vm, &found, value)?),
                None => Ok(false),
            }
        }
        DictView::Values => {
            for candidate in view_items(vm, dict, view) {
                if candidate.is(item) || protocols::equal(vm, &candidate, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn install<R: Runtime>(vm: &Vm<R>) {
    for view_class in [&vm.types().dict_keys, &vm.types().dict_items] {
        define_method(vm, view_class, "isdisjoint", |vm, args| {
            arity(vm, "isdisjoint", &args, 2, 2)?;
            let Some(Payload::DictView { dict, view }) = args.positional[0].as_obj().map(Obj::payload) else {
                return Err(vm.type_error("descriptor 'isdisjoint' requires a dict view"));
            };
            for item in protocols::collect(vm, args.at(vm, 1)?)? {
                if view_contains(vm, dict, *view, &item)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
    }
    let class = &vm.types().dict;
    define_method(vm, class, "keys", |vm, args| view(vm, receiver(&args), DictView::Keys));
    define_method(vm, class, "values", |vm, args| view(vm, receiver(&args), DictView::Values));
    define_method(vm, class, "items", |vm, args| view(vm, receiver(&args), DictView::Items));
    define_method(vm, class, "get", |vm, args| {
        arity(vm, "get", &args, 2, 3)?;
        let found = dict::get(vm, receiver(&args), args.at(vm, 1)?)?;
        Ok(found.unwrap_or_else(|| args.positional.get(2).cloned().unwrap_or(Value::None)))
    });
    define_method(vm, class, "setdefault", |vm, args| {
        arity(vm, "setdefault", &args, 2, 3)?;
        let target = receiver(&args);
        if let Some(value) = dict::get(vm, target, args.at(vm, 1)?)? {
            return Ok(value);
        }
        let default = args.positional.get(2).cloned().unwrap_or(Value::None);
        dict::set_item(vm, target, args.at(vm, 1)?.clone(), default.clone())?;
        Ok(default)
    });
    define_method(vm, class, "pop", |vm, args| {
        arity(vm, "pop", &args, 2, 3)?;
        match dict::remove(vm, receiver(&args), args.at(vm, 1)?)? {
            Some(value) => Ok(value),
            None => match args.positional.get(2) {
                Some(default) => Ok(default.clone()),
                None => Err(vm.key_error(args.at(vm, 1)?.clone())),
            },
        }
    });
    define_method(vm, class, "popitem", |vm, args| {
        arity(vm, "popitem", &args, 1, 1)?;
        let Payload::Dict(table) = receiver(&args).payload() else { unreachable!("a dict") };
        match table.write(|t| t.pop_last()) {
            Some((key, value)) => Ok(vm.new_tuple(vec![key, value])),
            None => Err(vm.key_error(vm.new_str("popitem(): dictionary is empty"))),
        }
    });
    define_method(vm, class, "update", |vm, args| {
        arity(vm, "update", &args, 1, 2)?;
        let target = receiver(&args);
        if let Some(source) = args.positional.get(1) {
            dict::update(vm, target, source, None)?;
        }
        for (key, value) in &args.keywords {
            dict::set_item(vm, target, Value::Obj(key.clone()), value.clone())?;
        }
        Ok(Value::None)
    });
    define_method(vm, class, "copy", |vm, args| {
        arity(vm, "copy", &args, 1, 1)?;
        let copy = vm.new_dict();
        dict::update(vm, &copy, &args.positional[0], None)?;
        Ok(Value::Obj(copy))
    });
    define_method(vm, class, "clear", |vm, args| {
        arity(vm, "clear", &args, 1, 1)?;
        let Payload::Dict(table) = receiver(&args).payload() else { unreachable!("a dict") };
        table.write(|t| t.clear());
        Ok(Value::None)
    });
    super::define_classmethod(vm, class, "fromkeys", |vm, args| {
        arity(vm, "fromkeys", &args, 2, 3)?;
        let result = crate::call::call(vm, &args.positional[0], crate::vm::Args::new(vec![]))?;
        let value = args.positional.get(2).cloned().unwrap_or(Value::None);
        for key in protocols::collect(vm, args.at(vm, 1)?)? {
            crate::ops::set_item(vm, &result, key, value.clone())?;
        }
        Ok(result)
    });
    install_set_methods(vm);
}

/// Methods of `set` and `frozenset`.
fn install_set_methods<R: Runtime>(vm: &Vm<R>) {
    let set_class = &vm.types().set;
    define_method(vm, set_class, "add", |vm, args| {
        arity(vm, "add", &args, 2, 2)?;
        set::add(vm, &args.positional[0], args.at(vm, 1)?.clone())?;
        Ok(Value::None)
    });
    define_method(vm, set_class, "update", |vm, args| {
        for iterable in &args.positional[1..] {
            set::update(vm, &args.positional[0], iterable)?;
        }
        Ok(Value::None)
    });
    define_method(vm, set_class, "discard", |vm, args| {
        arity(vm, "discard", &args, 2, 2)?;
        set::discard(vm, receiver(&args), args.at(vm, 1)?)?;
        Ok(Value::None)
    });
    define_method(vm, set_class, "remove", |vm, args| {
        arity(vm, "remove", &args, 2, 2)?;
        if !set::discard(vm, receiver(&args), args.at(vm, 1)?)? {
            return Err(vm.key_error(args.at(vm, 1)?.clone()));
        }
        Ok(Value::None)
    });
    define_method(vm, set_class, "pop", |vm, args| {
        arity(vm, "pop", &args, 1, 1)?;
        match set::table(receiver(&args)).write(|t| t.pop()) {
            Some(key) => Ok(key),
            None => Err(vm.key_error(vm.new_str("pop from an empty set"))),
        }
    });
    define_method(vm, set_class, "clear", |vm, args| {
        arity(vm, "clear", &args, 1, 1)?;
        let old = set::table(receiver(&args)).write(|t| t.clear());
        drop(old);
        Ok(Value::None)
    });
    define_method(vm, set_class, "copy", |vm, args| Ok(set::copy(vm, receiver(&args), false)));
    define_method(vm, &vm.types().frozenset, "copy", |_, args| Ok(args.positional[0].clone()));
    define_method(vm, set_class, "intersection_update", |vm, args| update_with(vm, args, Op::And));
    define_method(vm, set_class, "difference_update", |vm, args| update_with(vm, args, Op::Subtract));
    define_method(vm, set_class, "symmetric_difference_update", |vm, args| update_with(vm, args, Op::Xor));
    for class in [&vm.types().set, &vm.types().frozenset] {
        define_method(vm, class, "union", |vm, args| combine(vm, args, Op::Or));
        define_method(vm, class, "intersection", |vm, args| combine(vm, args, Op::And));
        define_method(vm, class, "difference", |vm, args| combine(vm, args, Op::Subtract));
        define_method(vm, class, "symmetric_difference", |vm, args| combine(vm, args, Op::Xor));
        define_method(vm, class, "issubset", |vm, args| {
            let other = as_set(vm, args.at(vm, 1)?)?;
            let ordering = super::compare_sets(vm, receiver(&args), &other)?;
            Ok(Value::Bool(matches!(ordering, Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal))))
        });
        define_method(vm, class, "issuperset", |vm, args| {
            let other = as_set(vm, args.at(vm, 1)?)?;
            let ordering = super::compare_sets(vm, receiver(&args), &other)?;
            Ok(Value::Bool(matches!(ordering, Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal))))
        });
        define_method(vm, class, "isdisjoint", |vm, args| {
            let other = as_set(vm, args.at(vm, 1)?)?;
            for item in set::keys(receiver(&args)) {
                if set::contains(vm, &other, &item)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
    }
}

/// Another operand of a set method as a set (methods accept any iterable).
fn as_set<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, Obj<R>> {
    match set::as_set(value) {
        Some(set) => Ok(set.clone()),
        None => Ok(set::from_iterable(vm, value, false)?.as_obj().expect("a set").clone()),
    }
}

/// `s.union(*others)` and friends: one operation per argument, left to right.
fn combine<R: Runtime>(vm: &Vm<R>, args: crate::vm::Args<R>, op: Op) -> PyResult<R> {
    let first = receiver(&args).clone();
    if args.positional.len() == 1 {
        return Ok(set::copy(vm, &first, first.class_is(&vm.types().frozenset)));
    }
    let mut result = Value::Obj(first);
    for other in &args.positional[1..] {
        let other = Value::Obj(as_set(vm, other)?);
        let left = result.as_obj().expect("a set").clone();
        result = set::algebra(vm, op, &left, &other)?;
    }
    Ok(result)
}

/// `s.op_update(*others)`: `s op= other` for each, in place.
fn update_with<R: Runtime>(vm: &Vm<R>, args: crate::vm::Args<R>, op: Op) -> PyResult<R> {
    let target = receiver(&args).clone();
    for other in &args.positional[1..] {
        let other = Value::Obj(as_set(vm, other)?);
        let result = set::algebra(vm, op, &target, &other)?;
        let contents = set::table(result.as_obj().expect("a set")).write(std::mem::take);
        let old = set::table(&target).write(|t| std::mem::replace(t, contents));
        drop(old);
    }
    Ok(Value::None)
}
