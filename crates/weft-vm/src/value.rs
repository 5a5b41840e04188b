//! A Python value as the VM holds it.
//!
//! The values that make up most arithmetic — None, bools, ints that fit in
//! 64 bits and floats — are stored inline and need no reference counting.
//! Everything else is a counted reference to a heap object ([`Obj`]).

use weft_runtime::{Runtime, Slot};

use crate::object::Obj;

pub enum Value<R: Runtime> {
    None,
    Bool(bool),
    /// An int that fits in an `i64`; larger ints are `Obj` with an `Int` payload.
    Int(i64),
    Float(f64),
    Obj(Obj<R>),
}

impl<R: Runtime> Clone for Value<R> {
    #[inline]
    fn clone(&self) -> Self {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Obj(obj) => Value::Obj(obj.clone()),
        }
    }
}

const NONE: u64 = 0;
const BOOL: u64 = 1;
const INT: u64 = 2;
const FLOAT: u64 = 3;
const OBJ: u64 = 4;

/// The words `Value::Obj(obj)` is written as (for comparing stored keys
/// with an object by identity).
pub fn obj_words<R: Runtime>(obj: &Obj<R>) -> [u64; 2] {
    [OBJ, obj.id() as u64]
}

/// Words that no value is written as (tags stop at `OBJ`), for a slot that
/// holds no value.
pub const NO_VALUE_WORDS: [u64; 2] = [u64::MAX, 0];

// SAFETY: each variant is written as its tag and its payload's bits, and read
// back from them; an object's words carry the reference `into_raw` kept.
unsafe impl<R: Runtime> Slot for Value<R> {
    #[inline]
    fn into_words(self) -> [u64; 2] {
        match self {
            Value::None => [NONE, 0],
            Value::Bool(b) => [BOOL, u64::from(b)],
            Value::Int(i) => [INT, i as u64],
            Value::Float(f) => [FLOAT, f.to_bits()],
            Value::Obj(obj) => [OBJ, obj.into_raw() as u64],
        }
    }

    #[inline]
    unsafe fn from_words([tag, bits]: [u64; 2]) -> Self {
        match tag {
            NONE => Value::None,
            BOOL => Value::Bool(bits != 0),
            INT => Value::Int(bits as i64),
            FLOAT => Value::Float(f64::from_bits(bits)),
            // SAFETY: the caller hands over the reference the words carry.
            _ => Value::Obj(unsafe { Obj::from_raw(bits as usize) }),
        }
    }
}

impl<R: Runtime> Value<R> {
    pub fn as_obj(&self) -> Option<&Obj<R>> {
        match self {
            Value::Obj(obj) => Some(obj),
            _ => None,
        }
    }

    /// Python's `is`: identity for heap objects, equality of the inline
    /// value otherwise (so small ints and floats behave as CPython's caches do).
    pub fn is(&self, other: &Value<R>) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            _ => false,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
}

impl<R: Runtime> From<Obj<R>> for Value<R> {
    fn from(obj: Obj<R>) -> Self {
        Value::Obj(obj)
    }
}

impl<R: Runtime> From<bool> for Value<R> {
    fn from(value: bool) -> Self {
        Value::Bool(value)
    }
}

impl<R: Runtime> From<i64> for Value<R> {
    fn from(value: i64) -> Self {
        Value::Int(value)
    }
}

impl<R: Runtime> From<f64> for Value<R> {
    fn from(value: f64) -> Self {
        Value::Float(value)
    }
}
