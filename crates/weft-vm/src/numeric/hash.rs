//! Python's numeric hash (`sys.hash_info` on 64-bit CPython): a number's
//! hash is its value reduced modulo the prime 2**61 - 1, so equal numbers
//! hash equally whatever their type (`hash(1) == hash(1.0)`,
//! `hash(0.5) == hash(Fraction(1, 2))`). -1 is reserved for errors in
//! CPython's C API and becomes -2.

use num_bigint::{BigInt, Sign};

use super::convert::decompose;

/// `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`: the hash of `inf`; `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;
const HASH_BITS: u32 = 61;

/// `hash(n)` for an int that fits in `i64`.
pub fn hash_i64(n: i64) -> i64 {
    signed_hash(n < 0, n.unsigned_abs() % HASH_MODULUS)
}

/// `hash(n)` for any int.
pub fn hash_int(n: &BigInt) -> i64 {
    // Horner's rule over the 64-bit digits, most significant first.
    let residue = n
        .magnitude()
        .iter_u64_digits()
        .rev()
        .fold(0u64, |acc, digit| (((u128::from(acc) << 64) | u128::from(digit)) % u128::from(HASH_MODULUS)) as u64);
    signed_hash(n.sign() == Sign::Minus, residue)
}

/// `hash(x)` for a float; `None` for NaN, which since Python 3.10 hashes by
/// object identity (the VM's `object.__hash__`).
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // |x| = m * 2^e exactly. Because 2^61 ≡ 1 modulo 2^61 - 1, multiplying by
    // 2^e, even for negative e, is multiplying by 2^(e mod 61).
    let (mantissa, exponent) = decompose(x);
    let power = exponent.rem_euclid(HASH_BITS as i32) as u32;
    let residue = (u128::from(mantissa % HASH_MODULUS) << power) % u128::from(HASH_MODULUS);
    Some(signed_hash(x < 0.0, residue as u64))
}

fn signed_hash(negative: bool, residue: u64) -> i64 {
    let hash = if negative { -(residue as i64) } else { residue as i64 };
    if hash == -1 { -2 } else { hash }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{float, int};

    // Recorded from CPython 3.11: `hash(n)`.
    #[rustfmt::skip]
    const INT_HASHES: &[(&str, i64)] = &[
        ("0", 0),
        ("1", 1),
        ("-1", -2),
        ("-2", -2),
        ("2**61-1", 0),
        ("2**61", 1),
        ("-2**61", -2),
        ("2**61-2", 2305843009213693950),
        ("-(2**61-1)", 0),
        ("-(2**61)+2", -2305843009213693950),
        ("-2**61+1", 0),
        ("2**63", 4),
        ("-2**63", -4),
        ("2**63-1", 3),
        ("10**30", 465258685558744706),
        ("-10**30", -465258685558744706),
        ("2**64-1", 7),
        ("2**122-1", 0),
        ("(2**61-1)*(2**61-1)-1", 2305843009213693950),
        ("-(2**61-1)*5-1", -2),
        ("3**500", 726568384993072390),
        ("-(7**300)", -342988629637882718),
        ("9291373606437454211835160388532872870204472592003133505936592141032083438380", 237355333824098577),
        ("-151604676194424986147467642413468516212588738939594845475466851288078109909", -108267987252982952),
        ("26557834991960824298831585307975254957790639391854170832318685756010751481079857736839191995494671", 876034275319006651),
        ("-25883826905911508956", -519553804560875495),
        ("384798809208579924439798855741880054971525994520635078813974362282596824035983469885502230572810574108536509473937", 1307585051559384912),
        ("-2114455543320979657783398681058209793926561139109399425503745513713889528411975435420991734974093251660658538", -1838238625660856564),
        ("5428195021195", 5428195021195),
        ("82917457376190323402970091192722694594155685880093613819219896339", 1537771452874284042),
    ];

    // Recorded from CPython 3.11: `hash(x)`.
    #[rustfmt::skip]
    const FLOAT_HASHES: &[(&str, i64)] = &[
        ("0.0", 0),
        ("-0.0", 0),
        ("1.0", 1),
        ("-1.0", -2),
        ("0.5", 1152921504606846976),
        ("-1.5", -1152921504606846977),
        ("1e+300", 1224995262755759164),
        ("1e-300", 482449582752280463),
        ("1.5e-300", 1876877353711978326),
        ("5e-324", 16777216),
        ("1.7976931348623157e+308", 2234066890152476671),
        ("3.14", 322818021289917443),
        ("-2.305843009213694e+18", -2),
        ("2.305843009213694e+18", 1),
        ("1.152921504606847e+18", 1152921504606846976),
        ("4.611686018427388e+18", 2),
        ("inf", 314159),
        ("-inf", -314159),
        ("123456789.125", 288230376275168533),
        ("4.336808689942018e-19", 1),
        ("2.168404344971009e-19", 1152921504606846976),
        ("-8.673617379884035e-19", -2),
        ("-7.701650765338189e+61", -43241917573487328),
        ("2.336766023618273e-269", 200032082421006995),
        ("6.531710101302049e-27", 16712611470722908),
        ("-1.5492482643682991e+106", -1585504737726000037),
        ("-6.101142594965321e-228", -554928234417143306),
        ("-2.1327387550008782e-197", -1765946743725436992),
        ("87544625529858.6", 1369181831346160642),
        ("2.9888210428834162e+116", 565496780446128001),
        ("-9.406353092671009e+76", -875041243274415359),
        ("4.7360188072664796e+81", 557481669947052264),
    ];

    #[test]
    fn int_hashes_match_cpython() {
        for &(n, expected) in INT_HASHES {
            let n = int(n);
            assert_eq!(hash_int(&n), expected, "hash({n})");
            if let Ok(small) = i64::try_from(&n) {
                assert_eq!(hash_i64(small), expected, "hash({n}) (i64)");
            }
        }
    }

    #[test]
    fn float_hashes_match_cpython() {
        for &(x, expected) in FLOAT_HASHES {
            assert_eq!(hash_float(float(x)), Some(expected), "hash({x})");
        }
        assert_eq!(hash_float(f64::NAN), None);
    }

    #[test]
    fn equal_numbers_hash_equally() {
        for n in [0i64, 1, -1, 2, -2, 1 << 52, -(1 << 60), 1 << 62, i64::MIN] {
            assert_eq!(hash_float(n as f64), Some(hash_i64(n)), "hash({n}.0)");
        }
        assert_eq!(hash_float(1e300), Some(hash_int(&crate::numeric::convert::float_to_int(1e300).unwrap())));
    }
}
