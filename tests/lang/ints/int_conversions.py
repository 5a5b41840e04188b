# int() parsing with bases, and int -> string conversions.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("10", 2), int("10", 3))
print(int("  -42  "), int("+7"), int("1_000_000"), int("0"), int("00"))
print(int("-0x1a", 16), int("1_0", 0), int("0_1", 16))
print(int(3.99), int(-0.5), int(1e20), int(2.5e-3))
print(int("12", base=5), int("34", base=8))
for bad, base in [("abc", 10), ("12.5", 10), ("", 10), ("0x", 16), ("9", 8), ("1__0", 10), ("08", 0), (" ", 10)]:
    try:
        print(int(bad, base))
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1], "7"]:
    try:
        print(int(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(str(-123), repr(456), str(0))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return sign + out
for n in (0, 255, -255, 10 ** 20, 36 ** 5 - 1):
    s = to_base(n, 36)
    print(n, s, int(s, 36) == n)
class Num:
    def __index__(self):
        return 12
    def __int__(self):
        return 99
print(hex(Num()), bin(Num()), int(Num()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12][Num()])
