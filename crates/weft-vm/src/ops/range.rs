//! `range` arithmetic: length, indexing, slicing, membership, equality and
//! hashing. Bounds are Python ints, so a range may be far larger than a
//! machine word (`range(0, 10**20, 7)`); everything here works in big
//! integers and only `len()` insists on a machine-size answer, as CPython's does.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use weft_runtime::Runtime;

use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::number;
use crate::protocols;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A range's bounds as big integers.
pub struct Bounds {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Bounds {
    pub fn of<R: Runtime>(range: &Obj<R>) -> Bounds {
        let Payload::Range { start, stop, step } = range.payload() else { unreachable!("a range") };
        let big = |value: &Value<R>| number::as_bigint(value).expect("range bounds are ints");
        Bounds { start: big(start), stop: big(stop), step: big(step) }
    }

    /// How many values the range yields.
    pub fn length(&self) -> BigInt {
        let (low, high, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if high <= low { BigInt::zero() } else { (high - low - 1u8) / step + 1u8 }
    }

    /// The value at position `index` (already known to be in range).
    fn at(&self, index: &BigInt) -> BigInt {
        &self.start + index * &self.step
    }

    fn contains(&self, value: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= value && value < &self.stop
        } else {
            &self.stop < value && value <= &self.start
        };
        inside && (value - &self.start).mod_floor(&self.step).is_zero()
    }
}

/// `len(range)`.
pub fn length<R: Runtime>(vm: &Vm<R>, range: &Obj<R>) -> PyResult<R, usize> {
    Bounds::of(range)
        .length()
        .to_usize()
        .filter(|&length| length <= isize::MAX as usize)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `range[key]` for an index or a slice.
pub fn item<R: Runtime>(vm: &Vm<R>, range: &Obj<R>, key: &Value<R>) -> PyResult<R> {
    let bounds = Bounds::of(range);
    let length = bounds.length();
    if let Some(slice) = key.as_obj().filter(|key| matches!(key.payload(), Payload::Slice { .. })) {
        let (start, stop, step) = slice_positions(vm, slice, &length)?;
        let value = |n: BigInt| number::int_value(vm, n);
        let payload = Payload::Range {
            start: value(bounds.at(&start)),
            stop: value(bounds.at(&stop)),
            step: value(&bounds.step * step),
        };
        return Ok(Value::Obj(Obj::new(&vm.types().range, payload, None)));
    }
    let Some(mut index) = number::as_bigint(key).or_else(|| crate::subscript::index_of(vm, key).ok().map(BigInt::from))
    else {
        return Err(
            vm.type_error(format!("range indices must be integers or slices, not {}", protocols::type_name(vm, key)))
        );
    };
    if index.is_negative() {
        index += &length;
    }
    if index.is_negative() || index >= length {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(number::int_value(vm, bounds.at(&index)))
}

/// A slice's start, stop and step resolved against `length`, as
/// `slice.indices` does, but without a machine-size limit.
fn slice_positions<R: Runtime>(vm: &Vm<R>, slice: &Obj<R>, length: &BigInt) -> PyResult<R, (BigInt, BigInt, BigInt)> {
    let Payload::Slice { start, stop, step } = slice.payload() else { unreachable!("a slice") };
    let bound = |value: &Value<R>| -> PyResult<R, Option<BigInt>> {
        if value.is_none() {
            return Ok(None);
        }
        match number::as_bigint(value) {
            Some(big) => Ok(Some(big)),
            None => crate::subscript::index_of(vm, value)
                .map(|index| Some(BigInt::from(index)))
                .map_err(|_| vm.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = bound(step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let backwards = step.sign() == Sign::Minus;
    let (lower, upper) = if backwards { (BigInt::from(-1), length - 1u8) } else { (BigInt::zero(), length.clone()) };
    let clamp = |value: Option<BigInt>, default: &BigInt| match value {
        None => default.clone(),
        Some(index) if index.is_negative() => (index + length).max(lower.clone()),
        Some(index) => index.min(upper.clone()),
    };
    let start = clamp(bound(start)?, if backwards { &upper } else { &lower });
    let stop = clamp(bound(stop)?, if backwards { &lower } else { &upper });
    Ok((start, stop, step))
}

/// `value in range`: arithmetic for ints, a scan for anything else (which
/// may still compare equal, like `2.0`).
pub fn contains<R: Runtime>(vm: &Vm<R>, range: &Value<R>, item: &Value<R>) -> PyResult<R, bool> {
    let obj = range.as_obj().expect("a range");
    // Machine-word bounds, the common case, need no big integers.
    if let (
        Payload::Range { start: Value::Int(start), stop: Value::Int(stop), step: Value::Int(step) },
        Value::Int(value),
    ) = (obj.payload(), item)
    {
        let inside = if *step > 0 { start <= value && value < stop } else { stop < value && value <= start };
        return Ok(inside && (i128::from(*value) - i128::from(*start)) % i128::from(*step) == 0);
    }
    if let Some(value) = number::as_bigint(item).filter(|_| !matches!(item, Value::Bool(_))) {
        return Ok(Bounds::of(obj).contains(&value));
    }
    let iterator = protocols::get_iter(vm, range)?;
    while let Some(candidate) = protocols::next(vm, &iterator)? {
        if protocols::equal(vm, &candidate, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `range.index(value)`.
pub fn index<R: Runtime>(vm: &Vm<R>, range: &Value<R>, item: &Value<R>) -> PyResult<R> {
    let bounds = Bounds::of(range.as_obj().expect("a range"));
    match number::as_bigint(item) {
        Some(value) if bounds.contains(&value) => Ok(number::int_value(vm, (value - &bounds.start) / &bounds.step)),
        _ => {
            let repr = protocols::repr(vm, item)?;
            Err(vm.value_error(format!("{repr} is not in range")))
        }
    }
}

/// Ranges are equal when they yield the same values, whatever their bounds.
pub fn equal<R: Runtime>(a: &Obj<R>, b: &Obj<R>) -> bool {
    let (a, b) = (Bounds::of(a), Bounds::of(b));
    let length = a.length();
    if length != b.length() {
        return false;
    }
    length.is_zero() || (a.start == b.start && (length.is_one() || a.step == b.step))
}

/// Hashes what `equal` compares: (length, first, step), with the parts that
/// do not matter for empty and one-item ranges left out, as CPython does.
pub fn hash<R: Runtime>(vm: &Vm<R>, range: &Obj<R>) -> PyResult<R, i64> {
    let bounds = Bounds::of(range);
    let length = bounds.length();
    let hash_int = |n: &BigInt| number::hash_big(n);
    let none = protocols::hash(vm, &Value::None)?;
    let parts = if length.is_zero() {
        [hash_int(&length), none, none]
    } else if length.is_one() {
        [hash_int(&length), hash_int(&bounds.start), none]
    } else {
        [hash_int(&length), hash_int(&bounds.start), hash_int(&bounds.step)]
    };
    Ok(number::hash_tuple(&parts))
}
