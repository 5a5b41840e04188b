//! Methods of `int`, `float` and `complex`.

use num_bigint::BigInt;
use num_traits::Zero;
use weft_runtime::Runtime;

use super::{arity, define_method, expect_int, keyword};
use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::number;
use crate::protocols::str_text;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn int_of<R: Runtime>(value: &Value<R>) -> BigInt {
    number::as_bigint(value).unwrap_or_default()
}

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let t = vm.types();
    define_method(vm, &t.int, "bit_length", |vm, args| {
        arity(vm, "bit_length", &args, 1, 1)?;
        Ok(Value::Int(int_of(&args.positional[0]).magnitude().bits() as i64))
    });
    define_method(vm, &t.int, "bit_count", |vm, args| {
        arity(vm, "bit_count", &args, 1, 1)?;
        let ones: u64 =
            int_of(&args.positional[0]).magnitude().iter_u64_digits().map(|d| u64::from(d.count_ones())).sum();
        Ok(Value::Int(ones as i64))
    });
    define_method(vm, &t.int, "conjugate", |_, args| Ok(args.positional[0].clone()));
    define_method(vm, &t.int, "to_bytes", |vm, args| {
        let length = args.positional.get(1).cloned().or_else(|| keyword(&args, "length")).unwrap_or(Value::Int(1));
        let length = expect_int(vm, &length)?;
        let order = byte_order(vm, args.positional.get(2).cloned().or_else(|| keyword(&args, "byteorder")))?;
        let signed = keyword(&args, "signed").map(|s| crate::protocols::truthy(vm, &s)).transpose()?.unwrap_or(false);
        let bytes = crate::numeric::bytes::to_bytes(&int_of(&args.positional[0]), length, order, signed)
            .map_err(|error| number::num_error(vm, error))?;
        Ok(super::new_bytes(vm, bytes))
    });
    super::define_classmethod(vm, &t.int, "from_bytes", |vm, args| {
        let data = args.positional.get(1).cloned().unwrap_or(Value::None);
        let bytes: Vec<u8> = match data.as_obj().map(Obj::payload) {
            Some(Payload::Bytes(bytes)) => bytes.to_vec(),
            _ => crate::protocols::collect(vm, &data)?
                .iter()
                .map(|b| expect_int(vm, b).map(|b| b as u8))
                .collect::<PyResult<R, _>>()?,
        };
        let order = byte_order(vm, args.positional.get(2).cloned().or_else(|| keyword(&args, "byteorder")))?;
        let signed = keyword(&args, "signed").map(|s| crate::protocols::truthy(vm, &s)).transpose()?.unwrap_or(false);
        let value = crate::numeric::bytes::from_bytes(&bytes, order, signed);
        Ok(number::int_value(vm, value))
    });
    define_method(vm, &t.float, "is_integer", |vm, args| {
        arity(vm, "is_integer", &args, 1, 1)?;
        let Value::Float(f) = args.positional[0] else { return Ok(Value::Bool(false)) };
        Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
    });
    define_method(vm, &t.float, "as_integer_ratio", |vm, args| {
        arity(vm, "as_integer_ratio", &args, 1, 1)?;
        let Value::Float(f) = args.positional[0] else { return Err(vm.type_error("float required")) };
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
        }
        if f.is_nan() {
            return Err(vm.value_error("cannot convert NaN to integer ratio"));
        }
        let (numerator, denominator) = float_ratio(f);
        Ok(vm.new_tuple(vec![number::int_value(vm, numerator), number::int_value(vm, denominator)]))
    });
    define_method(vm, &t.float, "conjugate", |_, args| Ok(args.positional[0].clone()));
    define_method(vm, &t.float, "hex", |vm, args| {
        let Value::Float(f) = args.positional[0] else { return Err(vm.type_error("float required")) };
        Ok(vm.new_str(float_hex(f)))
    });
    define_method(vm, &t.complex, "conjugate", |vm, args| {
        let Some(Payload::Complex(real, imag)) = args.positional[0].as_obj().map(Obj::payload) else {
            return Err(vm.type_error("complex required"));
        };
        Ok(Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(*real, -imag), None)))
    });
}

/// `byteorder='big'` (the default) or `'little'`.
fn byte_order<R: Runtime>(vm: &Vm<R>, order: Option<Value<R>>) -> PyResult<R, crate::numeric::bytes::ByteOrder> {
    let text = order.as_ref().map_or(Some("big"), |o| str_text(o));
    let Some(text) = text else { return Err(vm.type_error("to_bytes() argument 'byteorder' must be str")) };
    crate::numeric::bytes::ByteOrder::parse(text).map_err(|error| number::num_error(vm, error))
}

/// The exact ratio of a finite float, in lowest terms.
fn float_ratio(value: f64) -> (BigInt, BigInt) {
    let bits = value.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exponent = ((bits >> 52) & 0x7FF) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if exponent == 0 { (mantissa, -1074) } else { (mantissa | (1 << 52), exponent - 1075) };
    if mantissa == 0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let shift = mantissa.trailing_zeros() as i64;
    let (mantissa, exponent) = (mantissa >> shift, exponent + shift);
    let numerator = BigInt::from(mantissa) * sign;
    if exponent >= 0 {
        (numerator << exponent as usize, BigInt::from(1))
    } else {
        (numerator, BigInt::from(1) << (-exponent) as usize)
    }
}

/// `float.hex()`: `0x1.8000000000000p+1` style.
fn float_hex(value: f64) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = value.abs().to_bits();
    let exponent = ((bits >> 52) & 0x7FF) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, exponent) = if exponent == 0 { (0, -1022) } else { (1, exponent - 1023) };
    format!("{sign}0x{lead}.{mantissa:013x}p{}{}", if exponent >= 0 { "+" } else { "-" }, exponent.abs())
}
