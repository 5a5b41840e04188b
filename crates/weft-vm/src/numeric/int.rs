//! Integer arithmetic with Python's rules: floor division and a modulo that
//! takes the divisor's sign, `**` that turns float for negative exponents,
//! shifts by arbitrarily large counts.
//!
//! The `*_i64` functions are the fast paths for ints the VM stores inline;
//! `Ok(None)` (or `None`) means the exact result does not fit in an `i64` and
//! the VM should redo the operation with the `*_big` function. `&`, `|`, `^`
//! and `!` (Python's `~`) need no functions: num-bigint's operators already
//! treat negative BigInts as infinite two's complement, as Python does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::convert::int_to_float;
use super::float::{FloatPow, pow_float};
use super::{MAX_INT_BITS, NumError, NumResult};

const FLOOR_DIV_BY_ZERO: &str = "integer division or modulo by zero";
const MOD_BY_ZERO: &str = "integer modulo by zero";

#[inline]
pub fn add_i64(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

#[inline]
pub fn sub_i64(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

#[inline]
pub fn mul_i64(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `-a`; only `-i64::MIN` overflows.
#[inline]
pub fn neg_i64(a: i64) -> Option<i64> {
    a.checked_neg()
}

#[inline]
pub fn abs_i64(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a // b`, rounding toward negative infinity. `Ok(None)` only for
/// `i64::MIN // -1`.
pub fn floor_div_i64(a: i64, b: i64) -> NumResult<Option<i64>> {
    if b == 0 {
        return Err(NumError::zero_division(FLOOR_DIV_BY_ZERO));
    }
    Ok(a.checked_div(b).map(|_| floor_div_nonzero(a, b)))
}

/// `a % b`, with the sign of `b`. Always fits: `|a % b| < |b|`.
pub fn mod_i64(a: i64, b: i64) -> NumResult<i64> {
    if b == 0 {
        return Err(NumError::zero_division(MOD_BY_ZERO));
    }
    // `wrapping_rem` gives 0 for `i64::MIN % -1`, which is the right answer.
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && (r < 0) != (b < 0) { r + b } else { r })
}

/// `divmod(a, b)`; `Ok(None)` only for `divmod(i64::MIN, -1)`.
pub fn divmod_i64(a: i64, b: i64) -> NumResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(NumError::zero_division(FLOOR_DIV_BY_ZERO));
    }
    match floor_div_i64(a, b)? {
        Some(q) => Ok(Some((q, mod_i64(a, b)?))),
        None => Ok(None),
    }
}

// Truncating division rounds toward zero; step down when the remainder's
// sign shows the exact quotient was negative and not whole.
fn floor_div_nonzero(a: i64, b: i64) -> i64 {
    let (q, r) = (a / b, a % b);
    if r != 0 && (r < 0) != (b < 0) { q - 1 } else { q }
}

pub fn floor_div_big(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_division(FLOOR_DIV_BY_ZERO));
    }
    Ok(a.div_floor(b))
}

pub fn mod_big(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_division(MOD_BY_ZERO));
    }
    Ok(a.mod_floor(b))
}

pub fn divmod_big(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(NumError::zero_division(FLOOR_DIV_BY_ZERO));
    }
    Ok(a.div_mod_floor(b))
}

/// The result of int `**` int: an int, or a float when the exponent is
/// negative.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    Int(BigInt),
    Float(f64),
}

/// `base ** exp` when it is an int that fits; `None` sends the VM to
/// [`pow_big`] (negative exponent, or a result beyond `i64`).
pub fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    match base {
        0 | 1 if exp >= 0 => Some(if exp == 0 { 1 } else { base }),
        -1 if exp >= 0 => Some(if exp % 2 == 0 { 1 } else { -1 }),
        _ => base.checked_pow(u32::try_from(exp).ok()?),
    }
}

/// `base ** exp` for any ints. A negative exponent makes it float `**` on
/// the converted operands, as CPython does (so `0 ** -1` raises
/// ZeroDivisionError and `(10**400) ** -1` OverflowError).
pub fn pow_big(base: &BigInt, exp: &BigInt) -> NumResult<IntPow> {
    if exp.is_negative() {
        return match pow_float(int_to_float(base)?, int_to_float(exp)?)? {
            FloatPow::Float(value) => Ok(IntPow::Float(value)),
            // A negative base needs a fractional exponent to go complex, and
            // an int converted to float is whole.
            FloatPow::Complex => unreachable!("int ** negative int is real"),
        };
    }
    if let Some(value) = pow_trivial_base(base, exp) {
        return Ok(IntPow::Int(value));
    }
    // Each squaring at least doubles the size, so the result has at least
    // `exp * (bits(base) - 1)` bits; refuse what cannot be built.
    let exp = exp.to_u64().filter(|&e| e <= MAX_INT_BITS).ok_or_else(NumError::memory)?;
    if u128::from(exp) * u128::from(base.bits() - 1) > u128::from(MAX_INT_BITS) {
        return Err(NumError::memory());
    }
    let exp = u32::try_from(exp).map_err(|_| NumError::memory())?;
    Ok(IntPow::Int(Pow::pow(base, exp)))
}

// 0, 1 and -1 stay small for any exponent, however large.
fn pow_trivial_base(base: &BigInt, exp: &BigInt) -> Option<BigInt> {
    if exp.is_zero() {
        return Some(BigInt::one());
    }
    if base.is_zero() || base.is_one() {
        return Some(base.clone());
    }
    if *base == BigInt::from(-1) {
        return Some(if exp.is_even() { BigInt::one() } else { base.clone() });
    }
    None
}

/// `pow(base, exp, modulus)`. The result takes the modulus's sign; a
/// negative exponent uses the modular inverse of the base.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> NumResult<BigInt> {
    if modulus.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    // Everything is congruent modulo ±1, before any inverse is needed.
    if modulus.abs().is_one() {
        return Ok(BigInt::zero());
    }
    if exp.is_negative() {
        let inverse = base
            .modinv(modulus)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
        return Ok(inverse.modpow(&-exp, modulus));
    }
    Ok(base.modpow(exp, modulus))
}

fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

/// `a << n`; `Ok(None)` when the result needs more than 64 bits.
pub fn lshift_i64(a: i64, n: i64) -> NumResult<Option<i64>> {
    if n < 0 {
        return Err(negative_shift());
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let shifted = a << n;
    // The shift kept every bit exactly when shifting back restores `a`.
    Ok((shifted >> n == a).then_some(shifted))
}

/// `a >> n`: floor division by `2**n`, so negative numbers end at -1.
pub fn rshift_i64(a: i64, n: i64) -> NumResult<i64> {
    if n < 0 {
        return Err(negative_shift());
    }
    Ok(a >> n.min(63))
}

/// `a << n` for any ints; MemoryError when the result would be larger than
/// [`MAX_INT_BITS`].
pub fn lshift_big(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n.to_u64().filter(|&n| n.saturating_add(a.bits()) <= MAX_INT_BITS);
    let n = n.ok_or_else(NumError::memory)?;
    Ok(a << n)
}

pub fn rshift_big(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(negative_shift());
    }
    match n.to_u64() {
        Some(n) if n < a.bits() => Ok(a >> n),
        _ => Ok(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() }),
    }
}

/// `int.bit_length()`: bits in `abs(a)`, without sign or leading zeros.
pub fn bit_length_i64(a: i64) -> u64 {
    u64::from(64 - a.unsigned_abs().leading_zeros())
}

pub fn bit_length_big(a: &BigInt) -> u64 {
    a.bits()
}

/// `int.bit_count()`: ones in `abs(a)`.
pub fn bit_count_i64(a: i64) -> u64 {
    u64::from(a.unsigned_abs().count_ones())
}

pub fn bit_count_big(a: &BigInt) -> u64 {
    a.magnitude().count_ones()
}

