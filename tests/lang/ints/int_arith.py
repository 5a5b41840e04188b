# Basic integer arithmetic and operator precedence.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 10 ** 0, 0 ** 0)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(7 // 2, 7 % 2, -7 // 2, -7 % 2)
print(+5, -(-5), --5, -+-5)
print(1 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(abs(-12), abs(12), abs(0))
print(type(7 / 7).__name__, type(7 // 7).__name__, type(2 ** -2).__name__)
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(1 + 2 * 3 - 4 // 2 + 5 % 3 ** 2)
print(3 * -1, 3 - -1, 3 + -1)
print(int(3.9), int(-3.9), int("42"), int("-17"), int(" 8 "))
print(int("1_000"), int(True), int())
n = 0
for i in range(1, 11):
    n = n * 3 + i
print(n)
print(sum(range(101)), 100 * 101 // 2)
values = [15, -4, 0, 33, 8]
print(max(values), min(values), sorted(values))
print(5 == 5.0, 5 < 5.5, 10 // 3 * 3 + 10 % 3 == 10)
print(0 * -1, -0, 0 == -0)
print(12345678 * 87654321)
print(7 .bit_length(), (255).bit_length(), (-256).bit_length(), (0).bit_length())
print((10).real, (10).imag, (10).numerator, (10).denominator)
print((10).conjugate(), (37).bit_count(), (-37).bit_count())
x = 1000
print(x.__add__(1), x.__mul__(2), x.__neg__())
print(isinstance(5, int), isinstance(True, int), issubclass(bool, int))
print(int.__name__, (5).__class__.__name__)
