//! Float arithmetic where Python differs from IEEE: `//` and `%` round
//! toward negative infinity and take the divisor's sign, division by zero
//! raises, and `**` raises on overflow or asks for a complex result.

use super::{NumError, NumResult};

/// `a / b`.
pub fn true_div_float(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a // b`.
pub fn floor_div_float(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b`: the result has the sign of `b` (`-0.0 % 1 == 0.0`).
pub fn mod_float(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    Ok(python_mod(a, b))
}

/// `divmod(a, b)`.
pub fn divmod_float(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(div_mod(a, b))
}

fn python_mod(a: f64, b: f64) -> f64 {
    remainder(a, b).0
}

// C's fmod (Rust's `%`) is exact and takes the dividend's sign; Python's
// remainder takes the divisor's, so a remainder of the wrong sign moves by
// one `b`. Also says whether it moved, which costs the quotient one.
fn remainder(a: f64, b: f64) -> (f64, bool) {
    let r = a % b;
    if r == 0.0 {
        (0.0f64.copysign(b), false)
    } else if (r < 0.0) != (b < 0.0) {
        (r + b, true)
    } else {
        (r, false)
    }
}

// The quotient comes from the exact remainder rather than from `a / b`,
// whose rounding could land on the wrong side of an integer; what rounding
// is left in `(a - r) / b` is removed by snapping to the nearest integer.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let (modulo, moved) = remainder(a, b);
    let mut div = (a - a % b) / b;
    if moved {
        div -= 1.0;
    }
    let floor_div = if div == 0.0 {
        // A zero quotient keeps the sign of the true quotient.
        0.0f64.copysign(a / b)
    } else {
        let floor = div.floor();
        if div - floor > 0.5 { floor + 1.0 } else { floor }
    };
    (floor_div, modulo)
}

/// `math.fmod(a, b)`: C's fmod (the sign of `a`), but a NaN made from
/// non-NaN operands is a domain error.
pub fn fmod(a: f64, b: f64) -> NumResult<f64> {
    // C's fmod already returns `a` here; CPython pins it down explicitly.
    if b.is_infinite() && a.is_finite() {
        return Ok(a);
    }
    let r = a % b;
    if r.is_nan() && !a.is_nan() && !b.is_nan() {
        return Err(NumError::value("math domain error"));
    }
    Ok(r)
}

/// `x.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// The result of float `**`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatPow {
    Float(f64),
    /// A negative base with a fractional exponent: Python answers with
    /// complex `**` on the same operands, which is the VM's to compute.
    Complex,
}

/// `base ** exp`, following C99's `pow` special cases as CPython does, with
/// its errors: `0.0 ** -1` raises ZeroDivisionError, overflow raises
/// `OverflowError(34, 'Numerical result out of range')`, underflow is 0.
pub fn pow_float(base: f64, exp: f64) -> NumResult<FloatPow> {
    use FloatPow::Float;
    // x ** 0 is 1 even for NaN; 1 ** y is 1 even for NaN.
    if exp == 0.0 || base == 1.0 {
        return Ok(Float(1.0));
    }
    if base.is_nan() || exp.is_nan() {
        return Ok(Float(f64::NAN));
    }
    if exp.is_infinite() {
        return Ok(Float(pow_infinite_exponent(base.abs(), exp)));
    }
    let odd = is_odd_integer(exp);
    if base.is_infinite() || base == 0.0 {
        return pow_zero_or_infinite_base(base, exp, odd).map(Float);
    }
    if base < 0.0 && exp.fract() != 0.0 {
        return Ok(FloatPow::Complex);
    }
    let magnitude = base.abs().powf(exp);
    if magnitude.is_infinite() {
        return Err(NumError::range());
    }
    Ok(Float(if base < 0.0 && odd { -magnitude } else { magnitude }))
}

fn pow_infinite_exponent(magnitude: f64, exp: f64) -> f64 {
    if magnitude == 1.0 {
        1.0
    } else if (exp > 0.0) == (magnitude > 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

// ±0 and ±inf are reciprocals: a positive exponent keeps the magnitude, a
// negative one flips it; the sign survives only odd integer exponents.
fn pow_zero_or_infinite_base(base: f64, exp: f64, odd: bool) -> NumResult<f64> {
    if base == 0.0 && exp < 0.0 {
        return Err(NumError::zero_division("0.0 cannot be raised to a negative power"));
    }
    let magnitude = if (exp > 0.0) == base.is_infinite() { f64::INFINITY } else { 0.0 };
    Ok(if odd { magnitude.copysign(base) } else { magnitude })
}

fn is_odd_integer(x: f64) -> bool {
    (x % 2.0).abs() == 1.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::testutil::{float, show, show_err, show_float};
    use weft_bytecode::repr::float_repr;

    // Recorded from CPython 3.11: `repr(op(a, b))` for `/ // % divmod`
    // and `math.fmod`.
    #[rustfmt::skip]
    const BINARY: &[(&str, &str, &str, &str)] = &[
        ("/", "7.5", "2.0", "3.75"),
        ("/", "-7.5", "2.0", "-3.75"),
        ("/", "7.5", "-2.0", "-3.75"),
        ("/", "-7.5", "-2.0", "3.75"),
        ("/", "0.0", "1.0", "0.0"),
        ("/", "-0.0", "1.0", "-0.0"),
        ("/", "0.0", "-1.0", "-0.0"),
        ("/", "-0.0", "-1.0", "0.0"),
        ("/", "1.0", "0.0", "ZeroDivisionError: float division by zero"),
        ("/", "-0.0", "0.0", "ZeroDivisionError: float division by zero"),
        ("/", "inf", "1.0", "inf"),
        ("/", "1.0", "inf", "0.0"),
        ("/", "-1.0", "inf", "-0.0"),
        ("/", "1.0", "-inf", "-0.0"),
        ("/", "-1.0", "-inf", "0.0"),
        ("/", "inf", "inf", "nan"),
        ("/", "nan", "1.0", "nan"),
        ("/", "1.0", "nan", "nan"),
        ("/", "nan", "0.0", "ZeroDivisionError: float division by zero"),
        ("/", "1e+300", "1e-300", "inf"),
        ("/", "-1e-300", "1e+300", "-0.0"),
        ("/", "1e-300", "1e+300", "0.0"),
        ("/", "3.0", "0.1", "30.0"),
        ("/", "7.0", "0.5", "14.0"),
        ("/", "-0.0", "-inf", "0.0"),
        ("/", "1e+308", "1e-308", "inf"),
        ("/", "5e-324", "-1.0", "-5e-324"),
        ("/", "-5e-324", "1.0", "-5e-324"),
        ("/", "6.0", "3.0", "2.0"),
        ("/", "-6.0", "3.0", "-2.0"),
        ("/", "0.7", "0.1", "6.999999999999999"),
        ("/", "-inf", "3.0", "-inf"),
        ("//", "7.5", "2.0", "3.0"),
        ("//", "-7.5", "2.0", "-4.0"),
        ("//", "7.5", "-2.0", "-4.0"),
        ("//", "-7.5", "-2.0", "3.0"),
        ("//", "0.0", "1.0", "0.0"),
        ("//", "-0.0", "1.0", "-0.0"),
        ("//", "0.0", "-1.0", "-0.0"),
        ("//", "-0.0", "-1.0", "0.0"),
        ("//", "1.0", "0.0", "ZeroDivisionError: float floor division by zero"),
        ("//", "-0.0", "0.0", "ZeroDivisionError: float floor division by zero"),
        ("//", "inf", "1.0", "nan"),
        ("//", "1.0", "inf", "0.0"),
        ("//", "-1.0", "inf", "-1.0"),
        ("//", "1.0", "-inf", "-1.0"),
        ("//", "-1.0", "-inf", "0.0"),
        ("//", "inf", "inf", "nan"),
        ("//", "nan", "1.0", "nan"),
        ("//", "1.0", "nan", "nan"),
        ("//", "nan", "0.0", "ZeroDivisionError: float floor division by zero"),
        ("//", "1e+300", "1e-300", "inf"),
        ("//", "-1e-300", "1e+300", "-1.0"),
        ("//", "1e-300", "1e+300", "0.0"),
        ("//", "3.0", "0.1", "29.0"),
        ("//", "7.0", "0.5", "14.0"),
        ("//", "-0.0", "-inf", "0.0"),
        ("//", "1e+308", "1e-308", "inf"),
        ("//", "5e-324", "-1.0", "-1.0"),
        ("//", "-5e-324", "1.0", "-1.0"),
        ("//", "6.0", "3.0", "2.0"),
        ("//", "-6.0", "3.0", "-2.0"),
        ("//", "0.7", "0.1", "6.0"),
        ("//", "-inf", "3.0", "nan"),
        ("%", "7.5", "2.0", "1.5"),
        ("%", "-7.5", "2.0", "0.5"),
        ("%", "7.5", "-2.0", "-0.5"),
        ("%", "-7.5", "-2.0", "-1.5"),
        ("%", "0.0", "1.0", "0.0"),
        ("%", "-0.0", "1.0", "0.0"),
        ("%", "0.0", "-1.0", "-0.0"),
        ("%", "-0.0", "-1.0", "-0.0"),
        ("%", "1.0", "0.0", "ZeroDivisionError: float modulo"),
        ("%", "-0.0", "0.0", "ZeroDivisionError: float modulo"),
        ("%", "inf", "1.0", "nan"),
        ("%", "1.0", "inf", "1.0"),
        ("%", "-1.0", "inf", "inf"),
        ("%", "1.0", "-inf", "-inf"),
        ("%", "-1.0", "-inf", "-1.0"),
        ("%", "inf", "inf", "nan"),
        ("%", "nan", "1.0", "nan"),
        ("%", "1.0", "nan", "nan"),
        ("%", "nan", "0.0", "ZeroDivisionError: float modulo"),
        ("%", "1e+300", "1e-300", "4.891554850853602e-301"),
        ("%", "-1e-300", "1e+300", "1e+300"),
        ("%", "1e-300", "1e+300", "1e-300"),
        ("%", "3.0", "0.1", "0.09999999999999984"),
        ("%", "7.0", "0.5", "0.0"),
        ("%", "-0.0", "-inf", "-0.0"),
        ("%", "1e+308", "1e-308", "3.498445546245627e-309"),
        ("%", "5e-324", "-1.0", "-1.0"),
        ("%", "-5e-324", "1.0", "1.0"),
        ("%", "6.0", "3.0", "0.0"),
        ("%", "-6.0", "3.0", "0.0"),
        ("%", "0.7", "0.1", "0.09999999999999992"),
        ("%", "-inf", "3.0", "nan"),
        ("divmod", "7.5", "2.0", "(3.0, 1.5)"),
        ("divmod", "-7.5", "2.0", "(-4.0, 0.5)"),
        ("divmod", "7.5", "-2.0", "(-4.0, -0.5)"),
        ("divmod", "-7.5", "-2.0", "(3.0, -1.5)"),
        ("divmod", "0.0", "1.0", "(0.0, 0.0)"),
        ("divmod", "-0.0", "1.0", "(-0.0, 0.0)"),
        ("divmod", "0.0", "-1.0", "(-0.0, -0.0)"),
        ("divmod", "-0.0", "-1.0", "(0.0, -0.0)"),
        ("divmod", "1.0", "0.0", "ZeroDivisionError: float divmod()"),
        ("divmod", "-0.0", "0.0", "ZeroDivisionError: float divmod()"),
        ("divmod", "inf", "1.0", "(nan, nan)"),
        ("divmod", "1.0", "inf", "(0.0, 1.0)"),
        ("divmod", "-1.0", "inf", "(-1.0, inf)"),
        ("divmod", "1.0", "-inf", "(-1.0, -inf)"),
        ("divmod", "-1.0", "-inf", "(0.0, -1.0)"),
        ("divmod", "inf", "inf", "(nan, nan)"),
        ("divmod", "nan", "1.0", "(nan, nan)"),
        ("divmod", "1.0", "nan", "(nan, nan)"),
        ("divmod", "nan", "0.0", "ZeroDivisionError: float divmod()"),
        ("divmod", "1e+300", "1e-300", "(inf, 4.891554850853602e-301)"),
        ("divmod", "-1e-300", "1e+300", "(-1.0, 1e+300)"),
        ("divmod", "1e-300", "1e+300", "(0.0, 1e-300)"),
        ("divmod", "3.0", "0.1", "(29.0, 0.09999999999999984)"),
        ("divmod", "7.0", "0.5", "(14.0, 0.0)"),
        ("divmod", "-0.0", "-inf", "(0.0, -0.0)"),
        ("divmod", "1e+308", "1e-308", "(inf, 3.498445546245627e-309)"),
        ("divmod", "5e-324", "-1.0", "(-1.0, -1.0)"),
        ("divmod", "-5e-324", "1.0", "(-1.0, 1.0)"),
        ("divmod", "6.0", "3.0", "(2.0, 0.0)"),
        ("divmod", "-6.0", "3.0", "(-2.0, 0.0)"),
        ("divmod", "0.7", "0.1", "(6.0, 0.09999999999999992)"),
        ("divmod", "-inf", "3.0", "(nan, nan)"),
        ("fmod", "7.5", "2.0", "1.5"),
        ("fmod", "-7.5", "2.0", "-1.5"),
        ("fmod", "7.5", "-2.0", "1.5"),
        ("fmod", "-7.5", "-2.0", "-1.5"),
        ("fmod", "0.0", "1.0", "0.0"),
        ("fmod", "-0.0", "1.0", "-0.0"),
        ("fmod", "0.0", "-1.0", "0.0"),
        ("fmod", "-0.0", "-1.0", "-0.0"),
        ("fmod", "1.0", "0.0", "ValueError: math domain error"),
        ("fmod", "-0.0", "0.0", "ValueError: math domain error"),
        ("fmod", "inf", "1.0", "ValueError: math domain error"),
        ("fmod", "1.0", "inf", "1.0"),
        ("fmod", "-1.0", "inf", "-1.0"),
        ("fmod", "1.0", "-inf", "1.0"),
        ("fmod", "-1.0", "-inf", "-1.0"),
        ("fmod", "inf", "inf", "ValueError: math domain error"),
        ("fmod", "nan", "1.0", "nan"),
        ("fmod", "1.0", "nan", "nan"),
        ("fmod", "nan", "0.0", "nan"),
        ("fmod", "1e+300", "1e-300", "4.891554850853602e-301"),
        ("fmod", "-1e-300", "1e+300", "-1e-300"),
        ("fmod", "1e-300", "1e+300", "1e-300"),
        ("fmod", "3.0", "0.1", "0.09999999999999984"),
        ("fmod", "7.0", "0.5", "0.0"),
        ("fmod", "-0.0", "-inf", "-0.0"),
        ("fmod", "1e+308", "1e-308", "3.498445546245627e-309"),
        ("fmod", "5e-324", "-1.0", "5e-324"),
        ("fmod", "-5e-324", "1.0", "-5e-324"),
        ("fmod", "6.0", "3.0", "0.0"),
        ("fmod", "-6.0", "3.0", "-0.0"),
        ("fmod", "0.7", "0.1", "0.09999999999999992"),
        ("fmod", "-inf", "3.0", "ValueError: math domain error"),
    ];

    // Recorded from CPython 3.11: `repr(a ** b)`; "complex" where Python
    // returns a complex.
    #[rustfmt::skip]
    const POW: &[(&str, &str, &str)] = &[
        ("-8.0", "0.3333333333333333", "complex"),
        ("2.0", "10000.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("-2.0", "10001.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("0.0", "-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("-0.0", "-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("-0.0", "-2.5", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("-0.0", "3.0", "-0.0"),
        ("-0.0", "0.5", "0.0"),
        ("0.0", "0.0", "1.0"),
        ("nan", "0.0", "1.0"),
        ("1.0", "nan", "1.0"),
        ("nan", "1.0", "nan"),
        ("-1.0", "inf", "1.0"),
        ("-1.5", "-inf", "0.0"),
        ("0.5", "inf", "0.0"),
        ("0.5", "-inf", "inf"),
        ("2.0", "-inf", "0.0"),
        ("-2.0", "inf", "inf"),
        ("-8.0", "0.3333333333333333", "complex"),
        ("-2.0", "-1.0", "-0.5"),
        ("-2.0", "1.5", "complex"),
        ("-inf", "3.0", "-inf"),
        ("-inf", "-3.0", "-0.0"),
        ("-inf", "2.5", "inf"),
        ("-inf", "-2.5", "0.0"),
        ("inf", "-0.5", "0.0"),
        ("1e-300", "20.0", "0.0"),
        ("-1e-300", "21.0", "-0.0"),
        ("-10.0", "309.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("1e+308", "-0.5", "1e-154"),
        ("2.0", "0.5", "1.4142135623730951"),
        ("10.0", "-2.0", "0.01"),
        ("-1.0", "1e+300", "1.0"),
        ("-1.0", "3.0", "-1.0"),
        ("-1.0", "2.5", "complex"),
        ("1.0000001", "10000000000.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("0.9999999", "10000000000.0", "0.0"),
        ("2.0", "1023.0", "8.98846567431158e+307"),
        ("2.0", "1024.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("2.0", "-1074.0", "5e-324"),
        ("2.0", "-1075.0", "0.0"),
        ("-2.0", "-1075.0", "-0.0"),
        ("-2.0", "-1074.0", "5e-324"),
        ("1.5", "2.5", "2.7556759606310752"),
        ("-1.5", "2.0", "2.25"),
        ("-1.5", "3.0", "-3.375"),
        ("9.0", "0.5", "3.0"),
        ("-5e-324", "0.5", "complex"),
        ("-5e-324", "2.0", "0.0"),
        ("-5e-324", "-1.0", "OverflowError: (34, 'Numerical result out of range')"),
    ];

    fn apply(op: &str, a: f64, b: f64) -> String {
        match op {
            "/" => show_float(true_div_float(a, b)),
            "//" => show_float(floor_div_float(a, b)),
            "%" => show_float(mod_float(a, b)),
            "fmod" => show_float(fmod(a, b)),
            "divmod" => show(divmod_float(a, b).map(|(q, r)| format!("({}, {})", float_repr(q), float_repr(r)))),
            _ => unreachable!("unknown operator {op}"),
        }
    }

    #[test]
    fn binary_operators_match_cpython() {
        for &(op, a, b, expected) in BINARY {
            assert_eq!(apply(op, float(a), float(b)), expected, "{op}({a}, {b})");
        }
    }

    #[test]
    fn pow_matches_cpython() {
        for &(a, b, expected) in POW {
            let got = match pow_float(float(a), float(b)) {
                Ok(FloatPow::Float(value)) => float_repr(value),
                Ok(FloatPow::Complex) => "complex".to_owned(),
                Err(error) => show_err(&error),
            };
            assert_eq!(got, expected, "{a} ** {b}");
        }
    }

    #[test]
    fn zero_remainders_take_the_divisor_sign() {
        assert!(mod_float(-0.0, 1.0).unwrap().is_sign_positive());
        assert!(mod_float(0.0, -1.0).unwrap().is_sign_negative());
        assert!(floor_div_float(-0.0, 1.0).unwrap().is_sign_negative());
        assert!(fmod(-0.0, 1.0).unwrap().is_sign_negative());
    }

    #[test]
    fn is_integer_matches_cpython() {
        assert!(is_integer(1e300) && is_integer(-0.0) && is_integer(3.0));
        assert!(!is_integer(0.5) && !is_integer(f64::INFINITY) && !is_integer(f64::NAN));
    }
}
