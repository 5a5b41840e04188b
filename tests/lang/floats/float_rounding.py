# round() with floats: banker's rounding, ndigits, negative ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 2.665, 1.005, 0.125, 0.375, 3.14159, -3.14159, 1234.5678]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, 3))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2))
print(round(7, 2), round(-7), type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
print(round(0.1 + 0.2, 10), round(1e20, 2), round(1e-20, 25))
print(round(123.456, -5), round(-0.4), round(-0.6), round(0.0))
for v in [1.0, 1.9, -1.9, 2.5, -2.5]:
    print(v, int(v), round(v))
print(round(2.5, None), round(3.5, None))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, ndigits=None):
        return "rounded(%s, %s)" % (self.cents, ndigits)
print(round(Money(5)), round(Money(7), 1))
total = 0.0
for price in [19.99, 5.01, 3.333, 0.005]:
    total += price
    print(round(total, 2))
print(round(10 / 3, 4), round(-10 / 3, 4), round(2 / 3, 15))
print([round(x / 8, 1) for x in range(9)])
