//! The dunder methods of builtin types (`list.__len__`, `int.__add__`, …),
//! so Python code can call them directly or through `super()`. Each calls
//! the builtin behaviour itself, never the override that may have called it.

use weft_bytecode::{BinaryOperator as Op, ComparisonOperator as Cmp};
use weft_runtime::Runtime;

use super::{arity, define_method};
use crate::objects::Payload;
use crate::ops::{self, number};
use crate::protocols;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let t = vm.types();
    let containers = [&t.str, &t.list, &t.tuple, &t.dict, &t.set, &t.frozenset, &t.bytes, &t.range];
    // Sets have a length and membership but no items by position.
    for class in [&t.str, &t.list, &t.tuple, &t.dict, &t.bytes, &t.range] {
        define_method(vm, class, "__getitem__", |vm, args| {
            arity(vm, "__getitem__", &args, 2, 2)?;
            crate::subscript::builtin_get_item(vm, &args.positional[0], args.at(vm, 1)?.clone())
        });
    }
    for class in containers {
        define_method(vm, class, "__len__", |vm, args| {
            arity(vm, "__len__", &args, 1, 1)?;
            Ok(Value::Int(super::builtin_length(vm, &args.positional[0])? as i64))
        });
        define_method(vm, class, "__contains__", |vm, args| {
            arity(vm, "__contains__", &args, 2, 2)?;
            Ok(Value::Bool(ops::builtin_contains(vm, &args.positional[0], args.at(vm, 1)?)?))
        });
        define_method(vm, class, "__iter__", |vm, args| {
            arity(vm, "__iter__", &args, 1, 1)?;
            protocols::builtin_iter(vm, &args.positional[0])
        });
    }
    for class in [&t.list, &t.dict] {
        define_method(vm, class, "__setitem__", |vm, args| {
            arity(vm, "__setitem__", &args, 3, 3)?;
            crate::subscript::builtin_set_item(
                vm,
                &args.positional[0],
                args.at(vm, 1)?.clone(),
                args.at(vm, 2)?.clone(),
            )?;
            Ok(Value::None)
        });
        define_method(vm, class, "__delitem__", |vm, args| {
            arity(vm, "__delitem__", &args, 2, 2)?;
            crate::subscript::builtin_delete_item(vm, &args.positional[0], args.at(vm, 1)?.clone())?;
            Ok(Value::None)
        });
    }
    let all = [
        &t.int,
        &t.bool,
        &t.float,
        &t.complex,
        &t.str,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.bytes,
        &t.range,
    ];
    for class in all {
        define_method(vm, class, "__repr__", |vm, args| Ok(vm.new_str(builtin_repr(vm, &args.positional[0])?)));
        define_method(vm, class, "__eq__", |vm, args| compare(vm, args, Cmp::Equal));
        define_method(vm, class, "__ne__", |vm, args| compare(vm, args, Cmp::NotEqual));
        define_method(vm, class, "__lt__", |vm, args| compare(vm, args, Cmp::Less));
        define_method(vm, class, "__le__", |vm, args| compare(vm, args, Cmp::LessEqual));
        define_method(vm, class, "__gt__", |vm, args| compare(vm, args, Cmp::Greater));
        define_method(vm, class, "__ge__", |vm, args| compare(vm, args, Cmp::GreaterEqual));
        define_method(vm, class, "__hash__", |vm, args| {
            Ok(Value::Int(protocols::hash(vm, &strip_class(vm, &args.positional[0]))?))
        });
    }
    // Mutable containers are unhashable: `__hash__` is None in their class
    // dict, as in CPython (which `collections.abc.Hashable` checks).
    for class in [&t.list, &t.dict, &t.set, &t.bytearray] {
        let _ =
            crate::ops::dict::set_item(vm, &crate::types::class_data(class).dict, vm.new_str("__hash__"), Value::None);
    }
    define_method(vm, &t.str, "__str__", |vm, args| {
        Ok(vm.new_str(protocols::str_text(&args.positional[0]).unwrap_or("")))
    });
    for class in [&t.int, &t.bool, &t.float, &t.complex, &t.str, &t.list, &t.tuple, &t.bytes] {
        macro_rules! arithmetic {
            ($($name:literal, $reflected:literal => $op:expr),* $(,)?) => {
                $(
                    define_method(vm, class, $name, |vm, args| binary(vm, args, $op, false));
                    define_method(vm, class, $reflected, |vm, args| binary(vm, args, $op, true));
                )*
            };
        }
        arithmetic! {
            "__add__", "__radd__" => Op::Add,
            "__sub__", "__rsub__" => Op::Subtract,
            "__mul__", "__rmul__" => Op::Multiply,
            "__truediv__", "__rtruediv__" => Op::TrueDivide,
            "__floordiv__", "__rfloordiv__" => Op::FloorDivide,
            "__mod__", "__rmod__" => Op::Remainder,
            "__pow__", "__rpow__" => Op::Power,
            "__lshift__", "__rlshift__" => Op::LeftShift,
            "__rshift__", "__rrshift__" => Op::RightShift,
            "__and__", "__rand__" => Op::And,
            "__or__", "__ror__" => Op::Or,
            "__xor__", "__rxor__" => Op::Xor,
        }
    }
    for class in [&t.int, &t.bool, &t.float] {
        define_method(vm, class, "__neg__", |vm, args| ops::negative(vm, strip_class(vm, &args.positional[0])));
        define_method(vm, class, "__pos__", |vm, args| ops::positive(vm, strip_class(vm, &args.positional[0])));
        define_method(vm, class, "__abs__", |vm, args| {
            let value = strip_class(vm, &args.positional[0]);
            let negative = protocols::truthy(vm, &ops::compare(vm, Cmp::Less, &value, &Value::Int(0))?)?;
            if negative { ops::negative(vm, value) } else { Ok(value) }
        });
        define_method(vm, class, "__bool__", |vm, args| {
            Ok(Value::Bool(protocols::truthy(vm, &strip_class(vm, &args.positional[0]))?))
        });
        define_method(vm, class, "__int__", |vm, args| super::to_int(vm, &strip_class(vm, &args.positional[0])));
        define_method(vm, class, "__float__", |vm, args| {
            Ok(Value::Float(super::to_float(vm, &strip_class(vm, &args.positional[0]))?))
        });
    }
    define_method(vm, &t.complex, "__neg__", |vm, args| ops::negative(vm, args.positional[0].clone()));
    define_method(vm, &t.complex, "__pos__", |vm, args| ops::positive(vm, args.positional[0].clone()));
    define_method(vm, &t.complex, "__abs__", |vm, args| {
        let Some(number::Number::Complex(real, imag)) = number::as_number(&args.positional[0]) else {
            return Err(vm.type_error("descriptor '__abs__' requires a 'complex' object"));
        };
        let modulus = real.hypot(imag);
        if modulus.is_infinite() && real.is_finite() && imag.is_finite() {
            return Err(vm.overflow_error("absolute value too large"));
        }
        Ok(Value::Float(modulus))
    });
    define_method(vm, &t.complex, "__bool__", |vm, args| Ok(Value::Bool(protocols::truthy(vm, &args.positional[0])?)));
    define_method(vm, &t.int, "__index__", |vm, args| Ok(strip_class(vm, &args.positional[0])));
    define_method(vm, &t.int, "__invert__", |vm, args| ops::invert(vm, strip_class(vm, &args.positional[0])));
}

/// A subclass instance of int, float or str as the plain builtin value, so
/// the builtin behaviour applies without re-entering the subclass's methods.
fn strip_class<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> Value<R> {
    let Some(obj) = value.as_obj() else { return value.clone() };
    if crate::types::class_data(&obj.class()).builtin {
        return value.clone();
    }
    match obj.payload() {
        crate::objects::Payload::Int(big) => number::int_value(vm, big.clone()),
        crate::objects::Payload::Float(f) => Value::Float(*f),
        crate::objects::Payload::Str(text) => vm.new_str(text.as_str()),
        _ => value.clone(),
    }
}

fn builtin_repr<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, String> {
    match strip_class(vm, value) {
        Value::Obj(obj) => protocols::object_repr(vm, &obj),
        other => protocols::repr(vm, &other),
    }
}

fn binary<R: Runtime>(vm: &Vm<R>, args: Args<R>, op: Op, reflected: bool) -> PyResult<R> {
    arity(vm, "operator", &args, 2, 2)?;
    let (mut left, mut right) = (strip_class(vm, &args.positional[0]), strip_class(vm, args.at(vm, 1)?));
    if reflected {
        std::mem::swap(&mut left, &mut right);
    }
    if let Some(result) = number::binary(vm, op, &left, &right)? {
        return Ok(result);
    }
    if left.as_obj().is_none() {
        return Ok(vm.not_implemented());
    }
    Ok(ops::builtin_binary(vm, op, &left, &right)?.unwrap_or_else(|| vm.not_implemented()))
}

fn compare<R: Runtime>(vm: &Vm<R>, args: Args<R>, op: Cmp) -> PyResult<R> {
    arity(vm, "comparison", &args, 2, 2)?;
    let (left, right) = (strip_class(vm, &args.positional[0]), strip_class(vm, args.at(vm, 1)?));
    // `dict.__eq__(a, b)` (a subclass's `__eq__` calling its base): dicts have equality, no order.
    if let (Some(a), Some(b)) = (left.as_obj(), right.as_obj())
        && matches!((a.payload(), b.payload()), (Payload::Dict(_), Payload::Dict(_)))
    {
        return Ok(match op {
            Cmp::Equal => Value::Bool(ops::dicts_equal(vm, a, b)?),
            Cmp::NotEqual => Value::Bool(!ops::dicts_equal(vm, a, b)?),
            _ => vm.not_implemented(),
        });
    }
    match ops::builtin_ordering(vm, &left, &right)? {
        None => Ok(vm.not_implemented()),
        Some(ordering) => Ok(Value::Bool(match (op, ordering) {
            (Cmp::NotEqual, None) => true,
            (_, None) => false,
            (Cmp::Less, Some(o)) => o.is_lt(),
            (Cmp::LessEqual, Some(o)) => o.is_le(),
            (Cmp::Equal, Some(o)) => o.is_eq(),
            (Cmp::NotEqual, Some(o)) => o.is_ne(),
            (Cmp::Greater, Some(o)) => o.is_gt(),
            (Cmp::GreaterEqual, Some(o)) => o.is_ge(),
        })),
    }
}
