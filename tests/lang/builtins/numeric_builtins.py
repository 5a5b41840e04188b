# abs, round, divmod, pow, int, float, complex, bool, hex, oct, bin, ord, chr.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(123.456, -1), round(7), round(7, -1))
print(round(1.23456, 3), round(-1.5), round(1e300), round(2.675, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(-2, 3), pow(2.0, 0.5), pow(0, 0))
print(int(), int(7.9), int(-7.9), int("  12  "), int("-0"), int("0b11", 0), int("11", 2), int(True))
print(float(), float(3), float("  3.5 "), float("-1e-3"), float("inf"), float("-Infinity"), float(" nan ") != 0)
print(complex(), complex(1), complex(1, 2), complex("3-4j"), complex(2.5), complex(1j, 1j))
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0))
print(hex(0), hex(255), hex(-1), oct(64), oct(-9), bin(10), bin(-10), bin(2 ** 20))
print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), ord("€"), ord("\U0001F40D"))
print(chr(97), chr(8364), repr(chr(0)), repr(chr(10)), chr(0x1F40D), [chr(c) for c in range(65, 71)])
print("".join(chr(ord(c) ^ 32) for c in "Hello"), ord(max("hello")), chr(ord("a") + 25))
class Num:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Num(abs(self.v))
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return round(self.v, n)
    def __complex__(self):
        return complex(self.v, 1)
    def __repr__(self):
        return "Num(%r)" % (self.v,)
n = Num(-3.7)
print(abs(n), int(n), float(n), round(n), round(n, 1), complex(n))
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), "abcdef"[Num(2)], [1, 2, 3][Num(-1)])
for bad in [lambda: abs("x"), lambda: round("1.5"), lambda: divmod("a", 1), lambda: hex(1.5), lambda: chr("a"), lambda: ord(65), lambda: float([1]), lambda: complex("x")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int(2 ** 63), int(-2 ** 63 - 1), float(2 ** 53), int(1e15), int(123456789012345678.0))
print(round(5.5), round(6.5), round(-5.5), round(0.5), round(1.5), round(-0.5))
print(divmod(10 ** 20, 7), pow(10, 20, 7), 10 ** 20 % 7)
