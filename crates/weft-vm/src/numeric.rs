//! The numeric semantics of Python's `int` and `float`, as CPython 3.11 has
//! them: arithmetic with Python's sign and rounding rules, conversions
//! between ints, floats and text, `round`, and the numeric hash.
//!
//! This module knows nothing of the VM's objects. Ints come in two shapes,
//! matching how the VM stores them: `i64` fast paths that return `None` when
//! the result no longer fits (the VM then retries with `BigInt`), and
//! `BigInt` functions that always succeed unless Python raises. Every
//! Python-level failure is a [`NumError`] value carrying the exception class
//! and CPython's exact message; nothing here panics on user input.
//!
//! Where CPython's result is not a plain number the functions return a
//! marker for the VM to finish the job: [`float::FloatPow::Complex`] (a
//! negative float raised to a fractional power gives a complex) and `None`
//! from [`hash::hash_float`] for NaN (hashed by object identity since 3.10).
//!
//! - [`int`]: `+ - * // % divmod ** pow(a, b, m) << >> & | ^ ~ abs`,
//!   `bit_length`, `bit_count`.
//! - [`float`]: `/ // % divmod **`, `math.fmod`, `is_integer`.
//! - [`convert`]: int ↔ float, int `/` int, exact int/float comparison,
//!   `math.floor`/`ceil`/`trunc`, `as_integer_ratio`.
//! - [`round`]: `round(float)`, `round(float, n)`, `round(int, n)`.
//! - [`parse`]: `int(text, base)` and `float(text)`.
//! - [`int_str`]: `str(int)` under the digit limit, `bin`/`oct`/`hex`.
//! - [`bytes`]: `int.to_bytes` and `int.from_bytes`.
//! - [`hexfloat`]: `float.hex` and `float.fromhex`.
//! - [`hash`]: `hash()` of ints and floats (`sys.hash_info`).

use std::borrow::Cow;
use std::fmt;

pub mod bytes;
pub mod convert;
pub mod float;
pub mod hash;
pub mod hexfloat;
pub mod int;
pub mod int_str;
pub mod parse;
pub mod round;
mod unicode;

#[cfg(test)]
mod testutil;

/// CPython's default for `sys.get_int_max_str_digits()`: decimal conversions
/// between int and str refuse numbers with more digits (0 means no limit).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The largest int, in bits, that `<<` and `**` may build (and the largest
/// `to_bytes` result). CPython tries any size and raises MemoryError when
/// the allocation fails; Rust aborts on a failed allocation instead, so
/// results beyond this (2 GiB) are refused with MemoryError up front.
pub const MAX_INT_BITS: u64 = 1 << 34;

/// The exception class of a [`NumError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExcKind {
    ZeroDivisionError,
    ValueError,
    OverflowError,
    TypeError,
    MemoryError,
}

/// A Python exception raised by a numeric operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ExcKind,
    pub message: Cow<'static, str>,
    /// Set when CPython raises the exception with `(errno, strerror)` as its
    /// args, as float `**` does on overflow: `OverflowError(34, 'Numerical
    /// result out of range')`. `message` then holds the strerror text.
    pub errno: Option<i32>,
}

pub type NumResult<T> = Result<T, NumError>;

impl NumError {
    pub fn new(kind: ExcKind, message: impl Into<Cow<'static, str>>) -> Self {
        NumError { kind, message: message.into(), errno: None }
    }

    pub fn zero_division(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::ZeroDivisionError, message)
    }

    pub fn value(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::ValueError, message)
    }

    pub fn overflow(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ExcKind::OverflowError, message)
    }

    /// CPython's MemoryError carries no message.
    pub fn memory() -> Self {
        Self::new(ExcKind::MemoryError, "")
    }

    /// `OverflowError(34, 'Numerical result out of range')`: libm's ERANGE.
    pub fn range() -> Self {
        NumError { errno: Some(34), ..Self::overflow("Numerical result out of range") }
    }
}

/// Displays as `str(exception)` does: the message, or `(errno, 'message')`.
impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errno {
            Some(errno) => write!(f, "({errno}, '{}')", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for NumError {}
