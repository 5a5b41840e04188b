# Arbitrary-precision integers.
big = 2 ** 100
print(big)
print(big * big)
print(big - 1, big + 1, -big)
print(2 ** 64, 2 ** 64 - 1, 2 ** 63)
print(10 ** 50 // 7, 10 ** 50 % 7)
print(-(10 ** 50) // 7, -(10 ** 50) % 7)
print(divmod(3 ** 80, 2 ** 40))
print(divmod(-3 ** 80, 2 ** 40))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), str(f).count("0"))

def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(60))
print(fact(60) // fact(58), 60 * 59)

a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print(a % 1000000007)
print(2 ** 200 > 10 ** 60, 2 ** 200 < 10 ** 61)
print(2 ** 100 == 1267650600228229401496703205376)
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length())
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 70 + 1))
print(int("9" * 40) + 1)
print(int("-123456789012345678901234567890"))
print(int("ffffffffffffffffffffffff", 16))
print(2 ** 100 // 3 ** 30, 2 ** 100 % 3 ** 30)
print(-(2 ** 100) // 3 ** 30, -(2 ** 100) % 3 ** 30)
print((2 ** 100) & (2 ** 99 + 12345), (2 ** 100) | 7, (2 ** 100) ^ (2 ** 100 - 1))
print(~(2 ** 80), -(2 ** 80) >> 3, (2 ** 80) << 20)
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 1)
print(abs(-(7 ** 50)), 7 ** 50 * -1 < 0)
print(12345678901234567890 * 98765432109876543210)
print(pow(3, 200), pow(3, 200, 10 ** 9 + 7))
print(float(2 ** 100), float(10 ** 30))
print(2 ** 100 / 2 ** 98, 10 ** 40 / 10 ** 20)
print(sum(range(10 ** 6)), sum([10 ** 20] * 50))
x = 1
for i in range(70):
    x = x * 2 + 1
print(x, x.bit_count())
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(max(2 ** 70, 3 ** 45), min(-(2 ** 70), -(3 ** 45)))
print(round(123456789012345678901234567890, -10))
print(10 ** 25 == 1e25, 10 ** 22 == 1e22)
