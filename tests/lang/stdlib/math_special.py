# math's special functions agree with CPython to the last digit: erf, erfc,
# gamma, lgamma (CPython's Lanczos scheme), and the 3.9–3.11 additions.
import math

for x in [-30.5, -3.5, -2.5, -0.5, 1e-25, 0.001, 0.1, 0.5, 1.5, 2.5, 3.0, 5.0, 10.5, 25.0, 99.9, 140.5, 170.5]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [-3.0, -0.5, 0.0, 0.1, 0.5, 1.5, 3.0, 5.0, 10.5, 25.0]:
    print(x, math.erf(x), math.erfc(x))
print(math.lgamma(200.0), math.lgamma(1e10), math.gamma(-250.5))

def attempt(function, *args):
    try:
        return function(*args)
    except (ValueError, OverflowError) as error:
        return f"{type(error).__name__}: {error}"

for x in [0.0, -2.0, 171.7, float("-inf"), float("inf")]:
    print("gamma", x, attempt(math.gamma, x), "lgamma", attempt(math.lgamma, x))
print(math.gamma(float("nan")), math.lgamma(float("-inf")))

for x in [0.5, 1.0, 2.0, -3.5, 1e300, 5e-324, 1.7976931348623157e308, float("inf")]:
    print(x, math.ulp(x))
print(math.cbrt(27.0), math.cbrt(-8.0), math.cbrt(0.0), math.exp2(10), math.exp2(-1.5), math.exp2(0.5))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(3.0, 3.0))
print(math.remainder(10.0, 3.0), math.remainder(-7.5, 2.0), math.remainder(5.0, float("inf")))
for a, b in [(float("inf"), 1.0), (1.0, 0.0), (float("nan"), 0.0)]:
    print("remainder", a, b, attempt(math.remainder, a, b))
print(attempt(math.exp2, 2000.0))
