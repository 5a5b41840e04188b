//! Operators: arithmetic, comparison, membership, subscripts, unpacking.
//! Numbers and builtin sequences take direct paths; instances of Python
//! classes go through their dunder methods, reflected ones included.

pub mod dict;
pub mod list;
pub mod number;
pub mod range;
pub mod set;

use weft_bytecode::{BinaryOperator as Op, ComparisonOperator as Cmp};
use weft_runtime::{Items, Runtime, Storage};

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::iter::DictView;
use crate::protocols::{self, call_method, str_text, type_name, user_method};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn dunder(op: Op) -> (&'static str, &'static str, &'static str) {
    match op {
        Op::Add => ("__add__", "__radd__", "__iadd__"),
        Op::Subtract => ("__sub__", "__rsub__", "__isub__"),
        Op::Multiply => ("__mul__", "__rmul__", "__imul__"),
        Op::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Op::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Op::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Op::Remainder => ("__mod__", "__rmod__", "__imod__"),
        Op::Power => ("__pow__", "__rpow__", "__ipow__"),
        Op::LeftShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        Op::RightShift => ("__rshift__", "__rrshift__", "__irshift__"),
        Op::And => ("__and__", "__rand__", "__iand__"),
        Op::Or => ("__or__", "__ror__", "__ior__"),
        Op::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// `left op right` (or `left op= right`).
pub fn binary<R: Runtime>(vm: &Vm<R>, op: Op, inplace: bool, left: Value<R>, right: Value<R>) -> PyResult<R> {
    // Instances of Python subclasses of int or float may override the
    // operator, so they take the dunder route before the number fast path.
    let plain = !is_user_instance(&left) && !is_user_instance(&right);
    if plain && let Some(result) = number::binary(vm, op, &left, &right)? {
        return Ok(result);
    }
    let (forward, reflected, in_place) = dunder(op);
    if inplace {
        if let Some(method) = user_method(&left, in_place) {
            let result = call_method(vm, &method, &left, vec![right.clone()])?;
            if !vm.is_not_implemented(&result) {
                return Ok(result);
            }
        }
        if let Some(result) = builtin_inplace(vm, op, &left, &right)? {
            return Ok(result);
        }
    }
    // A subclass that overrides the reflected method gets the first say (as in CPython).
    let right_first = reflected_first(vm, &left, &right, reflected);
    if right_first && let Some(method) = user_method(&right, reflected) {
        let result = call_method(vm, &method, &right, vec![left.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if let Some(method) = user_method(&left, forward) {
        let result = call_method(vm, &method, &left, vec![right.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if !plain && let Some(result) = number::binary(vm, op, &left, &right)? {
        return Ok(result);
    }
    if let Some(result) = builtin_binary(vm, op, &left, &right)? {
        return Ok(result);
    }
    if !right_first && let Some(method) = user_method(&right, reflected) {
        let result = call_method(vm, &method, &right, vec![left.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(result);
        }
    }
    let symbol = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_owned() };
    Err(vm.type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        type_name(vm, &left),
        type_name(vm, &right)
    )))
}

fn is_user_instance<R: Runtime>(value: &Value<R>) -> bool {
    matches!(value, Value::Obj(obj) if !crate::types::class_data(&obj.class()).builtin)
}

/// In-place operators that mutate builtin containers: `list += it`,
/// `list *= n`, `dict |= mapping`, `set |= other` and friends.
fn builtin_inplace<R: Runtime>(vm: &Vm<R>, op: Op, left: &Value<R>, right: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    let Some(obj) = left.as_obj() else { return Ok(None) };
    match (op, obj.payload()) {
        (Op::Add, Payload::List(items)) => {
            let added = protocols::collect(vm, right)?;
            items.extend(added);
        }
        (Op::Multiply, Payload::List(items)) => {
            let Some(count) = number::as_bigint(right) else { return Ok(None) };
            let count = repeat_count(vm, &count, items.len())?;
            let copy = items.snapshot();
            let repeated = repeat(&copy, count);
            let old = items.modify(|items| std::mem::replace(items, repeated));
            drop(old);
        }
        (Op::Add, Payload::ByteArray(bytes)) => {
            let Some(more) = crate::builtins::bytes_of(right) else { return Ok(None) };
            bytes.write(|bytes| bytes.extend(more));
        }
        (Op::Multiply, Payload::ByteArray(bytes)) => {
            let Some(count) = number::as_bigint(right) else { return Ok(None) };
            let count = repeat_count(vm, &count, bytes.read(Vec::len))?;
            bytes.write(|bytes| *bytes = bytes.repeat(count));
        }
        (Op::Or, Payload::Dict(_)) => dict::update(vm, obj, right, None)?,
        (Op::Or | Op::And | Op::Subtract | Op::Xor, Payload::Set(_)) if !obj.class_is(&vm.types().frozenset) => {
            if set::as_set(right).is_none() {
                return Ok(None);
            }
            if op == Op::Or {
                set::update(vm, left, right)?;
            } else {
                let result = set::algebra(vm, op, obj, right)?;
                let contents = set::table(result.as_obj().expect("a set")).write(std::mem::take);
                let old = set::table(obj).write(|t| std::mem::replace(t, contents));
                drop(old);
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(left.clone()))
}

/// Operators on builtin sequences: concatenation, repetition, `%` formatting, set algebra.
pub fn builtin_binary<R: Runtime>(
    vm: &Vm<R>,
    op: Op,
    left: &Value<R>,
    right: &Value<R>,
) -> PyResult<R, Option<Value<R>>> {
    // `n * sequence` repeats as `sequence * n` does.
    let repeatable = |value: &Value<R>| {
        value.as_obj().is_some_and(|obj| {
            matches!(
                obj.payload(),
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)
            )
        })
    };
    if op == Op::Multiply && !repeatable(left) && repeatable(right) {
        return builtin_binary(vm, op, right, left);
    }
    let (Some(a), b) = (left.as_obj(), right) else { return Ok(None) };
    Ok(Some(match (op, a.payload()) {
        (Op::Add, Payload::Str(x)) => match str_text(b) {
            Some(y) => vm.new_str(format!("{}{y}", x.as_str())),
            None => {
                return Err(vm.type_error(format!("can only concatenate str (not \"{}\") to str", type_name(vm, b))));
            }
        },
        (Op::Add, Payload::List(x)) => match b.as_obj().map(Obj::payload) {
            Some(Payload::List(y)) => {
                let mut items = x.snapshot();
                items.extend(y.snapshot());
                vm.new_list(items)
            }
            _ => return Err(vm.type_error(format!("can only concatenate list (not \"{}\") to list", type_name(vm, b)))),
        },
        (Op::Add, Payload::Tuple(x)) => match b.as_obj().map(Obj::payload) {
            Some(Payload::Tuple(y)) => vm.new_tuple(x.iter().chain(y.iter()).cloned().collect()),
            _ => {
                return Err(
                    vm.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(vm, b)))
                );
            }
        },
        (Op::Add, Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let (Some(x), Some(y)) = (crate::builtins::bytes_of(left), crate::builtins::bytes_of(b)) else {
                if user_method(b, "__radd__").is_none() {
                    return Err(vm.type_error(format!("can't concat {} to {}", type_name(vm, b), type_name(vm, left))));
                }
                return Ok(None);
            };
            let joined = [x, y].concat();
            if matches!(a.payload(), Payload::ByteArray(_)) {
                crate::builtins::new_bytearray(vm, joined)
            } else {
                crate::builtins::new_bytes(vm, joined)
            }
        }
        (Op::Multiply, payload) => {
            let Some(count) = number::as_bigint(b) else {
                if repeatable(left) && user_method(b, "__rmul__").is_none() {
                    return Err(
                        vm.type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(vm, b)))
                    );
                }
                return Ok(None);
            };
            let count = repeat_count(vm, &count, sequence_len(payload))?;
            match payload {
                Payload::Str(x) => vm.new_str(x.as_str().repeat(count)),
                Payload::List(x) => vm.new_list(repeat(&x.snapshot(), count)),
                Payload::Tuple(x) => vm.new_tuple(repeat(x, count)),
                Payload::Bytes(x) => crate::builtins::new_bytes(vm, x.repeat(count)),
                Payload::ByteArray(x) => crate::builtins::new_bytearray(vm, x.read(|x| x.repeat(count))),
                _ => return Ok(None),
            }
        }
        (Op::Remainder, Payload::Str(_)) => crate::builtins::percent_format(vm, left, right)?,
        (Op::Remainder, Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let template = crate::builtins::bytes_of(left).expect("bytes");
            let formatted = crate::formatting::percent_bytes(vm, &template, right)?;
            if matches!(a.payload(), Payload::ByteArray(_)) {
                crate::builtins::new_bytearray(vm, formatted)
            } else {
                crate::builtins::new_bytes(vm, formatted)
            }
        }
        (Op::Or | Op::And | Op::Subtract | Op::Xor, Payload::DictView { view, .. }) if *view != DictView::Values => {
            // Key and item views combine as sets (`d.keys() & other`).
            let as_set = set::from_iterable(vm, left, false)?;
            set::algebra(vm, op, as_set.as_obj().expect("a set"), b)?
        }
        (Op::Or | Op::And | Op::Subtract | Op::Xor, Payload::Set(_)) => match set::as_set(b) {
            Some(_) => set::algebra(vm, op, a, b)?,
            None => return Ok(None),
        },
        (Op::Or, Payload::Dict(_)) => {
            let Some(Payload::Dict(_)) = b.as_obj().map(Obj::payload) else { return Ok(None) };
            let merged = vm.new_dict();
            dict::update(vm, &merged, left, None)?;
            dict::update(vm, &merged, b, None)?;
            Value::Obj(merged)
        }
        _ => return Ok(None),
    }))
}

/// True when the right operand's type is a proper subclass of the left's
/// and defines the reflected method itself.
fn reflected_first<R: Runtime>(vm: &Vm<R>, left: &Value<R>, right: &Value<R>, reflected: &'static str) -> bool {
    let (left_class, right_class) = (protocols::class_of(vm, left), protocols::class_of(vm, right));
    if left_class.ptr_eq(&right_class) || !crate::types::is_subclass(&right_class, &left_class) {
        return false;
    }
    let overrides = crate::types::dict_get_str(&crate::types::class_data(&right_class).dict, reflected).is_some();
    overrides && user_method(right, reflected).is_some()
}

/// The length of a sequence payload that `*` repeats.
fn sequence_len<R: Runtime>(payload: &Payload<R>) -> usize {
    match payload {
        Payload::Str(text) => text.as_str().len(),
        Payload::List(items) => items.len(),
        Payload::Tuple(items) => items.len(),
        Payload::Bytes(bytes) => bytes.len(),
        Payload::ByteArray(bytes) => bytes.read(Vec::len),
        _ => 0,
    }
}

/// The repeat count of `sequence * n`: negative means 0; a count beyond an
/// index-sized int or a result too large to allocate raise as in CPython.
fn repeat_count<R: Runtime>(vm: &Vm<R>, count: &num_bigint::BigInt, item_len: usize) -> PyResult<R, usize> {
    const MAX_ELEMENTS: usize = 1 << 40;
    let Some(count) = num_traits::ToPrimitive::to_i64(count) else {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    };
    let count = count.max(0) as usize;
    match item_len.checked_mul(count) {
        Some(total) if total <= MAX_ELEMENTS => Ok(count),
        _ => Err(vm.new_error(&vm.types().exceptions.memory_error, "")),
    }
}

fn repeat<R: Runtime>(items: &[Value<R>], count: usize) -> Vec<Value<R>> {
    let mut result = Vec::with_capacity(items.len() * count);
    for _ in 0..count {
        result.extend(items.iter().cloned());
    }
    result
}

// ----- Comparisons -----

fn comparison_dunders(op: Cmp) -> (&'static str, &'static str) {
    match op {
        Cmp::Less => ("__lt__", "__gt__"),
        Cmp::LessEqual => ("__le__", "__ge__"),
        Cmp::Equal => ("__eq__", "__eq__"),
        Cmp::NotEqual => ("__ne__", "__ne__"),
        Cmp::Greater => ("__gt__", "__lt__"),
        Cmp::GreaterEqual => ("__ge__", "__le__"),
    }
}

/// `left op right` for the six rich comparisons.
pub fn compare<R: Runtime>(vm: &Vm<R>, op: Cmp, left: &Value<R>, right: &Value<R>) -> PyResult<R> {
    // Dicts have equality but no order; ordering them falls through to the TypeError.
    if let (Some(Payload::Dict(_)), Some(Payload::Dict(_))) =
        (left.as_obj().map(Obj::payload), right.as_obj().map(Obj::payload))
        && matches!(op, Cmp::Equal | Cmp::NotEqual)
        && user_method(left, "__eq__").is_none()
    {
        let equal = dicts_equal(vm, left.as_obj().expect("a dict"), right.as_obj().expect("a dict"))?;
        return Ok(Value::Bool(equal == (op == Cmp::Equal)));
    }
    // Ranges, like dicts, compare for equality only.
    if let (Some(a), Some(b)) = (left.as_obj(), right.as_obj())
        && matches!((a.payload(), b.payload()), (Payload::Range { .. }, Payload::Range { .. }))
        && matches!(op, Cmp::Equal | Cmp::NotEqual)
    {
        return Ok(Value::Bool(range::equal(a, b) == (op == Cmp::Equal)));
    }
    let is_complex = |value: &Value<R>| matches!(value.as_obj().map(Obj::payload), Some(Payload::Complex(..)));
    if !matches!(op, Cmp::Equal | Cmp::NotEqual) && (is_complex(left) || is_complex(right)) {
        return Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(vm, left),
            type_name(vm, right)
        )));
    }
    let (forward, reflected) = comparison_dunders(op);
    // A subclass of a builtin (`class S(str)`) may define its own
    // comparison, which then wins over the builtin one, as in CPython.
    let custom = user_method(left, forward).is_some()
        || (reflected_first(vm, left, right, reflected) && user_method(right, reflected).is_some());
    if !custom && let Some(ordering) = builtin_ordering(vm, left, right)? {
        return Ok(Value::Bool(match ordering {
            None => op == Cmp::NotEqual,
            Some(ordering) => match op {
                Cmp::Less => ordering.is_lt(),
                Cmp::LessEqual => ordering.is_le(),
                Cmp::Equal => ordering.is_eq(),
                Cmp::NotEqual => ordering.is_ne(),
                Cmp::Greater => ordering.is_gt(),
                Cmp::GreaterEqual => ordering.is_ge(),
            },
        }));
    }
    if reflected_first(vm, left, right, reflected)
        && let Some(method) = user_method(right, reflected)
    {
        let result = call_method(vm, &method, right, vec![left.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if let Some(method) = user_method(left, forward) {
        let result = call_method(vm, &method, left, vec![right.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if let Some(method) = user_method(right, reflected) {
        let result = call_method(vm, &method, right, vec![left.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if op == Cmp::NotEqual
        && let Some(method) = user_method(left, "__eq__")
    {
        let result = call_method(vm, &method, left, vec![right.clone()])?;
        if !vm.is_not_implemented(&result) {
            return Ok(Value::Bool(!protocols::truthy(vm, &result)?));
        }
    }
    match op {
        Cmp::Equal => Ok(Value::Bool(left.is(right))),
        Cmp::NotEqual => Ok(Value::Bool(!left.is(right))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(vm, left),
            type_name(vm, right)
        ))),
    }
}

/// Orders two builtin values: `Some(Some(ordering))`, `Some(None)` when
/// they are unordered but known unequal (NaN), or None when Python methods decide.
#[allow(clippy::option_option)]
pub fn builtin_ordering<R: Runtime>(
    vm: &Vm<R>,
    left: &Value<R>,
    right: &Value<R>,
) -> PyResult<R, Option<Option<std::cmp::Ordering>>> {
    if let (Value::Int(a), Value::Int(b)) = (left, right) {
        return Ok(Some(Some(a.cmp(b))));
    }
    if let (Some(a), Some(b)) = (number::as_number(left), number::as_number(right)) {
        return Ok(Some(compare_numbers(&a, &b)));
    }
    if left.is_none() || right.is_none() {
        return Ok(None);
    }
    let (Some(a), Some(b)) = (left.as_obj(), right.as_obj()) else { return Ok(None) };
    Ok(match (a.payload(), b.payload()) {
        (Payload::Str(x), Payload::Str(y)) => Some(Some(x.as_str().cmp(y.as_str()))),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let (x, y) = (crate::builtins::bytes_of(left), crate::builtins::bytes_of(right));
            Some(x.zip(y).map(|(x, y)| x.cmp(&y)))
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => Some(compare_sequences(vm, x, y)?),
        (Payload::Slice { start, stop, step }, Payload::Slice { start: s2, stop: t2, step: p2 }) => {
            let (x, y) = ([start.clone(), stop.clone(), step.clone()], [s2.clone(), t2.clone(), p2.clone()]);
            Some(compare_sequences(vm, &x, &y)?)
        }
        (Payload::List(x), Payload::List(y)) => {
            let (x, y) = (x.snapshot(), y.snapshot());
            Some(compare_sequences(vm, &x, &y)?)
        }
        (Payload::Set(_), Payload::Set(_)) => Some(crate::builtins::compare_sets(vm, a, b)?),
        (Payload::DictView { view, .. }, Payload::Set(_) | Payload::DictView { .. })
        | (Payload::Set(_), Payload::DictView { view, .. })
            if *view != DictView::Values =>
        {
            let (x, y) = (set::from_iterable(vm, left, false)?, set::from_iterable(vm, right, false)?);
            Some(crate::builtins::compare_sets(vm, x.as_obj().expect("a set"), y.as_obj().expect("a set"))?)
        }
        _ => None,
    })
}

#[allow(clippy::option_option)]
fn compare_numbers(a: &number::Number, b: &number::Number) -> Option<std::cmp::Ordering> {
    use num_traits::ToPrimitive;
    use number::Number;
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => Some(x.cmp(y)),
        (Number::Float(x), Number::Float(y)) => x.partial_cmp(y),
        (Number::Int(i), Number::Float(f)) => compare_int_float(i, *f),
        (Number::Float(f), Number::Int(i)) => compare_int_float(i, *f).map(std::cmp::Ordering::reverse),
        (Number::Complex(ar, ai), other) | (other, Number::Complex(ar, ai)) => {
            let (br, bi) = match other {
                Number::Int(i) => (i.to_f64().unwrap_or(f64::INFINITY), 0.0),
                Number::Float(f) => (*f, 0.0),
                Number::Complex(r, i) => (*r, *i),
            };
            (ar == &br && ai == &bi).then_some(std::cmp::Ordering::Equal)
        }
    }
}

/// Exact comparison of an int with a float, as CPython does it.
fn compare_int_float(int: &num_bigint::BigInt, float: f64) -> Option<std::cmp::Ordering> {
    use num_traits::{FromPrimitive, ToPrimitive};
    if float.is_nan() {
        return None;
    }
    if float.is_infinite() {
        return Some(if float > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let whole = float.trunc();
    let whole_int = num_bigint::BigInt::from_f64(whole)?;
    match int.cmp(&whole_int) {
        std::cmp::Ordering::Equal => 0.0f64.partial_cmp(&(float - whole)),
        ordering => {
            let _ = int.to_f64();
            Some(ordering)
        }
    }
}

#[allow(clippy::option_option)]
fn compare_sequences<R: Runtime>(
    vm: &Vm<R>,
    x: &[Value<R>],
    y: &[Value<R>],
) -> PyResult<R, Option<std::cmp::Ordering>> {
    // As CPython: identical items count as equal (so `[nan] == [nan]`).
    for (a, b) in x.iter().zip(y) {
        if !a.is(b) && !protocols::equal(vm, a, b)? {
            if matches!(compare(vm, Cmp::Less, a, b)?, Value::Bool(true)) {
                return Ok(Some(std::cmp::Ordering::Less));
            }
            let greater = compare(vm, Cmp::Greater, a, b)?;
            return Ok(protocols::truthy(vm, &greater)?.then_some(std::cmp::Ordering::Greater));
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

pub fn dicts_equal<R: Runtime>(vm: &Vm<R>, a: &Obj<R>, b: &Obj<R>) -> PyResult<R, bool> {
    if dict::len(a) != dict::len(b) {
        return Ok(false);
    }
    for (key, value) in dict::entries(a) {
        match dict::get(vm, b, &key)? {
            Some(other) if value.is(&other) || protocols::equal(vm, &value, &other)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

// ----- Unary operators -----

pub fn negative<R: Runtime>(vm: &Vm<R>, value: Value<R>) -> PyResult<R> {
    match &value {
        Value::Int(i) => {
            Ok(i.checked_neg().map_or_else(|| number::int_value(vm, -num_bigint::BigInt::from(*i)), Value::Int))
        }
        Value::Bool(b) => Ok(Value::Int(-i64::from(*b))),
        Value::Float(f) => Ok(Value::Float(-f)),
        _ => match value.as_obj().map(Obj::payload) {
            Some(Payload::Int(big)) => Ok(number::int_value(vm, -big.clone())),
            Some(Payload::Float(f)) => Ok(Value::Float(-f)),
            Some(Payload::Complex(r, i)) => {
                Ok(Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(-r, -i), None)))
            }
            _ => unary_dunder(vm, value, "__neg__", "-"),
        },
    }
}

pub fn positive<R: Runtime>(vm: &Vm<R>, value: Value<R>) -> PyResult<R> {
    match &value {
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Int(_) | Value::Float(_) => Ok(value),
        _ if number::as_number(&value).is_some() => Ok(value),
        _ => unary_dunder(vm, value, "__pos__", "+"),
    }
}

pub fn invert<R: Runtime>(vm: &Vm<R>, value: Value<R>) -> PyResult<R> {
    match number::as_number(&value) {
        Some(number::Number::Int(i)) => Ok(number::int_value(vm, -i - 1)),
        _ => unary_dunder(vm, value, "__invert__", "~"),
    }
}

fn unary_dunder<R: Runtime>(vm: &Vm<R>, value: Value<R>, name: &'static str, symbol: &str) -> PyResult<R> {
    match user_method(&value, name) {
        Some(method) => call_method(vm, &method, &value, vec![]),
        None => Err(vm.type_error(format!("bad operand type for unary {symbol}: '{}'", type_name(vm, &value)))),
    }
}

// ----- Membership and subscripts -----

/// `item in container`.
pub fn contains<R: Runtime>(vm: &Vm<R>, container: &Value<R>, item: &Value<R>) -> PyResult<R, bool> {
    if let Some(method) = user_method(container, "__contains__") {
        let result = call_method(vm, &method, container, vec![item.clone()])?;
        return protocols::truthy(vm, &result);
    }
    builtin_contains(vm, container, item)
}

pub fn builtin_contains<R: Runtime>(vm: &Vm<R>, container: &Value<R>, item: &Value<R>) -> PyResult<R, bool> {
    match container.as_obj().map(Obj::payload) {
        Some(Payload::Str(text)) => {
            match str_text(item) {
                Some(needle) => Ok(text.as_str().contains(needle)),
                None => Err(vm
                    .type_error(format!("'in <string>' requires string as left operand, not {}", type_name(vm, item)))),
            }
        }
        Some(Payload::Dict(_)) => Ok(dict::get(vm, container.as_obj().expect("dict"), item)?.is_some()),
        Some(Payload::Set(_)) => set::contains(vm, container.as_obj().expect("a set"), item),
        Some(Payload::DictView { dict, view }) => crate::builtins::dict_methods::view_contains(vm, dict, *view, item),
        Some(Payload::Range { .. }) => range::contains(vm, container, item),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let haystack = crate::builtins::bytes_of(container).expect("bytes");
            if let Some(needle) = crate::builtins::bytes_of(item) {
                return Ok(needle.is_empty() || haystack.windows(needle.len()).any(|window| window == needle));
            }
            let Some(byte) = number::as_bigint(item) else {
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, item))));
            };
            match u8::try_from(&byte) {
                Ok(byte) => Ok(haystack.contains(&byte)),
                Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            }
        }
        _ => {
            let iterator = protocols::get_iter(vm, container).map_err(|_| {
                vm.type_error(format!("argument of type '{}' is not iterable", type_name(vm, container)))
            })?;
            while let Some(candidate) = protocols::next(vm, &iterator)? {
                if candidate.is(item) || protocols::equal(vm, &candidate, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn get_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>) -> PyResult<R> {
    crate::subscript::get_item(vm, container, key)
}

pub fn set_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>, value: Value<R>) -> PyResult<R, ()> {
    crate::subscript::set_item(vm, container, key, value)
}

pub fn delete_item<R: Runtime>(vm: &Vm<R>, container: &Value<R>, key: Value<R>) -> PyResult<R, ()> {
    crate::subscript::delete_item(vm, container, key)
}

/// Unpacks an iterable for assignment: exactly `before` items, or with
/// `after` set, `before` items, a list of the middle, then `after` items.
pub fn unpack<R: Runtime>(
    vm: &Vm<R>,
    sequence: &Value<R>,
    before: usize,
    after: Option<usize>,
) -> PyResult<R, Vec<Value<R>>> {
    // Without a star, one item past the count settles it: an endless
    // iterator is not drained (CPython stops there too).
    let limit = if after.is_none() { before + 1 } else { usize::MAX };
    let items = protocols::collect_at_most(vm, sequence, limit).map_err(|error| -> PyErr<R> {
        if vm.error_matches(&error, &vm.types().exceptions.type_error) {
            vm.type_error(format!("cannot unpack non-iterable {} object", type_name(vm, sequence)))
        } else {
            error
        }
    })?;
    match after {
        None => {
            if items.len() > before {
                return Err(vm.value_error(format!("too many values to unpack (expected {before})")));
            }
            if items.len() < before {
                return Err(
                    vm.value_error(format!("not enough values to unpack (expected {before}, got {})", items.len()))
                );
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(vm.new_list(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}
