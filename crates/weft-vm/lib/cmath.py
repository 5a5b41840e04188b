"""Complex math: the formulas CPython's cmath uses for finite arguments
(Kahan's, "Branch cuts for complex elementary functions", 1987), so finite
results agree with CPython's digit for digit. Arguments with infinite or NaN
parts follow the simple rules below rather than C99 Annex G's full tables."""

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE = 1.7976931348623157e308 / 4.0
_SQRT_LARGE = math.sqrt(_LARGE)
_LOG_LARGE = math.log(1.7976931348623157e308) - math.log(2.0)
_DBL_MIN = 2.2250738585072014e-308
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)


def _complex(z):
    if isinstance(z, complex):
        return z
    if hasattr(z, "__complex__"):
        return z.__complex__()
    if isinstance(z, (int, float)) or hasattr(z, "__float__") or hasattr(z, "__index__"):
        return complex(float(z), 0.0)
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _domain():
    return ValueError("math domain error")


def phase(z):
    z = _complex(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z):
    z = _complex(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _complex(a), _complex(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def sqrt(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(y):
            return complex(inf, y)
        if math.isinf(x):
            if x > 0:
                return complex(x, y * 0.0 if math.isfinite(y) else y)
            return complex(abs(y - y) if math.isnan(y) else 0.0, math.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Scale subnormal arguments up so the square root keeps its bits.
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(x) and x < 0 and not math.isnan(y):
            return complex(0.0, 0.0)
        if math.isinf(x) and y == 0.0:
            return complex(x, y)
        return complex(math.exp(x) * math.cos(y) if math.isfinite(y) else nan, nan if not math.isfinite(y) else math.exp(x) * math.sin(y))
    if x > _LOG_LARGE:
        l = math.exp(x - 1.0)
        real, imag = l * math.cos(y) * e, l * math.sin(y) * e
    else:
        l = math.exp(x)
        real, imag = l * math.cos(y), l * math.sin(y)
    if math.isinf(real) or math.isinf(imag):
        raise OverflowError("math range error")
    return complex(real, imag)


def _log(z):
    x, y = z.real, z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isnan(x) or math.isnan(y):
            return complex(inf if math.isinf(x) or math.isinf(y) else nan, nan)
        return complex(inf, math.atan2(y, x))
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = math.log(math.hypot(ax / 2.0, ay / 2.0)) + math.log(2.0)
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(math.hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * math.log(2.0)
        else:
            raise _domain()
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(z, base=None):
    z = _log(_complex(z))
    if base is None:
        return z
    b = _log(_complex(base))
    return z / b


def log10(z):
    z = _log(_complex(z))
    return complex(z.real / math.log(10.0), z.imag / math.log(10.0))


def _finite_or_nan(z):
    if not (math.isfinite(z.real) and math.isfinite(z.imag)):
        raise ValueError("math domain error")


def _hyperbolic(z, real_part, imag_part):
    """sinh (real part sinh, imaginary part cosh) or cosh (the other way
    round): cos(y)·real_part(x) + i·sin(y)·imag_part(x), computed from x-1
    and scaled by e where x alone would overflow."""
    z = _complex(z)
    _finite_or_nan(z)
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        x_minus_one = x - math.copysign(1.0, x)
        real = math.cos(y) * real_part(x_minus_one) * e
        imag = math.sin(y) * imag_part(x_minus_one) * e
        if math.isinf(real) or math.isinf(imag):
            raise OverflowError("math range error")
        return complex(real, imag)
    return complex(math.cos(y) * real_part(x), math.sin(y) * imag_part(x))


def sinh(z):
    return _hyperbolic(z, math.sinh, math.cosh)


def cosh(z):
    return _hyperbolic(z, math.cosh, math.sinh)


def tanh(z):
    z = _complex(z)
    _finite_or_nan(z)
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        return complex(math.copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _times_i(f, z):
    # f(z) = -i g(iz) for the circular functions and their hyperbolic twins.
    r = f(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def sin(z):
    return _times_i(sinh, _complex(z))


def cos(z):
    z = _complex(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    return _times_i(tanh, _complex(z))


def _log_abs_large(x, y):
    """log|x + iy| for parts so large that squaring them would overflow."""
    return math.log(math.hypot(x / 2.0, y / 2.0)) + 2 * math.log(2.0)


def asinh(z):
    z = _complex(z)
    _finite_or_nan(z)
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        return complex(math.copysign(_log_abs_large(x, y), x), math.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag), math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    return _times_i(asinh, _complex(z))


def acos(z):
    z = _complex(z)
    _finite_or_nan(z)
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        real = math.atan2(abs(y), x)
        return complex(real, math.copysign(_log_abs_large(x, y), -y))
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * math.atan2(s1.real, s2.real), math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _complex(z)
    _finite_or_nan(z)
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        return complex(_log_abs_large(x, y), math.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _complex(z)
    _finite_or_nan(z)
    if z.real < 0:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = math.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -math.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return complex(-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))), math.copysign(math.atan2(2.0, -ay) / 2.0, y))
    real = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    imag = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    return _times_i(atanh, _complex(z))
