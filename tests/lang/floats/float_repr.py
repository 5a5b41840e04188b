# repr/str of floats: shortest round-trip digits and exponent switching.
values = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1.1 * 3, 0.1 * 3,
          1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001, 0.00001234,
          1.5, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          9007199254740993.0, 0.5, 0.25, 0.125, 3.141592653589793, 2.718281828459045,
          1234.5678, 1e100, 1.0e-10, 12345678901234567.0, 9999999999999998.0,
          0.1 + 0.7, 4.35, 4.35 * 100, 1 - 0.9, 100 * 1.1, 0.07 * 100]
for v in values:
    print(repr(v), str(v), v)
for v in [0.0, -0.0, -1.5, -1e-7, -1e300, -123.456]:
    print(v)
print([0.1, 0.2, 1e16], (1.0, -2.5e-8), {"k": 1e21})
print(float(1), float(-7), float(10 ** 16), float(10 ** 15 + 0.5))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("Infinity"), float("nan"), float("-NaN"))
print(2 ** 0.5, 10 / 3, 22 / 7, 1e308 * 10, -1e308 * 10)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53, 2.0 ** 53 + 1)
print(0.1 + 0.2 - 0.3, 1e-320, 1e-320 / 10)
print(float(2 ** 63), float(-2 ** 63), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
for bad in ["abc", "", "1.2.3", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
