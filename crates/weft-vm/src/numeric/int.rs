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
    // The one quotient beyond i64: 2^63.
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(floor_div_nonzero(a, b)))
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
    // |base| >= 2^(bits - 1), so the result has at least exp * (bits - 1)
    // bits: refuse up front what could never be allocated.
    let exp = exp.to_u64().filter(|&e| e <= MAX_INT_BITS).ok_or_else(NumError::memory)?;
    if u128::from(exp) * u128::from(base.bits() - 1) > u128::from(MAX_INT_BITS) {
        return Err(NumError::memory());
    }
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
        let inverse =
            base.modinv(modulus).ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::ExcKind;
    use crate::numeric::testutil::{int, show, show_err};
    use weft_bytecode::repr::float_repr;

    // Recorded from CPython 3.11: `repr(a OP b)` (`divmod(a, b)` for divmod).
    #[rustfmt::skip]
    const BINARY: &[(&str, &str, &str, &str)] = &[
        ("//", "7", "2", "3"),
        ("//", "7", "-2", "-4"),
        ("//", "7", "7", "1"),
        ("//", "7", "-1", "-7"),
        ("//", "7", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "7", "-2**63", "-1"),
        ("//", "7", "3**50", "0"),
        ("//", "-7", "2", "-4"),
        ("//", "-7", "-2", "3"),
        ("//", "-7", "7", "-1"),
        ("//", "-7", "-1", "7"),
        ("//", "-7", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "-7", "-2**63", "0"),
        ("//", "-7", "3**50", "-1"),
        ("//", "0", "2", "0"),
        ("//", "0", "-2", "0"),
        ("//", "0", "7", "0"),
        ("//", "0", "-1", "0"),
        ("//", "0", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "0", "-2**63", "0"),
        ("//", "0", "3**50", "0"),
        ("//", "2**63-1", "2", "4611686018427387903"),
        ("//", "2**63-1", "-2", "-4611686018427387904"),
        ("//", "2**63-1", "7", "1317624576693539401"),
        ("//", "2**63-1", "-1", "-9223372036854775807"),
        ("//", "2**63-1", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "2**63-1", "-2**63", "-1"),
        ("//", "2**63-1", "3**50", "0"),
        ("//", "-2**63", "2", "-4611686018427387904"),
        ("//", "-2**63", "-2", "4611686018427387904"),
        ("//", "-2**63", "7", "-1317624576693539402"),
        ("//", "-2**63", "-1", "9223372036854775808"),
        ("//", "-2**63", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "-2**63", "-2**63", "1"),
        ("//", "-2**63", "3**50", "-1"),
        ("//", "10**30+1", "2", "500000000000000000000000000000"),
        ("//", "10**30+1", "-2", "-500000000000000000000000000001"),
        ("//", "10**30+1", "7", "142857142857142857142857142857"),
        ("//", "10**30+1", "-1", "-1000000000000000000000000000001"),
        ("//", "10**30+1", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "10**30+1", "-2**63", "-108420217249"),
        ("//", "10**30+1", "3**50", "1392955"),
        ("//", "-10**30", "2", "-500000000000000000000000000000"),
        ("//", "-10**30", "-2", "500000000000000000000000000000"),
        ("//", "-10**30", "7", "-142857142857142857142857142858"),
        ("//", "-10**30", "-1", "1000000000000000000000000000000"),
        ("//", "-10**30", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("//", "-10**30", "-2**63", "108420217248"),
        ("//", "-10**30", "3**50", "-1392956"),
        ("%", "7", "2", "1"),
        ("%", "7", "-2", "-1"),
        ("%", "7", "7", "0"),
        ("%", "7", "-1", "0"),
        ("%", "7", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "7", "-2**63", "-9223372036854775801"),
        ("%", "7", "3**50", "7"),
        ("%", "-7", "2", "1"),
        ("%", "-7", "-2", "-1"),
        ("%", "-7", "7", "0"),
        ("%", "-7", "-1", "0"),
        ("%", "-7", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "-7", "-2**63", "-7"),
        ("%", "-7", "3**50", "717897987691852588770242"),
        ("%", "0", "2", "0"),
        ("%", "0", "-2", "0"),
        ("%", "0", "7", "0"),
        ("%", "0", "-1", "0"),
        ("%", "0", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "0", "-2**63", "0"),
        ("%", "0", "3**50", "0"),
        ("%", "2**63-1", "2", "1"),
        ("%", "2**63-1", "-2", "-1"),
        ("%", "2**63-1", "7", "0"),
        ("%", "2**63-1", "-1", "0"),
        ("%", "2**63-1", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "2**63-1", "-2**63", "-1"),
        ("%", "2**63-1", "3**50", "9223372036854775807"),
        ("%", "-2**63", "2", "0"),
        ("%", "-2**63", "-2", "0"),
        ("%", "-2**63", "7", "6"),
        ("%", "-2**63", "-1", "0"),
        ("%", "-2**63", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "-2**63", "-2**63", "0"),
        ("%", "-2**63", "3**50", "717888764319815733994441"),
        ("%", "10**30+1", "2", "1"),
        ("%", "10**30+1", "-2", "-1"),
        ("%", "10**30+1", "7", "2"),
        ("%", "10**30+1", "-1", "0"),
        ("%", "10**30+1", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "10**30+1", "-2**63", "-4146427766549512191"),
        ("%", "10**30+1", "3**50", "408554695477209537804206"),
        ("%", "-10**30", "2", "0"),
        ("%", "-10**30", "-2", "0"),
        ("%", "-10**30", "7", "6"),
        ("%", "-10**30", "-1", "0"),
        ("%", "-10**30", "0", "ZeroDivisionError: integer modulo by zero"),
        ("%", "-10**30", "-2**63", "-5076944270305263616"),
        ("%", "-10**30", "3**50", "309343292214643050966044"),
        ("divmod", "7", "2", "(3, 1)"),
        ("divmod", "7", "-2", "(-4, -1)"),
        ("divmod", "7", "7", "(1, 0)"),
        ("divmod", "7", "-1", "(-7, 0)"),
        ("divmod", "7", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "7", "-2**63", "(-1, -9223372036854775801)"),
        ("divmod", "7", "3**50", "(0, 7)"),
        ("divmod", "-7", "2", "(-4, 1)"),
        ("divmod", "-7", "-2", "(3, -1)"),
        ("divmod", "-7", "7", "(-1, 0)"),
        ("divmod", "-7", "-1", "(7, 0)"),
        ("divmod", "-7", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "-7", "-2**63", "(0, -7)"),
        ("divmod", "-7", "3**50", "(-1, 717897987691852588770242)"),
        ("divmod", "0", "2", "(0, 0)"),
        ("divmod", "0", "-2", "(0, 0)"),
        ("divmod", "0", "7", "(0, 0)"),
        ("divmod", "0", "-1", "(0, 0)"),
        ("divmod", "0", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "0", "-2**63", "(0, 0)"),
        ("divmod", "0", "3**50", "(0, 0)"),
        ("divmod", "2**63-1", "2", "(4611686018427387903, 1)"),
        ("divmod", "2**63-1", "-2", "(-4611686018427387904, -1)"),
        ("divmod", "2**63-1", "7", "(1317624576693539401, 0)"),
        ("divmod", "2**63-1", "-1", "(-9223372036854775807, 0)"),
        ("divmod", "2**63-1", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "2**63-1", "-2**63", "(-1, -1)"),
        ("divmod", "2**63-1", "3**50", "(0, 9223372036854775807)"),
        ("divmod", "-2**63", "2", "(-4611686018427387904, 0)"),
        ("divmod", "-2**63", "-2", "(4611686018427387904, 0)"),
        ("divmod", "-2**63", "7", "(-1317624576693539402, 6)"),
        ("divmod", "-2**63", "-1", "(9223372036854775808, 0)"),
        ("divmod", "-2**63", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "-2**63", "-2**63", "(1, 0)"),
        ("divmod", "-2**63", "3**50", "(-1, 717888764319815733994441)"),
        ("divmod", "10**30+1", "2", "(500000000000000000000000000000, 1)"),
        ("divmod", "10**30+1", "-2", "(-500000000000000000000000000001, -1)"),
        ("divmod", "10**30+1", "7", "(142857142857142857142857142857, 2)"),
        ("divmod", "10**30+1", "-1", "(-1000000000000000000000000000001, 0)"),
        ("divmod", "10**30+1", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "10**30+1", "-2**63", "(-108420217249, -4146427766549512191)"),
        ("divmod", "10**30+1", "3**50", "(1392955, 408554695477209537804206)"),
        ("divmod", "-10**30", "2", "(-500000000000000000000000000000, 0)"),
        ("divmod", "-10**30", "-2", "(500000000000000000000000000000, 0)"),
        ("divmod", "-10**30", "7", "(-142857142857142857142857142858, 6)"),
        ("divmod", "-10**30", "-1", "(1000000000000000000000000000000, 0)"),
        ("divmod", "-10**30", "0", "ZeroDivisionError: integer division or modulo by zero"),
        ("divmod", "-10**30", "-2**63", "(108420217248, -5076944270305263616)"),
        ("divmod", "-10**30", "3**50", "(-1392956, 309343292214643050966044)"),
        ("+", "2**63-1", "1", "9223372036854775808"),
        ("+", "-2**63", "-1", "-9223372036854775809"),
        ("+", "-2**63", "1", "-9223372036854775807"),
        ("+", "2**62", "2**62", "9223372036854775808"),
        ("+", "3037000500", "3037000500", "6074001000"),
        ("+", "-3037000500", "3037000499", "-1"),
        ("+", "10**20", "-10**20", "0"),
        ("+", "-2**63", "0", "-9223372036854775808"),
        ("+", "2**63-1", "-(2**63-1)", "0"),
        ("+", "12", "-30", "-18"),
        ("+", "-2**63", "2**63", "0"),
        ("-", "2**63-1", "1", "9223372036854775806"),
        ("-", "-2**63", "-1", "-9223372036854775807"),
        ("-", "-2**63", "1", "-9223372036854775809"),
        ("-", "2**62", "2**62", "0"),
        ("-", "3037000500", "3037000500", "0"),
        ("-", "-3037000500", "3037000499", "-6074000999"),
        ("-", "10**20", "-10**20", "200000000000000000000"),
        ("-", "-2**63", "0", "-9223372036854775808"),
        ("-", "2**63-1", "-(2**63-1)", "18446744073709551614"),
        ("-", "12", "-30", "42"),
        ("-", "-2**63", "2**63", "-18446744073709551616"),
        ("*", "2**63-1", "1", "9223372036854775807"),
        ("*", "-2**63", "-1", "9223372036854775808"),
        ("*", "-2**63", "1", "-9223372036854775808"),
        ("*", "2**62", "2**62", "21267647932558653966460912964485513216"),
        ("*", "3037000500", "3037000500", "9223372037000250000"),
        ("*", "-3037000500", "3037000499", "-9223372033963249500"),
        ("*", "10**20", "-10**20", "-10000000000000000000000000000000000000000"),
        ("*", "-2**63", "0", "0"),
        ("*", "2**63-1", "-(2**63-1)", "-85070591730234615847396907784232501249"),
        ("*", "12", "-30", "-360"),
        ("*", "-2**63", "2**63", "-85070591730234615865843651857942052864"),
        ("**", "2", "10", "1024"),
        ("**", "2", "62", "4611686018427387904"),
        ("**", "2", "63", "9223372036854775808"),
        ("**", "2", "64", "18446744073709551616"),
        ("**", "-2", "63", "-9223372036854775808"),
        ("**", "-2", "64", "18446744073709551616"),
        ("**", "3", "40", "12157665459056928801"),
        ("**", "3", "39", "4052555153018976267"),
        ("**", "10", "18", "1000000000000000000"),
        ("**", "10", "19", "10000000000000000000"),
        ("**", "0", "0", "1"),
        ("**", "0", "5", "0"),
        ("**", "1", "10**30", "1"),
        ("**", "-1", "10**30+1", "-1"),
        ("**", "-1", "10**30", "1"),
        ("**", "7", "0", "1"),
        ("**", "2", "-1", "0.5"),
        ("**", "-2", "-1", "-0.5"),
        ("**", "-2", "-2", "0.25"),
        ("**", "0", "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("**", "10", "-400", "0.0"),
        ("**", "10**400", "-1", "OverflowError: int too large to convert to float"),
        ("**", "7", "-3", "0.0029154518950437317"),
        ("**", "-10", "-3", "-0.001"),
        ("**", "2", "-1100", "0.0"),
        ("**", "1", "-5", "1.0"),
        ("**", "-1", "-(2**64)-1", "1.0"),
        ("**", "-3", "41", "-36472996377170786403"),
        ("**", "10**30", "3", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("**", "-2**63", "1", "-9223372036854775808"),
        ("**", "-2**63", "2", "85070591730234615865843651857942052864"),
        ("**", "2", "1000", "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376"),
        ("<<", "1", "62", "4611686018427387904"),
        ("<<", "1", "63", "9223372036854775808"),
        ("<<", "-1", "63", "-9223372036854775808"),
        ("<<", "-1", "64", "-18446744073709551616"),
        ("<<", "5", "0", "5"),
        ("<<", "0", "10**30", "0"),
        ("<<", "1", "-1", "ValueError: negative shift count"),
        ("<<", "0", "-1", "ValueError: negative shift count"),
        ("<<", "3", "100", "3802951800684688204490109616128"),
        ("<<", "-3", "100", "-3802951800684688204490109616128"),
        ("<<", "2**62", "1", "9223372036854775808"),
        ("<<", "-(2**62)", "1", "-9223372036854775808"),
        ("<<", "-(2**62)", "2", "-18446744073709551616"),
        ("<<", "10**30", "-5", "ValueError: negative shift count"),
        (">>", "5", "1", "2"),
        (">>", "-5", "1", "-3"),
        (">>", "-5", "64", "-1"),
        (">>", "-5", "10**30", "-1"),
        (">>", "5", "10**30", "0"),
        (">>", "2**70", "3", "147573952589676412928"),
        (">>", "-(2**70)", "3", "-147573952589676412928"),
        (">>", "-1", "1000", "-1"),
        (">>", "1", "-1", "ValueError: negative shift count"),
        (">>", "-2**63", "63", "-1"),
        (">>", "-2**63", "64", "-1"),
        (">>", "7", "0", "7"),
        (">>", "-(2**70)-1", "70", "-2"),
        (">>", "-(2**70)", "70", "-1"),
        ("&", "-1", "2**70", "1180591620717411303424"),
        ("&", "-(2**70)", "5", "0"),
        ("&", "-(2**70)", "-3", "-1180591620717411303424"),
        ("&", "-(2**70)", "2**70-1", "0"),
        ("&", "12", "10", "8"),
        ("&", "-12", "10", "0"),
        ("&", "-12", "-10", "-12"),
        ("&", "2**63-1", "-2**63", "0"),
        ("&", "-2**63", "-1", "-9223372036854775808"),
        ("&", "0", "-1", "0"),
        ("&", "-(3**90)", "-(5**60)", "-9578948623297141582434213551236778874080761"),
        ("|", "-1", "2**70", "-1"),
        ("|", "-(2**70)", "5", "-1180591620717411303419"),
        ("|", "-(2**70)", "-3", "-3"),
        ("|", "-(2**70)", "2**70-1", "-1"),
        ("|", "12", "10", "14"),
        ("|", "-12", "10", "-2"),
        ("|", "-12", "-10", "-10"),
        ("|", "2**63-1", "-2**63", "-1"),
        ("|", "-2**63", "-1", "-1"),
        ("|", "0", "-1", "-1"),
        ("|", "-(3**90)", "-(5**60)", "-16376682778974390663146168935901835101313"),
        ("^", "-1", "2**70", "-1180591620717411303425"),
        ("^", "-(2**70)", "5", "-1180591620717411303419"),
        ("^", "-(2**70)", "-3", "1180591620717411303421"),
        ("^", "-(2**70)", "2**70-1", "-1"),
        ("^", "12", "10", "6"),
        ("^", "-12", "10", "-2"),
        ("^", "-12", "-10", "2"),
        ("^", "2**63-1", "-2**63", "-1"),
        ("^", "-2**63", "-1", "9223372036854775807"),
        ("^", "0", "-1", "-1"),
        ("^", "-(3**90)", "-(5**60)", "9562571940518167191771067382300877038979448"),
    ];

    // Recorded from CPython 3.11: `~n`, `abs(n)`, `-n`, `n.bit_length()`,
    // `n.bit_count()`.
    #[rustfmt::skip]
    const UNARY: &[(&str, &str, &str, &str, u64, u64)] = &[
        ("0", "-1", "0", "0", 0, 0),
        ("1", "-2", "1", "-1", 1, 1),
        ("-1", "0", "1", "1", 1, 1),
        ("255", "-256", "255", "-255", 8, 8),
        ("-255", "254", "255", "255", 8, 8),
        ("2**63-1", "-9223372036854775808", "9223372036854775807", "-9223372036854775807", 63, 63),
        ("-2**63", "9223372036854775807", "9223372036854775808", "9223372036854775808", 64, 1),
        ("2**64", "-18446744073709551617", "18446744073709551616", "-18446744073709551616", 65, 1),
        ("-(2**64)", "18446744073709551615", "18446744073709551616", "18446744073709551616", 65, 1),
        ("10**30", "-1000000000000000000000000000001", "1000000000000000000000000000000", "-1000000000000000000000000000000", 100, 37),
        ("-(3**100)", "515377520732011331036461129765621272702107522000", "515377520732011331036461129765621272702107522001", "515377520732011331036461129765621272702107522001", 159, 85),
        ("2**1000-1", "-10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376", "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069375", "-10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069375", 1000, 1000),
    ];

    // Recorded from CPython 3.11: `pow(base, exp, modulus)`.
    #[rustfmt::skip]
    const POW_MOD: &[(&str, &str, &str, &str)] = &[
        ("2", "-1", "5", "3"),
        ("2", "-1", "4", "ValueError: base is not invertible for the given modulus"),
        ("2", "3", "0", "ValueError: pow() 3rd argument cannot be 0"),
        ("2", "-1", "0", "ValueError: pow() 3rd argument cannot be 0"),
        ("3", "2", "-5", "-1"),
        ("-3", "3", "-5", "-2"),
        ("2", "0", "1", "0"),
        ("2", "0", "-1", "0"),
        ("0", "-1", "1", "0"),
        ("3", "10**30", "7", "4"),
        ("3", "-10**30", "7", "2"),
        ("0", "0", "1", "0"),
        ("0", "0", "5", "1"),
        ("5", "0", "7", "1"),
        ("-5", "3", "7", "1"),
        ("4", "-1", "-7", "-5"),
        ("6", "-2", "-7", "-6"),
        ("2", "-1", "1", "0"),
        ("2", "-1", "-1", "0"),
        ("0", "-1", "5", "ValueError: base is not invertible for the given modulus"),
        ("-2**63", "3", "2**61-1", "2305843009213693887"),
        ("10**30", "10**30", "-(10**20+7)", "-59990289420460443439"),
        ("12", "-1", "18", "ValueError: base is not invertible for the given modulus"),
        ("-7", "-3", "10**30+1", "154518950437317784256559766764"),
    ];

    fn big_op(op: &str, a: &BigInt, b: &BigInt) -> NumResult<String> {
        Ok(match op {
            "+" => (a + b).to_string(),
            "-" => (a - b).to_string(),
            "*" => (a * b).to_string(),
            "//" => floor_div_big(a, b)?.to_string(),
            "%" => mod_big(a, b)?.to_string(),
            "divmod" => divmod_big(a, b).map(|(q, r)| format!("({q}, {r})"))?,
            "**" => match pow_big(a, b)? {
                IntPow::Int(n) => n.to_string(),
                IntPow::Float(x) => float_repr(x),
            },
            "<<" => lshift_big(a, b)?.to_string(),
            ">>" => rshift_big(a, b)?.to_string(),
            "&" => (a & b).to_string(),
            "|" => (a | b).to_string(),
            "^" => (a ^ b).to_string(),
            _ => unreachable!("unknown operator {op}"),
        })
    }

    /// The fast path's answer; `Ok(None)` when it defers to the big path.
    fn small_op(op: &str, a: i64, b: i64) -> NumResult<Option<String>> {
        let text = |n: Option<i64>| n.map(|n| n.to_string());
        Ok(match op {
            "+" => text(add_i64(a, b)),
            "-" => text(sub_i64(a, b)),
            "*" => text(mul_i64(a, b)),
            "//" => text(floor_div_i64(a, b)?),
            "%" => text(Some(mod_i64(a, b)?)),
            "divmod" => divmod_i64(a, b)?.map(|(q, r)| format!("({q}, {r})")),
            "**" => text(pow_i64(a, b)),
            "<<" => text(lshift_i64(a, b)?),
            ">>" => text(Some(rshift_i64(a, b)?)),
            "&" => text(Some(a & b)),
            "|" => text(Some(a | b)),
            "^" => text(Some(a ^ b)),
            _ => unreachable!("unknown operator {op}"),
        })
    }

    fn fits_i64(expected: &str) -> bool {
        match expected.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
            Some(pair) => pair.split(", ").all(|n| n.parse::<i64>().is_ok()),
            None => expected.parse::<i64>().is_ok(),
        }
    }

    #[test]
    fn binary_operators_match_cpython() {
        for &(op, a, b, expected) in BINARY {
            let (x, y) = (int(a), int(b));
            assert_eq!(show(big_op(op, &x, &y)), expected, "{a} {op} {b}");
            let (Ok(x), Ok(y)) = (i64::try_from(&x), i64::try_from(&y)) else { continue };
            match small_op(op, x, y) {
                Ok(Some(text)) => assert_eq!(text, expected, "{a} {op} {b} (i64)"),
                Err(error) => assert_eq!(show_err(&error), expected, "{a} {op} {b} (i64)"),
                Ok(None) => assert!(!fits_i64(expected), "{a} {op} {b} (i64) deferred needlessly"),
            }
        }
    }

    #[test]
    fn unary_operations_match_cpython() {
        for &(n, invert, abs, neg, bit_length, bit_count) in UNARY {
            let x = int(n);
            let got = [(!&x).to_string(), x.abs().to_string(), (-&x).to_string()];
            assert_eq!(got, [invert, abs, neg], "~, abs, - of {n}");
            assert_eq!((bit_length_big(&x), bit_count_big(&x)), (bit_length, bit_count), "bits of {n}");
            let Ok(small) = i64::try_from(&x) else { continue };
            assert_eq!(abs_i64(small).map_or(abs.to_owned(), |v| v.to_string()), abs, "abs({n}) (i64)");
            assert_eq!(neg_i64(small).map_or(neg.to_owned(), |v| v.to_string()), neg, "-{n} (i64)");
            assert_eq!((!small).to_string(), invert, "~{n} (i64)");
            assert_eq!((bit_length_i64(small), bit_count_i64(small)), (bit_length, bit_count), "bits of {n} (i64)");
        }
    }

    #[test]
    fn pow_mod_matches_cpython() {
        for &(base, exp, modulus, expected) in POW_MOD {
            let got = show(pow_mod(&int(base), &int(exp), &int(modulus)));
            assert_eq!(got, expected, "pow({base}, {exp}, {modulus})");
        }
    }

    #[test]
    fn impossible_sizes_raise_memory_error() {
        let memory = |result: NumResult<BigInt>| result.map_err(|e| e.kind);
        assert_eq!(memory(lshift_big(&int("1"), &int("2**40"))), Err(ExcKind::MemoryError));
        assert_eq!(memory(lshift_big(&int("1"), &int("2**100"))), Err(ExcKind::MemoryError));
        assert_eq!(lshift_big(&int("0"), &int("2**100")), Ok(int("0")));
        let pow = |base: &str, exp: &str| pow_big(&int(base), &int(exp)).map_err(|e| e.kind);
        assert_eq!(pow("2", "2**70"), Err(ExcKind::MemoryError));
        assert_eq!(pow("-3", "2**40"), Err(ExcKind::MemoryError));
        assert_eq!(pow("-1", "2**70+1"), Ok(IntPow::Int(int("-1"))));
    }
}
