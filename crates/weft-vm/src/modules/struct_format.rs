//! `_struct`: packing values into bytes and back by a `struct` format
//! string, behind the Python-source `struct` module (`lib/struct.py`), which
//! passes its `struct.error` class as each call's first argument.
//!
//! Formats: an optional byte order (`@` native sizes and alignment, `=`
//! `<` `>` `!` standard sizes, no alignment), then items `[count]code`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use weft_runtime::Runtime;

use crate::builtins::bytes_methods::bytes_of;
use crate::builtins::{arity, define, new_bytes, real_to_float};
use crate::object::Obj;
use crate::ops::number;
use crate::protocols;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    define(vm, namespace, "calcsize", |vm, args| {
        arity(vm, "calcsize", &args, 2, 2)?;
        let format = parse(vm, &args)?;
        Ok(Value::Int(format.size() as i64))
    });
    define(vm, namespace, "pack", pack);
    define(vm, namespace, "unpack", unpack);
}

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
}

struct Format {
    little: bool,
    /// `@`: native sizes, and items aligned to their size.
    native: bool,
    items: Vec<Item>,
}

impl Format {
    fn item_size(&self, code: u8) -> usize {
        match code {
            b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
            b'h' | b'H' | b'e' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' if !self.native => 4,
            _ => 8,
        }
    }

    /// Each item with its offset, and the total size.
    fn layout(&self) -> (Vec<(Item, usize)>, usize) {
        let mut offset = 0usize;
        let mut placed = Vec::with_capacity(self.items.len());
        for &item in &self.items {
            let size = self.item_size(item.code);
            // Saturating: an absurd size is refused by `parse`, not wrapped.
            if self.native && !matches!(item.code, b's' | b'p' | b'x') {
                offset = offset.checked_next_multiple_of(size).unwrap_or(usize::MAX);
            }
            placed.push((item, offset));
            let length =
                if matches!(item.code, b's' | b'p' | b'x') { item.count } else { size.saturating_mul(item.count) };
            offset = offset.saturating_add(length);
        }
        (placed, offset)
    }

    fn size(&self) -> usize {
        self.layout().1
    }

    /// How many values packing takes (`s` and `p` take one per item).
    fn arguments(&self) -> usize {
        self.items
            .iter()
            .map(|item| match item.code {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => item.count,
            })
            .sum()
    }
}

fn struct_error<R: Runtime>(vm: &Vm<R>, args: &Args<R>, message: impl Into<Box<str>>) -> PyErr<R> {
    let exceptions = &vm.types().exceptions;
    match args.positional.first().and_then(Value::as_obj) {
        Some(class)
            if matches!(class.payload(), crate::objects::Payload::Class(_))
                && crate::types::is_subclass(class, &exceptions.base_exception) =>
        {
            vm.new_error(class, message)
        }
        _ => vm.value_error(message),
    }
}

fn parse<R: Runtime>(vm: &Vm<R>, args: &Args<R>) -> PyResult<R, Format> {
    let format = args.at(vm, 1)?;
    let text = match (protocols::str_text(format), bytes_of(format)) {
        (Some(text), _) => text.as_bytes().to_vec(),
        (None, Some(bytes)) => bytes,
        _ => {
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                protocols::type_name(vm, format)
            )));
        }
    };
    let (little, native, body) = match text.first() {
        Some(b'<') => (true, false, &text[1..]),
        Some(b'>' | b'!') => (false, false, &text[1..]),
        Some(b'=') => (cfg!(target_endian = "little"), false, &text[1..]),
        Some(b'@') => (cfg!(target_endian = "little"), true, &text[1..]),
        _ => (cfg!(target_endian = "little"), true, &text[..]),
    };
    let mut items = Vec::new();
    let mut count: Option<usize> = None;
    for &byte in body {
        if byte.is_ascii_whitespace() && count.is_none() {
            continue;
        }
        if byte.is_ascii_digit() {
            let digit = usize::from(byte - b'0');
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(digit))
                    .ok_or_else(|| struct_error(vm, args, "total struct size too long"))?,
            );
            continue;
        }
        let known = b"xcbB?hHiIlLqQefdsp".contains(&byte) || (native && b"nNP".contains(&byte));
        if !known {
            return Err(struct_error(vm, args, "bad char in struct format"));
        }
        items.push(Item { code: byte, count: count.take().unwrap_or(1) });
    }
    if count.is_some() {
        return Err(struct_error(vm, args, "repeat count given without format specifier"));
    }
    let format = Format { little, native, items };
    if format.size() > isize::MAX as usize {
        return Err(struct_error(vm, args, "total struct size too long"));
    }
    Ok(format)
}

fn pack<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    let format = parse(vm, &args)?;
    let values = &args.positional[2..];
    if values.len() != format.arguments() {
        let message = format!("pack expected {} items for packing (got {})", format.arguments(), values.len());
        return Err(struct_error(vm, &args, message));
    }
    let (layout, size) = format.layout();
    // CPython tries any size; a size beyond what `bytes` can hold is a
    // MemoryError here rather than an abort.
    if size > (crate::numeric::MAX_INT_BITS / 8) as usize {
        return Err(vm.new_error(&vm.types().exceptions.memory_error, ""));
    }
    let mut out = vec![0u8; size];
    let mut values = values.iter();
    for (item, offset) in layout {
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let value = values.next().expect("counted");
                let data = bytes_of(value).ok_or_else(|| {
                    struct_error(vm, &args, format!("argument for '{}' must be a bytes object", item.code as char))
                })?;
                put_string(&mut out[offset..offset + item.count], item.code, &data);
            }
            code => {
                let width = format.item_size(code);
                for k in 0..item.count {
                    let value = values.next().expect("counted");
                    let bytes = pack_one(vm, &args, code, width, value)?;
                    let at = offset + k * width;
                    let slot = &mut out[at..at + width];
                    if format.little {
                        slot.copy_from_slice(&bytes[..width]);
                    } else {
                        slot.iter_mut().zip(bytes[..width].iter().rev()).for_each(|(o, b)| *o = *b);
                    }
                }
            }
        }
    }
    Ok(new_bytes(vm, out))
}

/// `s` pads or cuts to the count; `p` (Pascal) starts with the length.
fn put_string(slot: &mut [u8], code: u8, data: &[u8]) {
    if code == b's' {
        let n = data.len().min(slot.len());
        slot[..n].copy_from_slice(&data[..n]);
        return;
    }
    let Some((length, rest)) = slot.split_first_mut() else { return };
    let n = data.len().min(rest.len()).min(255);
    *length = n as u8;
    rest[..n].copy_from_slice(&data[..n]);
}

/// One value as little-endian bytes (the caller takes `width` of them).
fn pack_one<R: Runtime>(vm: &Vm<R>, args: &Args<R>, code: u8, width: usize, value: &Value<R>) -> PyResult<R, [u8; 8]> {
    match code {
        b'?' => Ok([u8::from(protocols::truthy(vm, value)?), 0, 0, 0, 0, 0, 0, 0]),
        b'c' => match bytes_of(value) {
            Some(bytes) if bytes.len() == 1 => Ok([bytes[0], 0, 0, 0, 0, 0, 0, 0]),
            _ => Err(struct_error(vm, args, "char format requires a bytes object of length 1")),
        },
        b'e' | b'f' | b'd' => {
            let x = real_to_float(vm, value).map_err(|_| struct_error(vm, args, "required argument is not a float"))?;
            let bits = match code {
                b'd' => x.to_bits(),
                b'f' if x.is_finite() && (x as f32).is_infinite() => {
                    return Err(vm.overflow_error("float too large to pack with f format"));
                }
                b'f' => u64::from((x as f32).to_bits()),
                _ => u64::from(to_half(x).ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?),
            };
            Ok(bits.to_le_bytes())
        }
        _ => pack_int(vm, args, code, width, value),
    }
}

fn pack_int<R: Runtime>(vm: &Vm<R>, args: &Args<R>, code: u8, width: usize, value: &Value<R>) -> PyResult<R, [u8; 8]> {
    let n: BigInt = match number::as_bigint(value) {
        Some(n) => n,
        None => match value {
            // Objects with `__index__` pack as that int (floats do not).
            Value::Obj(_) => match crate::subscript::index_of(vm, value) {
                Ok(index) => BigInt::from(index),
                Err(_) => return Err(struct_error(vm, args, "required argument is not an integer")),
            },
            _ => return Err(struct_error(vm, args, "required argument is not an integer")),
        },
    };
    let out_of_range = || struct_error(vm, args, "argument out of range");
    // Unsigned codes of four bytes or more convert as C unsigned longs.
    if matches!(code, b'I' | b'L' | b'Q' | b'N' | b'P') {
        let n = if n.is_negative() { None } else { n.to_u64() }.ok_or_else(out_of_range)?;
        if width < 8 && n >> (8 * width) != 0 {
            let max = (1u64 << (8 * width)) - 1;
            return Err(struct_error(vm, args, format!("'{}' format requires 0 <= number <= {max}", code as char)));
        }
        return Ok(n.to_le_bytes());
    }
    let n = n.to_i64().ok_or_else(out_of_range)?;
    let (low, high, name) = match code {
        b'b' => (-128, 127, Some("byte")),
        b'B' => (0, 255, Some("ubyte")),
        b'h' => (-32768, 32767, Some("short")),
        b'H' => (0, 65535, Some("ushort")),
        _ if width == 4 => (i64::from(i32::MIN), i64::from(i32::MAX), None),
        _ => (i64::MIN, i64::MAX, None),
    };
    if n < low || n > high {
        let message = match name {
            Some(name) => format!("{name} format requires {low} <= number <= {high}"),
            None => format!("'{}' format requires {low} <= number <= {high}", code as char),
        };
        return Err(struct_error(vm, args, message));
    }
    Ok(n.to_le_bytes())
}

fn unpack<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "unpack", &args, 3, 3)?;
    let format = parse(vm, &args)?;
    let buffer = args.at(vm, 2)?;
    let data = bytes_of(buffer).ok_or_else(|| {
        vm.type_error(format!("a bytes-like object is required, not '{}'", protocols::type_name(vm, buffer)))
    })?;
    let (layout, size) = format.layout();
    if data.len() != size {
        return Err(struct_error(vm, &args, format!("unpack requires a buffer of {size} bytes")));
    }
    let mut values = Vec::new();
    for (item, offset) in layout {
        match item.code {
            b'x' => {}
            b's' => values.push(new_bytes(vm, data[offset..offset + item.count].to_vec())),
            b'p' if item.count == 0 => values.push(new_bytes(vm, Vec::new())),
            b'p' => {
                let length = usize::from(data[offset]).min(item.count - 1);
                values.push(new_bytes(vm, data[offset + 1..offset + 1 + length].to_vec()));
            }
            code => {
                let width = format.item_size(code);
                for k in 0..item.count {
                    let at = offset + k * width;
                    let mut bytes = [0u8; 8];
                    bytes[..width].copy_from_slice(&data[at..at + width]);
                    if !format.little {
                        bytes[..width].reverse();
                    }
                    values.push(unpack_one(vm, code, width, u64::from_le_bytes(bytes)));
                }
            }
        }
    }
    Ok(vm.new_tuple(values))
}

fn unpack_one<R: Runtime>(vm: &Vm<R>, code: u8, width: usize, bits: u64) -> Value<R> {
    match code {
        b'?' => Value::Bool(bits != 0),
        b'c' => new_bytes(vm, vec![bits as u8]),
        b'd' => Value::Float(f64::from_bits(bits)),
        b'f' => Value::Float(f64::from(f32::from_bits(bits as u32))),
        b'e' => Value::Float(from_half(bits as u16)),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => number::int_value(vm, BigInt::from(bits)),
        _ => {
            // Sign-extend from the item's width.
            let shift = 64 - 8 * width as u32;
            Value::Int(((bits << shift) as i64) >> shift)
        }
    }
}

/// IEEE 754 half precision, rounding to nearest even; None on overflow.
fn to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Work in units of the smallest subnormal (2^-24): halves are integers
    // times that unit up to 2^11, then the exponent takes over.
    let (exponent, mantissa) = if a < 2f64.powi(-14) {
        (0u16, round_even(a * 2f64.powi(24)))
    } else {
        let e = a.log2().floor() as i32;
        let scaled = round_even(a / 2f64.powi(e - 10));
        // Rounding may carry into the next power of two.
        let (e, scaled) = if scaled >= 2048.0 { (e + 1, scaled / 2.0) } else { (e, scaled) };
        if e > 15 {
            return None;
        }
        ((e + 15) as u16, scaled - 1024.0)
    };
    if exponent == 0 && mantissa >= 1024.0 {
        return Some(sign | 0x0400);
    }
    Some(sign | (exponent << 10) | mantissa as u16)
}

fn round_even(x: f64) -> f64 {
    let rounded = x.round();
    if (rounded - x).abs() == 0.5 && rounded % 2.0 != 0.0 { rounded - x.signum() } else { rounded }
}

fn from_half(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let mantissa = f64::from(bits & 0x3ff);
    sign * match exponent {
        0 => mantissa * 2f64.powi(-24),
        31 if mantissa == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + mantissa) * 2f64.powi(exponent - 25),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip_and_round_to_even() {
        for x in [0.0, 1.0, -2.5, 65504.0, 6.103515625e-05, 5.960464477539063e-08, 0.1] {
            let half = to_half(x).expect("in range");
            assert_eq!(from_half(half), from_half(to_half(from_half(half)).expect("in range")));
        }
        assert_eq!(to_half(1.5), Some(0x3e00));
        assert_eq!(to_half(65520.0), None, "rounds past the largest half");
        assert_eq!(to_half(1.0 + 2f64.powi(-11)), Some(0x3c00), "a tie rounds to even");
    }
}
