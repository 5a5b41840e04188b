//! `math`: the functions of C's libm with Python's errors ("math domain
//! error", "math range error"), and the integer functions (`factorial`,
//! `gcd`, `isqrt`, `comb`, …) on arbitrary-precision ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use weft_runtime::Runtime;

use crate::builtins::{arity, define, real_to_float};
use crate::object::Obj;
use crate::ops::{dict, number};
use crate::protocols::{self, type_name};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let _ = dict::set_item(vm, namespace, vm.new_str(name), Value::Float(value));
    }
    macro_rules! unary {
        ($($name:literal => $function:expr),* $(,)?) => {
            $(define(vm, namespace, $name, |vm, args| float_function(vm, args, $name, $function));)*
        };
    }
    unary! {
        "sqrt" => |x: f64| if x < 0.0 { None } else { Some(x.sqrt()) },
        "exp" => |x: f64| Some(x.exp()),
        "log2" => |x: f64| if x <= 0.0 { None } else { Some(x.log2()) },
        "log10" => |x: f64| if x <= 0.0 { None } else { Some(x.log10()) },
        "log1p" => |x: f64| if x <= -1.0 { None } else { Some(x.ln_1p()) },
        "expm1" => |x: f64| Some(x.exp_m1()),
        "sin" => |x: f64| if x.is_infinite() { None } else { Some(x.sin()) },
        "cos" => |x: f64| if x.is_infinite() { None } else { Some(x.cos()) },
        "tan" => |x: f64| if x.is_infinite() { None } else { Some(x.tan()) },
        "asin" => |x: f64| if x.abs() > 1.0 { None } else { Some(x.asin()) },
        "acos" => |x: f64| if x.abs() > 1.0 { None } else { Some(x.acos()) },
        "atan" => |x: f64| Some(x.atan()),
        "sinh" => |x: f64| Some(x.sinh()),
        "cosh" => |x: f64| Some(x.cosh()),
        "tanh" => |x: f64| Some(x.tanh()),
        "asinh" => |x: f64| Some(x.asinh()),
        "acosh" => |x: f64| if x < 1.0 { None } else { Some(x.acosh()) },
        "atanh" => |x: f64| if x.abs() >= 1.0 { None } else { Some(x.atanh()) },
        "fabs" => |x: f64| Some(x.abs()),
        "degrees" => |x: f64| Some(x.to_degrees()),
        "radians" => |x: f64| Some(x.to_radians()),
        // erf and erfc come from the `libm` crate (fdlibm's
        // algorithms, as glibc's are), so they agree with CPython's digits;
        // gamma and lgamma are CPython's own Lanczos scheme (`gamma.rs`).
        "erf" => |x: f64| Some(libm::erf(x)),
        "erfc" => |x: f64| Some(libm::erfc(x)),
        "gamma" => super::gamma::gamma,
        "lgamma" => super::gamma::lgamma,
        "cbrt" => |x: f64| Some(c_cbrt(x)),
        "exp2" => |x: f64| Some(x.exp2()),
        "ulp" => |x: f64| Some(ulp(x)),
    }
    define(vm, namespace, "nextafter", |vm, args| {
        arity(vm, "nextafter", &args, 2, 2)?;
        let (x, y) = (real_to_float(vm, args.at(vm, 0)?)?, real_to_float(vm, args.at(vm, 1)?)?);
        Ok(Value::Float(libm::nextafter(x, y)))
    });
    define(vm, namespace, "remainder", |vm, args| {
        arity(vm, "remainder", &args, 2, 2)?;
        let (x, y) = (real_to_float(vm, args.at(vm, 0)?)?, real_to_float(vm, args.at(vm, 1)?)?);
        if x.is_infinite() && !y.is_nan() || y == 0.0 && !x.is_nan() {
            return Err(domain_error(vm));
        }
        Ok(Value::Float(libm::remainder(x, y)))
    });
    define(vm, namespace, "log", |vm, args| {
        arity(vm, "log", &args, 1, 2)?;
        let x = log_of(vm, args.at(vm, 0)?)?;
        match args.positional.get(1) {
            None => Ok(Value::Float(x)),
            Some(base) => {
                let base = log_of(vm, base)?;
                if base == 0.0 {
                    return Err(vm.zero_division_error("float division by zero"));
                }
                Ok(Value::Float(x / base))
            }
        }
    });
    define(vm, namespace, "pow", |vm, args| {
        arity(vm, "pow", &args, 2, 2)?;
        let (x, y) = (real_to_float(vm, args.at(vm, 0)?)?, real_to_float(vm, args.at(vm, 1)?)?);
        if x == 0.0 && y < 0.0 || (x < 0.0 && y.fract() != 0.0 && y.is_finite()) {
            return Err(domain_error(vm));
        }
        checked(vm, x.powf(y), x.is_finite() && y.is_finite())
    });
    define(vm, namespace, "atan2", |vm, args| {
        arity(vm, "atan2", &args, 2, 2)?;
        Ok(Value::Float(real_to_float(vm, args.at(vm, 0)?)?.atan2(real_to_float(vm, args.at(vm, 1)?)?)))
    });
    define(vm, namespace, "hypot", |vm, args| {
        let mut total = 0.0f64;
        for value in &args.positional {
            total = total.hypot(real_to_float(vm, value)?);
        }
        Ok(Value::Float(total))
    });
    define(vm, namespace, "dist", |vm, args| {
        arity(vm, "dist", &args, 2, 2)?;
        let (p, q) = (protocols::collect(vm, args.at(vm, 0)?)?, protocols::collect(vm, args.at(vm, 1)?)?);
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let mut total = 0.0f64;
        for (a, b) in p.iter().zip(&q) {
            total = total.hypot(real_to_float(vm, a)? - real_to_float(vm, b)?);
        }
        Ok(Value::Float(total))
    });
    define(vm, namespace, "copysign", |vm, args| {
        arity(vm, "copysign", &args, 2, 2)?;
        Ok(Value::Float(real_to_float(vm, args.at(vm, 0)?)?.copysign(real_to_float(vm, args.at(vm, 1)?)?)))
    });
    define(vm, namespace, "fmod", |vm, args| {
        arity(vm, "fmod", &args, 2, 2)?;
        let (x, y) = (real_to_float(vm, args.at(vm, 0)?)?, real_to_float(vm, args.at(vm, 1)?)?);
        if y == 0.0 || x.is_infinite() {
            return Err(domain_error(vm));
        }
        Ok(Value::Float(x % y))
    });
    define(vm, namespace, "modf", |vm, args| {
        arity(vm, "modf", &args, 1, 1)?;
        let x = real_to_float(vm, args.at(vm, 0)?)?;
        let whole = x.trunc();
        let fraction = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - whole).copysign(x) };
        Ok(vm.new_tuple(vec![Value::Float(fraction), Value::Float(whole)]))
    });
    define(vm, namespace, "frexp", |vm, args| {
        arity(vm, "frexp", &args, 1, 1)?;
        let (mantissa, exponent) = frexp(real_to_float(vm, args.at(vm, 0)?)?);
        Ok(vm.new_tuple(vec![Value::Float(mantissa), Value::Int(i64::from(exponent))]))
    });
    define(vm, namespace, "ldexp", |vm, args| {
        arity(vm, "ldexp", &args, 2, 2)?;
        let x = real_to_float(vm, args.at(vm, 0)?)?;
        let exponent = crate::builtins::expect_int(vm, args.at(vm, 1)?)?;
        checked(vm, x * 2f64.powi(exponent.clamp(-2000, 2000) as i32), x.is_finite())
    });
    define(vm, namespace, "floor", |vm, args| integral(vm, args, ("floor", "__floor__"), f64::floor));
    define(vm, namespace, "ceil", |vm, args| integral(vm, args, ("ceil", "__ceil__"), f64::ceil));
    define(vm, namespace, "trunc", |vm, args| integral(vm, args, ("trunc", "__trunc__"), f64::trunc));
    define(vm, namespace, "isfinite", |vm, args| Ok(Value::Bool(real_to_float(vm, args.at(vm, 0)?)?.is_finite())));
    define(vm, namespace, "isinf", |vm, args| Ok(Value::Bool(real_to_float(vm, args.at(vm, 0)?)?.is_infinite())));
    define(vm, namespace, "isnan", |vm, args| Ok(Value::Bool(real_to_float(vm, args.at(vm, 0)?)?.is_nan())));
    define(vm, namespace, "isclose", isclose);
    define(vm, namespace, "fsum", |vm, args| {
        arity(vm, "fsum", &args, 1, 1)?;
        let mut values = Vec::new();
        for item in protocols::collect(vm, args.at(vm, 0)?)? {
            values.push(real_to_float(vm, &item)?);
        }
        Ok(Value::Float(exact_sum(&values)))
    });
    define(vm, namespace, "prod", |vm, args| {
        arity(vm, "prod", &args, 1, 1)?;
        let mut total = crate::builtins::keyword(&args, "start").unwrap_or(Value::Int(1));
        for item in protocols::collect(vm, args.at(vm, 0)?)? {
            total = crate::ops::binary(vm, weft_bytecode::BinaryOperator::Multiply, false, total, item)?;
        }
        Ok(total)
    });
    define(vm, namespace, "factorial", |vm, args| {
        arity(vm, "factorial", &args, 1, 1)?;
        let n = whole_number(vm, args.at(vm, 0)?)?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let n = n
            .to_u64()
            .ok_or_else(|| vm.overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
        let result = (2..=n).fold(BigInt::one(), |acc, k| acc * k);
        Ok(number::int_value(vm, result))
    });
    define(vm, namespace, "gcd", |vm, args| {
        let mut result = BigInt::zero();
        for value in &args.positional {
            result = result.gcd(&whole_number(vm, value)?);
        }
        Ok(number::int_value(vm, result))
    });
    define(vm, namespace, "lcm", |vm, args| {
        let mut result = BigInt::one();
        for value in &args.positional {
            result = result.lcm(&whole_number(vm, value)?);
        }
        Ok(number::int_value(vm, result))
    });
    define(vm, namespace, "isqrt", |vm, args| {
        arity(vm, "isqrt", &args, 1, 1)?;
        let n = whole_number(vm, args.at(vm, 0)?)?;
        if n.is_negative() {
            return Err(vm.value_error("isqrt() argument must be nonnegative"));
        }
        Ok(number::int_value(vm, n.sqrt()))
    });
    define(vm, namespace, "comb", |vm, args| {
        arity(vm, "comb", &args, 2, 2)?;
        let (n, k) = counts(vm, args.at(vm, 0)?, Some(args.at(vm, 1)?))?;
        if k > n {
            return Ok(Value::Int(0));
        }
        let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
        let mut result = BigInt::one();
        for i in 0..k {
            result = result * (&n - i) / (i + 1);
        }
        Ok(number::int_value(vm, result))
    });
    define(vm, namespace, "perm", |vm, args| {
        arity(vm, "perm", &args, 1, 2)?;
        let (n, k) = counts(vm, args.at(vm, 0)?, args.positional.get(1).filter(|k| !k.is_none()))?;
        if k > n {
            return Ok(Value::Int(0));
        }
        let k = k.to_u64().unwrap_or(0);
        let result = (0..k).fold(BigInt::one(), |acc, i| acc * (&n - i));
        Ok(number::int_value(vm, result))
    });
}

/// `n` and `k` of `comb`/`perm`: non-negative ints (`k` defaults to `n`).
fn counts<R: Runtime>(vm: &Vm<R>, n: &Value<R>, k: Option<&Value<R>>) -> PyResult<R, (BigInt, BigInt)> {
    let n = whole_number(vm, n)?;
    let k = match k {
        Some(k) => whole_number(vm, k)?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn domain_error<R: Runtime>(vm: &Vm<R>) -> crate::vm::PyErr<R> {
    vm.value_error("math domain error")
}

fn checked<R: Runtime>(vm: &Vm<R>, result: f64, finite_inputs: bool) -> PyResult<R> {
    if result.is_infinite() && finite_inputs {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(result))
}

fn float_function<R: Runtime>(vm: &Vm<R>, args: Args<R>, name: &str, function: fn(f64) -> Option<f64>) -> PyResult<R> {
    arity(vm, name, &args, 1, 1)?;
    let x = real_to_float(vm, args.at(vm, 0)?)?;
    match function(x) {
        Some(result) if result.is_nan() && !x.is_nan() => Err(domain_error(vm)),
        Some(result) => checked(vm, result, x.is_finite()),
        None => Err(domain_error(vm)),
    }
}

/// `log` of an int works beyond float range, as in CPython.
fn log_of<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, f64> {
    if let Some(big) = number::as_bigint(value) {
        if !big.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(f) = big.to_f64().filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        let bits = big.bits();
        let shift = bits.saturating_sub(64);
        let top = (&big >> shift).to_f64().unwrap_or(1.0);
        return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
    }
    let x = real_to_float(vm, value)?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(x.ln())
}

/// `math.floor`/`ceil`/`trunc`, named with the dunder that overrides each.
fn integral<R: Runtime>(
    vm: &Vm<R>,
    args: Args<R>,
    (name, dunder): (&str, &'static str),
    function: fn(f64) -> f64,
) -> PyResult<R> {
    arity(vm, name, &args, 1, 1)?;
    let value = args.at(vm, 0)?;
    if let Some(big) = number::as_bigint(value) {
        return Ok(number::int_value(vm, big));
    }
    if let Some(method) = protocols::user_method(value, dunder) {
        return protocols::call_method(vm, &method, value, vec![]);
    }
    let x = real_to_float(vm, value)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(number::int_value(vm, BigInt::from_f64(function(x)).unwrap_or_default()))
}

fn whole_number<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, BigInt> {
    number::as_bigint(value)
        .ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, value))))
}

fn isclose<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "isclose", &args, 2, 2)?;
    let (a, b) = (real_to_float(vm, args.at(vm, 0)?)?, real_to_float(vm, args.at(vm, 1)?)?);
    let relative =
        crate::builtins::keyword(&args, "rel_tol").map(|v| real_to_float(vm, &v)).transpose()?.unwrap_or(1e-9);
    let absolute =
        crate::builtins::keyword(&args, "abs_tol").map(|v| real_to_float(vm, &v)).transpose()?.unwrap_or(0.0);
    if relative < 0.0 || absolute < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let difference = (a - b).abs();
    Ok(Value::Bool(difference <= (relative * b).abs() || difference <= (relative * a).abs() || difference <= absolute))
}

/// An exactly rounded sum (Shewchuk's algorithm, as `math.fsum` uses).
fn exact_sum(values: &[f64]) -> f64 {
    let mut partials: Vec<f64> = Vec::new();
    for &value in values {
        let mut x = value;
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let high = x + y;
            let low = y - (high - x);
            if low != 0.0 {
                partials[kept] = low;
                kept += 1;
            }
            x = high;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    let mut total = 0.0;
    while let Some(value) = partials.pop() {
        let previous = total;
        total += value;
        let low = value - (total - previous);
        if low != 0.0 {
            // Round half to even across the remaining partials.
            if let Some(&next) = partials.last()
                && (low < 0.0) == (next < 0.0)
            {
                let doubled = low * 2.0;
                let candidate = total + doubled;
                if doubled == candidate - total {
                    total = candidate;
                }
            }
            break;
        }
    }
    total
}

/// The C library's `cbrt`, which CPython calls. Rust's runtime links its own
/// `cbrt` into the binary (correctly rounded, where glibc's gives
/// `cbrt(27.0) == 3.0000000000000004`), so the C one is looked up by name.
#[cfg(unix)]
fn c_cbrt(x: f64) -> f64 {
    type Cbrt = unsafe extern "C" fn(f64) -> f64;
    static FOUND: std::sync::OnceLock<Option<Cbrt>> = std::sync::OnceLock::new();
    let found = FOUND.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; a non-null `cbrt`
        // from the C math library has C's `double cbrt(double)` signature.
        unsafe {
            let library = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_LAZY);
            let symbol = if library.is_null() { library } else { libc::dlsym(library, c"cbrt".as_ptr()) };
            (!symbol.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, Cbrt>(symbol))
        }
    });
    match found {
        // SAFETY: `cbrt` is a pure function of its argument.
        Some(cbrt) => unsafe { cbrt(x) },
        None => x.cbrt(),
    }
}

#[cfg(not(unix))]
fn c_cbrt(x: f64) -> f64 {
    x.cbrt()
}

/// The gap between |x| and the next float away from zero (`math.ulp`).
fn ulp(x: f64) -> f64 {
    let x = x.abs();
    if !x.is_finite() {
        return x;
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        // The largest float: measure the gap below it instead.
        return x - libm::nextafter(x, 0.0);
    }
    next - x
}

/// Splits `x` into a mantissa in [0.5, 1) and a power of two, as C's frexp;
/// zero, infinities and NaN come back unchanged with exponent 0.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Scale subnormals into the normal range so the exponent bits are meaningful.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent + bias)
}

#[cfg(test)]
mod tests {
    use super::frexp;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(0.1), (0.8, -3));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(0.0), (0.0, 0));
    }
}
