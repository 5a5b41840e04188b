# pow(), **, and modular exponentiation.
print(2 ** 10, pow(2, 10), pow(2, 0), pow(0, 5), pow(-2, 3), pow(-2, 4))
print(pow(2, -1), pow(4, -2), 2 ** -3, (-2) ** -2)
print(pow(3, 4, 5), pow(10, 100, 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 1000, 1000007), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(2, -1, 9), pow(7, -2, 13), pow(38, -1, 97))
print(pow(5, 0, 1), pow(5, 3, 1), pow(0, 0, 3))
for base in range(2, 6):
    print(base, [pow(base, e, 11) for e in range(6)])
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -2)
print((-8) ** 2, (-8.0) ** 3, 0.0 ** 0, 1 ** 1000000)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__)
r = (-8) ** 0.5
print(type(r).__name__, round(r.real, 10), round(r.imag, 10))
for a, b, m in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4)]:
    try:
        print(pow(a, b, m))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def modpow(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
for b, e, m in [(7, 560, 561), (2, 10 ** 18, 10 ** 9 + 9), (12345, 6789, 1011)]:
    print(modpow(b, e, m), pow(b, e, m), modpow(b, e, m) == pow(b, e, m))
print(pow(base=2, exp=3, mod=5), pow(exp=2, base=9))
print(10 ** 18, 10 ** 19, 9 ** 20)
