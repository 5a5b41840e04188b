//! Arithmetic on ints (inline `i64`, overflowing into big ints), floats and
//! complex numbers, with Python's rules: floor division and modulo round
//! towards negative infinity, `/` always gives a float, `**` with a negative
//! exponent gives a float.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use weft_bytecode::BinaryOperator as Op;
use weft_runtime::Runtime;

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
    if let (Value::Int(a), Value::Int(b)) = (left, right) {
        if let Some(result) = small_int(op, *a, *b) {
            return Ok(Some(result));
        }
    }
    let (Some(a), Some(b)) = (as_number(left), as_number(right)) else { return Ok(None) };
    match (a, b) {
        (Number::Int(a), Number::Int(b)) => int_op(vm, op, a, b).map(Some),
        (a, b) if matches!(a, Number::Complex(..)) || matches!(b, Number::Complex(..)) => {
            let (ar, ai) = complex_parts(&a);
            let (br, bi) = complex_parts(&b);
            complex_op(vm, op, (ar, ai), (br, bi)).map(Some)
        }
        (a, b) => {
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

/// The common case: both operands inline, no overflow.
#[inline]
fn small_int<R: Runtime>(op: Op, a: i64, b: i64) -> Option<Value<R>> {
    Some(Value::Int(match op {
        Op::Add => a.checked_add(b)?,
        Op::Subtract => a.checked_sub(b)?,
        Op::Multiply => a.checked_mul(b)?,
        Op::FloorDivide if b != 0 => a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))?,
        Op::Remainder if b != 0 => a.checked_rem_euclid(b).map(|_| Integer::mod_floor(&a, &b))?,
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
    Ok(match op {
        Op::Add => int_value(vm, a + b),
        Op::Subtract => int_value(vm, a - b),
        Op::Multiply => int_value(vm, a * b),
        Op::FloorDivide | Op::Remainder if b.is_zero() => {
            let message =
                if op == Op::FloorDivide { "integer division or modulo by zero" } else { "integer modulo by zero" };
            return Err(vm.zero_division_error(message));
        }
        Op::FloorDivide => int_value(vm, a.div_floor(&b)),
        Op::Remainder => int_value(vm, a.mod_floor(&b)),
        Op::TrueDivide => {
            if b.is_zero() {
                return Err(vm.zero_division_error("division by zero"));
            }
            Value::Float(true_divide(vm, &a, &b)?)
        }
        Op::Power => {
            if b.is_negative() {
                let base = int_to_float(vm, &a)?;
                if base == 0.0 {
                    return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
                }
                return float_op(vm, Op::Power, base, int_to_float(vm, &b)?);
            }
            let exponent = b.to_u32().ok_or_else(|| vm.overflow_error("exponent too large"))?;
            int_value(vm, num_traits::pow(a, exponent as usize))
        }
        Op::LeftShift | Op::RightShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let shift = b.to_usize().ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if op == Op::LeftShift { int_value(vm, a << shift) } else { int_value(vm, a >> shift) }
        }
        Op::And => int_value(vm, a & b),
        Op::Or => int_value(vm, a | b),
        Op::Xor => int_value(vm, a ^ b),
        Op::MatrixMultiply => return Err(unsupported(vm, op, "int", "int")),
    })
}

/// `a / b` for ints, correctly rounded when both convert exactly.
fn true_divide<R: Runtime>(vm: &Vm<R>, a: &BigInt, b: &BigInt) -> PyResult<R, f64> {
    const EXACT: u64 = 53;
    if a.bits() <= EXACT && b.bits() <= EXACT {
        return Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0));
    }
    // Scale so the quotient has 64 significant bits, then round once.
    let shift = (b.bits() as i64) - (a.bits() as i64) + 64;
    let (numerator, denominator) =
        if shift >= 0 { (a.abs() << shift as usize, b.abs()) } else { (a.abs(), b.abs() << (-shift) as usize) };
    let quotient = numerator / denominator;
    let magnitude = quotient.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(-shift as i32);
    if !magnitude.is_finite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if a.is_negative() != b.is_negative() { -magnitude } else { magnitude })
}

pub fn float_op<R: Runtime>(vm: &Vm<R>, op: Op, a: f64, b: f64) -> PyResult<R> {
    Ok(Value::Float(match op {
        Op::Add => a + b,
        Op::Subtract => a - b,
        Op::Multiply => a * b,
        Op::TrueDivide => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            a / b
        }
        Op::FloorDivide => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        Op::Remainder => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float modulo"));
            }
            float_divmod(a, b).1
        }
        Op::Power => {
            if a == 0.0 && b < 0.0 {
                return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                // A negative base to a fractional power is complex in Python.
                return complex_op(vm, Op::Power, (a, 0.0), (b, 0.0));
            }
            let result = a.powf(b);
            if result.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            result
        }
        _ => return Err(unsupported(vm, op, "float", "float")),
    }))
}

/// Python's float `divmod`: the remainder takes the divisor's sign.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut remainder = a % b;
    let mut quotient = (a - remainder) / b;
    if remainder != 0.0 {
        if (b < 0.0) != (remainder < 0.0) {
            remainder += b;
            quotient -= 1.0;
        }
    } else {
        remainder = 0f64.copysign(b);
    }
    let floored = if quotient != 0.0 {
        let floor = quotient.floor();
        if quotient - floor > 0.5 { floor + 1.0 } else { floor }
    } else {
        0f64.copysign(a / b)
    };
    (floored, remainder)
}

fn complex_op<R: Runtime>(vm: &Vm<R>, op: Op, (ar, ai): (f64, f64), (br, bi): (f64, f64)) -> PyResult<R> {
    let (real, imag) = match op {
        Op::Add => (ar + br, ai + bi),
        Op::Subtract => (ar - br, ai - bi),
        Op::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
        Op::TrueDivide => {
            let denominator = br * br + bi * bi;
            if denominator == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            ((ar * br + ai * bi) / denominator, (ai * br - ar * bi) / denominator)
        }
        Op::Power => {
            if ar == 0.0 && ai == 0.0 {
                if bi == 0.0 && br == 0.0 { (1.0, 0.0) } else { (0.0, 0.0) }
            } else {
                let modulus = ar.hypot(ai);
                let angle = ai.atan2(ar);
                let log_modulus = modulus.ln();
                let new_modulus = (br * log_modulus - bi * angle).exp();
                let new_angle = bi * log_modulus + br * angle;
                (new_modulus * new_angle.cos(), new_modulus * new_angle.sin())
            }
        }
        _ => return Err(unsupported(vm, op, "complex", "complex")),
    };
    Ok(Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(real, imag), None)))
}

pub fn unsupported<R: Runtime>(vm: &Vm<R>, op: Op, left: &str, right: &str) -> crate::vm::PyErr<R> {
    vm.type_error(format!("unsupported operand type(s) for {}: '{left}' and '{right}'", op.symbol()))
}

// ----- Hashing (Python's numeric hash: modulo 2**61 - 1) -----

const MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(value: i64) -> i64 {
    let magnitude = (value.unsigned_abs() % MODULUS) as i64;
    let hash = if value < 0 { -magnitude } else { magnitude };
    if hash == -1 { -2 } else { hash }
}

pub fn hash_big(value: &BigInt) -> i64 {
    let magnitude = (value.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let hash = if value.is_negative() { -magnitude } else { magnitude };
    if hash == -1 { -2 } else { hash }
}

pub fn hash_f64(value: f64) -> i64 {
    if value.is_nan() {
        return 0;
    }
    if value.is_infinite() {
        return if value > 0.0 { 314_159 } else { -314_159 };
    }
    if value.fract() == 0.0 && value.abs() < 9.2e18 {
        return hash_i64(value as i64);
    }
    // value = m * 2**e with an integral mantissa; reduce both modulo 2**61 - 1.
    let (mantissa, exponent) = frexp(value.abs());
    let mut m = mantissa;
    let mut e = exponent;
    let mut hash: u64 = 0;
    while m != 0.0 {
        hash = ((hash << 28) & MODULUS) | (hash >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let digit = m as u64;
        m -= digit as f64;
        hash += digit;
        if hash >= MODULUS {
            hash -= MODULUS;
        }
    }
    let e = e.rem_euclid(61) as u32;
    hash = ((hash << e) & MODULUS) | (hash >> (61 - e));
    let hash = hash as i64;
    let hash = if value < 0.0 { -hash } else { hash };
    if hash == -1 { -2 } else { hash }
}

fn frexp(value: f64) -> (f64, i32) {
    if value == 0.0 {
        return (0.0, 0);
    }
    let exponent = value.abs().log2().floor() as i32 + 1;
    let mantissa = value / 2f64.powi(exponent);
    if mantissa >= 1.0 { (mantissa / 2.0, exponent + 1) } else { (mantissa, exponent) }
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
