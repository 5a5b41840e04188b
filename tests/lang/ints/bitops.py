# Bitwise operators and shifts on ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(1 << 0, 1 << 10, 1 << 64, 5 << 3)
print(1024 >> 3, 1023 >> 3, 7 >> 10, (1 << 100) >> 98)
print(-1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1, -1 << 5)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-5)
print(-12 & -7, -12 | -7, -12 ^ -7)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xAA ^ 0xFF)
for n in range(-4, 5):
    print(n, ~n, n & 1, n | 1, n ^ 1, n << 1, n >> 1)
mask = 0
for bit in (0, 3, 5, 7):
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
print(3 & 5 | 2 ^ 8, (3 & 5) | (2 ^ 8), 3 & (5 | 2) ^ 8)
print(1 + 2 << 3, 1 + (2 << 3), 16 >> 2 - 1)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(True & True, True | False, False ^ True, type(True & True).__name__)
print(True << 3, type(True << 1).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError:", e)
x = 0x12345678
print(hex(x & 0xFFFF), hex(x >> 16), hex((x << 4) & 0xFFFFFFFF))
