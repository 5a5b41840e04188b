//! `int.to_bytes` and `int.from_bytes`: fixed-width two's complement (when
//! signed) or unsigned binary, in either byte order.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, Zero};

use super::{MAX_INT_BITS, NumError, NumResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteOrder {
    Big,
    Little,
}

impl ByteOrder {
    /// The `byteorder` argument: `'big'` or `'little'`.
    pub fn parse(text: &str) -> NumResult<ByteOrder> {
        match text {
            "big" => Ok(ByteOrder::Big),
            "little" => Ok(ByteOrder::Little),
            _ => Err(NumError::value("byteorder must be either 'little' or 'big'")),
        }
    }
}

/// `n.to_bytes(length, byteorder, signed=signed)`. CPython checks the
/// byteorder first, so parse it ([`ByteOrder::parse`]) before calling.
pub fn to_bytes(n: &BigInt, length: i64, order: ByteOrder, signed: bool) -> NumResult<Vec<u8>> {
    let length = usize::try_from(length).map_err(|_| NumError::value("length argument must be non-negative"))?;
    if length as u64 > MAX_INT_BITS / 8 {
        return Err(NumError::memory());
    }
    if n.is_negative() && !signed {
        return Err(NumError::overflow("can't convert negative int to unsigned"));
    }
    if significant_bytes(n, signed) > length {
        return Err(NumError::overflow("int too big to convert"));
    }
    // Two's complement in `length` bytes is n modulo 2^(8 * length).
    let encoded = if n.is_negative() { (BigInt::from(1) << (8 * length) as u64) + n } else { n.clone() };
    let mut bytes = encoded.magnitude().to_bytes_le();
    if encoded.is_zero() {
        bytes.clear(); // BigUint writes zero as one zero byte.
    }
    bytes.resize(length, 0);
    if order == ByteOrder::Big {
        bytes.reverse();
    }
    Ok(bytes)
}

// The bytes needed to hold n. Signed storage needs room for a sign bit
// beyond the value bits of n, or of !n (= -n - 1) when n is negative; 0 and
// -1 are all sign and fit even in zero bytes, as in CPython.
fn significant_bytes(n: &BigInt, signed: bool) -> usize {
    if !signed {
        return n.bits().div_ceil(8) as usize;
    }
    let value_bits = if n.is_negative() { (-n - 1u32).bits() } else { n.bits() };
    if value_bits == 0 { 0 } else { (value_bits / 8 + 1) as usize }
}

/// `int.from_bytes(data, byteorder, signed=signed)`.
pub fn from_bytes(data: &[u8], order: ByteOrder, signed: bool) -> BigInt {
    match (order, signed) {
        (ByteOrder::Big, true) => BigInt::from_signed_bytes_be(data),
        (ByteOrder::Little, true) => BigInt::from_signed_bytes_le(data),
        (ByteOrder::Big, false) => BigInt::from_biguint(Sign::Plus, BigUint::from_bytes_be(data)),
        (ByteOrder::Little, false) => BigInt::from_biguint(Sign::Plus, BigUint::from_bytes_le(data)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{int, show};
    use weft_bytecode::repr::bytes_repr;

    // Recorded from CPython 3.11: `n.to_bytes(length, order, signed=signed)`,
    // and `int.from_bytes` of the result.
    #[rustfmt::skip]
    const TO_BYTES: &[(&str, i64, &str, bool, &str)] = &[
        ("5", 0, "big", false, "OverflowError: int too big to convert"),
        ("-1", 1, "big", false, "OverflowError: can't convert negative int to unsigned"),
        ("-1", 1, "big", true, "b'\\xff'"),
        ("256", 1, "big", false, "OverflowError: int too big to convert"),
        ("255", 1, "big", false, "b'\\xff'"),
        ("128", 1, "big", true, "OverflowError: int too big to convert"),
        ("127", 1, "big", true, "b'\\x7f'"),
        ("-128", 1, "big", true, "b'\\x80'"),
        ("-129", 1, "big", true, "OverflowError: int too big to convert"),
        ("0", 0, "big", false, "b''"),
        ("0", 0, "big", true, "b''"),
        ("-1", 0, "big", true, "b''"),
        ("-2", 0, "big", true, "OverflowError: int too big to convert"),
        ("1", 0, "big", true, "OverflowError: int too big to convert"),
        ("1", -1, "big", false, "ValueError: length argument must be non-negative"),
        ("2**64", 9, "little", false, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01'"),
        ("-2**63", 8, "big", true, "b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
        ("2**63", 8, "big", true, "OverflowError: int too big to convert"),
        ("2**63", 8, "big", false, "b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
        ("-256", 2, "little", true, "b'\\x00\\xff'"),
        ("-256", 1, "little", true, "OverflowError: int too big to convert"),
        ("-257", 2, "big", true, "b'\\xfe\\xff'"),
        ("1", 4, "big", false, "b'\\x00\\x00\\x00\\x01'"),
        ("1", 4, "little", false, "b'\\x01\\x00\\x00\\x00'"),
        ("-1", 4, "little", true, "b'\\xff\\xff\\xff\\xff'"),
        ("-(2**70)", 9, "big", true, "b'\\xc0\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
        ("-(2**71)", 9, "big", true, "b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
        ("-(2**71)-1", 9, "big", true, "OverflowError: int too big to convert"),
        ("2**71-1", 9, "big", true, "b'\\x7f\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'"),
        ("2**71", 9, "big", true, "OverflowError: int too big to convert"),
        ("4328719365", 5, "little", false, "b'\\x05\\x04\\x03\\x02\\x01'"),
        ("0", 3, "big", true, "b'\\x00\\x00\\x00'"),
    ];

    #[test]
    fn to_bytes_matches_cpython() {
        for &(n, length, order, signed, expected) in TO_BYTES {
            let order = ByteOrder::parse(order).unwrap();
            let result = to_bytes(&int(n), length, order, signed);
            assert_eq!(
                show(result.clone().map(|b| bytes_repr(&b))),
                expected,
                "{n}.to_bytes({length}, {order:?}, {signed})"
            );
            // Zero bytes hold -1 as well as 0, and read back as 0.
            if let Some(bytes) = result.ok().filter(|bytes| !bytes.is_empty()) {
                assert_eq!(from_bytes(&bytes, order, signed), int(n), "round trip of {n}");
            }
        }
    }

    #[test]
    fn from_bytes_matches_cpython() {
        assert_eq!(from_bytes(b"\xff\x00", ByteOrder::Little, true), int("255"));
        assert_eq!(from_bytes(b"\x80", ByteOrder::Big, true), int("-128"));
        assert_eq!(from_bytes(b"\x00\x80", ByteOrder::Little, true), int("-32768"));
        assert_eq!(from_bytes(b"\x01\x00", ByteOrder::Little, false), int("1"));
        assert_eq!(from_bytes(b"", ByteOrder::Big, true), int("0"));
        assert_eq!(from_bytes(b"\xff\xff", ByteOrder::Big, false), int("65535"));
    }

    #[test]
    fn impossible_lengths_raise_memory_error() {
        let error = to_bytes(&int("1"), 1 << 40, ByteOrder::Big, false).unwrap_err();
        assert_eq!(error.kind, crate::numeric::ExcKind::MemoryError);
    }

    #[test]
    fn byteorder_must_be_big_or_little() {
        let error = ByteOrder::parse("mid").unwrap_err();
        assert_eq!(error.message, "byteorder must be either 'little' or 'big'");
    }
}
