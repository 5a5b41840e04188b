# math: constants and common functions (transcendental results rounded to 12 digits).
import math
def r(x):
    return float("%.12g" % x)
print(r(math.pi), r(math.e), r(math.tau), math.inf, -math.inf, math.nan, math.pi == 3.141592653589793)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 20), math.isqrt(0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20), math.floor(-0.5))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.modf(-2.5))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(r(math.exp(1)), r(math.exp(0)), r(math.log(math.e)), r(math.log(100, 10)), r(math.log2(1024)), r(math.log10(0.001)), r(math.log1p(0)))
print(r(math.sin(math.pi / 2)), r(math.cos(0)), r(math.tan(math.pi / 4)), r(math.sin(0)), r(math.cos(math.pi)))
print(r(math.asin(1)), r(math.acos(1)), r(math.atan(1)), r(math.atan2(1, 1)), r(math.atan2(-1, -1)))
print(r(math.hypot(3, 4)), r(math.hypot(1, 1, 1)), r(math.dist((0, 0), (3, 4))))
print(r(math.degrees(math.pi)), r(math.radians(180)), r(math.pow(2, 10)), r(math.pow(2, 0.5)))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.frexp(0.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor("1")
except TypeError as e:
    print("TypeError:", e)
print(math.sqrt(10 ** 30), math.floor(1e15 + 0.5), math.ceil(-0.0))
print(sorted([math.pi, math.e, math.sqrt(2), 1.5]) == [math.sqrt(2), 1.5, math.e, math.pi])
def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
print(distance((1, 1), (4, 5)), round(distance((0, 0), (1, 1)), 6))
print(type(math).__name__, math.__name__)
