# Arithmetic and comparisons on ints and floats at the edges the
# interpreter's fast paths must get exactly right: the i64 limits, 2**53,
# signed zeros, infinities, NaN, and division by zero.
values = [0, 1, -1, 7, -7, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -(2**63),
          0.0, -0.0, 0.5, -2.5, 1e308, float("inf"), float("-inf"), float("nan"), 3.0]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
]
for a in values:
    row = []
    for b in values:
        for name, op in ops:
            try:
                r = op(a, b)
                row.append(f"{r!r}:{type(r).__name__}")
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__)
        row.append("".join("1" if c else "0" for c in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
    print(a, " ".join(row))

x = 2**63 - 1
x += 1
print(x, type(x).__name__)
y = -(2**63)
y -= 1
print(y, type(y).__name__)
print((2**53 + 1) / 1, 9007199254740993 / 3, -9007199254740993 / 7)
total = 0.0
for i in range(1000):
    total += i / 7
print(total)
