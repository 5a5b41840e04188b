//! Arithmetic on ints (inline `i64`, overflowing into big ints), floats and
//! complex numbers, with Python's rules: floor division and modulo round
//! towards negative infinity, `/` always gives a float, `**` with a negative
//! exponent gives a float.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use weft_bytecode::{BinaryOperator as Op, ComparisonOperator as Cmp};
use weft_runtime::Runtime;

use crate::numeric::{self, ExcKind, NumError};
use crate::object::Obj;
use crate::objects::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A number operand, widened to what the operation needs.
pub enum Number {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

pub fn as_number<R: Runtime>(value: &Value<R>) -> Option<Number> {
    Some(match value {
        Value::Bool(b) => Number::Int(BigInt::from(i64::from(*b))),
        Value::Int(i) => Number::Int(BigInt::from(*i)),
        Value::Float(f) => Number::Float(*f),
        Value::Obj(obj) => match obj.payload() {
            Payload::Int(big) => Number::Int(big.clone()),
            Payload::Float(f) => Number::Float(*f),
            Payload::Complex(real, imag) => Number::Complex(*real, *imag),
            _ => return None,
        },
        Value::None => return None,
    })
}

/// An int value, inline when it fits.
pub fn int_value<R: Runtime>(vm: &Vm<R>, value: BigInt) -> Value<R> {
    match value.to_i64() {
        Some(small) => Value::Int(small),
        None => Value::Obj(Obj::new(&vm.types().int, Payload::Int(value), None)),
    }
}

/// The int a value holds (bools included), if it is one.
pub fn as_bigint<R: Runtime>(value: &Value<R>) -> Option<BigInt> {
    match as_number(value)? {
        Number::Int(i) => Some(i),
        _ => None,
    }
}

/// `a op b` for two numbers, or None if either is not a number.
pub fn binary<R: Runtime>(vm: &Vm<R>, op: Op, left: &Value<R>, right: &Value<R>) -> PyResult<R, Option<Value<R>>> {
    if let (Value::Bool(a), Value::Bool(b)) = (left, right) {
        // bool's own `&`, `|` and `^` keep the result a bool.
        match op {
            Op::And => return Ok(Some(Value::Bool(a & b))),
            Op::Or => return Ok(Some(Value::Bool(a | b))),
            Op::Xor => return Ok(Some(Value::Bool(a ^ b))),
            _ => {}
        }
    }
    if let (Value::Int(a), Value::Int(b)) = (left, right)
        && let Some(result) = small_int(op, *a, *b)
    {
        return Ok(Some(result));
    }
    let (Some(a), Some(b)) = (as_number(left), as_number(right)) else { return Ok(None) };
    match (a, b) {
        (Number::Int(a), Number::Int(b)) => int_op(vm, op, a, b).map(Some),
        (a, b) if matches!(a, Number::Complex(..)) || matches!(b, Number::Complex(..)) => {
            // Complex numbers have no floor division, modulo or bitwise operators;
            // the caller reports the operand types.
            if !matches!(op, Op::Add | Op::Subtract | Op::Multiply | Op::TrueDivide | Op::Power) {
                return Ok(None);
            }
            let (ar, ai) = complex_parts(&a);
            let (br, bi) = complex_parts(&b);
            complex_op(vm, op, (ar, ai), (br, bi)).map(Some)
        }
        (a, b) => {
            // Bitwise operators and `@` do not apply to floats; the caller reports the real types.
            if matches!(op, Op::And | Op::Or | Op::Xor | Op::LeftShift | Op::RightShift | Op::MatrixMultiply) {
                return Ok(None);
            }
            let (Some(a), Some(b)) = (to_float(vm, &a)?, to_float(vm, &b)?) else { return Ok(None) };
            float_op(vm, op, a, b).map(Some)
        }
    }
}

fn complex_parts(number: &Number) -> (f64, f64) {
    match number {
        Number::Int(i) => (i.to_f64().unwrap_or(f64::INFINITY), 0.0),
        Number::Float(f) => (*f, 0.0),
        Number::Complex(r, i) => (*r, *i),
    }
}

fn to_float<R: Runtime>(vm: &Vm<R>, number: &Number) -> PyResult<R, Option<f64>> {
    Ok(match number {
        Number::Int(i) => Some(int_to_float(vm, i)?),
        Number::Float(f) => Some(*f),
        Number::Complex(..) => None,
    })
}

pub fn int_to_float<R: Runtime>(vm: &Vm<R>, value: &BigInt) -> PyResult<R, f64> {
    match value.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// The arithmetic of the interpreter's hot loops, on inline ints and
/// floats, without any dispatch: None for everything else (other types,
/// overflow, division by zero, operators that need more care), which then
/// takes [`crate::ops::binary`]'s full route and gets the same answer.
#[inline]
pub fn fast_binary<R: Runtime>(op: Op, left: &Value<R>, right: &Value<R>) -> Option<Value<R>> {
    let (a, b) = match (left, right) {
        (Value::Int(a), Value::Int(b)) => {
            if op == Op::TrueDivide {
                // Exact in a double, so one rounding: CPython's answer.
                let exact = |v: i64| v.unsigned_abs() <= 1 << 53;
                return (*b != 0 && exact(*a) && exact(*b)).then(|| Value::Float(*a as f64 / *b as f64));
            }
            return small_int(op, *a, *b);
        }
        (Value::Float(a), Value::Float(b)) => (*a, *b),
        // `as f64` rounds to nearest, ties to even: CPython's int-to-float.
        (Value::Float(a), Value::Int(b)) => (*a, *b as f64),
        (Value::Int(a), Value::Float(b)) => (*a as f64, *b),
        _ => return None,
    };
    Some(Value::Float(match op {
        Op::Add => a + b,
        Op::Subtract => a - b,
        Op::Multiply => a * b,
        Op::TrueDivide if b != 0.0 => a / b,
        _ => return None,
    }))
}

/// Comparisons of two inline ints or two floats (IEEE comparisons are
/// Python's: NaN is unequal to everything). None for anything else.
#[inline]
pub fn fast_compare<R: Runtime>(op: Cmp, left: &Value<R>, right: &Value<R>) -> Option<bool> {
    let ordering = match (left, right) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        _ => return None,
    };
    Some(match op {
        Cmp::Less => ordering == Some(std::cmp::Ordering::Less),
        Cmp::LessEqual => matches!(ordering, Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)),
        Cmp::Equal => ordering == Some(std::cmp::Ordering::Equal),
        Cmp::NotEqual => ordering != Some(std::cmp::Ordering::Equal),
        Cmp::Greater => ordering == Some(std::cmp::Ordering::Greater),
        Cmp::GreaterEqual => matches!(ordering, Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)),
    })
}

/// The common case: both operands inline, no overflow.
#[inline]
fn small_int<R: Runtime>(op: Op, a: i64, b: i64) -> Option<Value<R>> {
    Some(Value::Int(match op {
        Op::Add => a.checked_add(b)?,
        Op::Subtract => a.checked_sub(b)?,
        Op::Multiply => a.checked_mul(b)?,
        Op::FloorDivide if b != 0 => numeric::int::floor_div_i64(a, b).ok()??,
        Op::Remainder if b != 0 => numeric::int::mod_i64(a, b).ok()?,
        Op::And => a & b,
        Op::Or => a | b,
        Op::Xor => a ^ b,
        Op::LeftShift if (0..63).contains(&b) => {
            let shifted = a.checked_shl(b as u32)?;
            if shifted >> b != a {
                return None;
            }
            shifted
        }
        Op::RightShift if b >= 0 => a >> b.min(63),
        _ => return None,
    }))
}

fn int_op<R: Runtime>(vm: &Vm<R>, op: Op, a: BigInt, b: BigInt) -> PyResult<R> {
    let fail = |error| num_error(vm, error);
    Ok(match op {
        Op::Add => int_value(vm, a + b),
        Op::Subtract => int_value(vm, a - b),
        Op::Multiply => int_value(vm, a * b),
        Op::FloorDivide => int_value(vm, numeric::int::floor_div_big(&a, &b).map_err(fail)?),
        Op::Remainder => int_value(vm, numeric::int::mod_big(&a, &b).map_err(fail)?),
        Op::TrueDivide => Value::Float(numeric::convert::true_div_big(&a, &b).map_err(fail)?),
        Op::Power => match numeric::int::pow_big(&a, &b).map_err(fail)? {
            numeric::int::IntPow::Int(value) => int_value(vm, value),
            numeric::int::IntPow::Float(value) => Value::Float(value),
        },
        Op::LeftShift => int_value(vm, numeric::int::lshift_big(&a, &b).map_err(fail)?),
        Op::RightShift => int_value(vm, numeric::int::rshift_big(&a, &b).map_err(fail)?),
        Op::And => int_value(vm, a & b),
        Op::Or => int_value(vm, a | b),
        Op::Xor => int_value(vm, a ^ b),
        Op::MatrixMultiply => return Err(unsupported(vm, op, "int", "int")),
    })
}

/// A numeric failure as the Python exception it stands for.
pub fn num_error<R: Runtime>(vm: &Vm<R>, error: NumError) -> crate::vm::PyErr<R> {
    let exceptions = &vm.types().exceptions;
    let class = match error.kind {
        ExcKind::ZeroDivisionError => &exceptions.zero_division_error,
        ExcKind::ValueError => &exceptions.value_error,
        ExcKind::OverflowError => &exceptions.overflow_error,
        ExcKind::TypeError => &exceptions.type_error,
        ExcKind::MemoryError => &exceptions.memory_error,
    };
    match error.errno {
        Some(errno) => {
            let args = vm.new_tuple(vec![Value::Int(i64::from(errno)), vm.new_str(error.message.into_owned())]);
            crate::vm::PyErr { exception: vm.new_exception(class, args) }
        }
        None => vm.new_error(class, error.message.into_owned()),
    }
}

pub fn float_op<R: Runtime>(vm: &Vm<R>, op: Op, a: f64, b: f64) -> PyResult<R> {
    let fail = |error| num_error(vm, error);
    Ok(Value::Float(match op {
        Op::Add => a + b,
        Op::Subtract => a - b,
        Op::Multiply => a * b,
        Op::TrueDivide => numeric::float::true_div_float(a, b).map_err(fail)?,
        Op::FloorDivide => numeric::float::floor_div_float(a, b).map_err(fail)?,
        Op::Remainder => numeric::float::mod_float(a, b).map_err(fail)?,
        Op::Power => match numeric::float::pow_float(a, b).map_err(fail)? {
            numeric::float::FloatPow::Float(value) => value,
            // A negative base to a fractional power is complex in Python.
            numeric::float::FloatPow::Complex => return complex_op(vm, Op::Power, (a, 0.0), (b, 0.0)),
        },
        _ => return Err(unsupported(vm, op, "float", "float")),
    }))
}

fn complex_op<R: Runtime>(vm: &Vm<R>, op: Op, (ar, ai): (f64, f64), (br, bi): (f64, f64)) -> PyResult<R> {
    let (real, imag) = match op {
        Op::Add => (ar + br, ai + bi),
        Op::Subtract => (ar - br, ai - bi),
        Op::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
        Op::TrueDivide => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            complex_quotient((ar, ai), (br, bi))
        }
        Op::Power => {
            if ar == 0.0 && ai == 0.0 && (bi != 0.0 || br < 0.0) {
                return Err(vm.zero_division_error("0.0 to a negative or complex power"));
            }
            complex_power((ar, ai), (br, bi))
        }
        _ => return Err(unsupported(vm, op, "complex", "complex")),
    };
    Ok(Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(real, imag), None)))
}

/// Complex division as CPython does it (Smith's method), scaling by the
/// larger part of the divisor so that results match to the last bit.
fn complex_quotient((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denominator = br + bi * ratio;
        ((ar + ai * ratio) / denominator, (ai - ar * ratio) / denominator)
    } else if bi.abs() >= br.abs() {
        let ratio = br / bi;
        let denominator = br * ratio + bi;
        ((ar * ratio + ai) / denominator, (ai * ratio - ar) / denominator)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn complex_product((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    (ar * br - ai * bi, ar * bi + ai * br)
}

/// `a ** b` for complex numbers. Small integer exponents multiply by
/// repeated squaring, as CPython does, so `(1+2j)**2` is exactly `(-3+4j)`.
fn complex_power(a: (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
        let n = br.abs() as u32;
        let (mut result, mut square, mut bits) = ((1.0, 0.0), a, n);
        while bits > 0 {
            if bits & 1 == 1 {
                result = complex_product(result, square);
            }
            bits >>= 1;
            if bits > 0 {
                square = complex_product(square, square);
            }
        }
        return if br < 0.0 { complex_quotient((1.0, 0.0), result) } else { result };
    }
    let (ar, ai) = a;
    if br == 0.0 && bi == 0.0 {
        return (1.0, 0.0);
    }
    if ar == 0.0 && ai == 0.0 {
        return (0.0, 0.0);
    }
    let modulus = ar.hypot(ai);
    let angle = ai.atan2(ar);
    let mut length = modulus.powf(br);
    let mut phase = angle * br;
    if bi != 0.0 {
        length /= (angle * bi).exp();
        phase += bi * modulus.ln();
    }
    (length * phase.cos(), length * phase.sin())
}

pub fn unsupported<R: Runtime>(vm: &Vm<R>, op: Op, left: &str, right: &str) -> crate::vm::PyErr<R> {
    vm.type_error(format!("unsupported operand type(s) for {}: '{left}' and '{right}'", op.symbol()))
}

// ----- Hashing -----

pub fn hash_i64(value: i64) -> i64 {
    numeric::hash::hash_i64(value)
}

pub fn hash_big(value: &BigInt) -> i64 {
    numeric::hash::hash_int(value)
}

/// NaN hashes by identity in CPython; an inline float has none, so all NaNs share one.
pub fn hash_f64(value: f64) -> i64 {
    numeric::hash::hash_float(value).unwrap_or(0)
}

/// CPython's tuple hash (xxHash-based, as in 3.8+).
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    const PRIME1: u64 = 11_400_714_785_074_694_791;
    const PRIME2: u64 = 14_029_467_366_897_019_727;
    const PRIME5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME5;
    for &hash in hashes {
        acc = acc.wrapping_add((hash as u64).wrapping_mul(PRIME2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (PRIME5 ^ 3_527_539));
    let hash = acc as i64;
    if hash == -1 { 1_546_275_796 } else { hash }
}
