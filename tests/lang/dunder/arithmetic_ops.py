# Arithmetic dunders: binary, reflected (__radd__ etc.), unary, NotImplemented fallback.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, other):
        return "matmul(%r, %r)" % (self, other)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * b, a * 3, 3 * a, a + 10, 10 + a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a @ b)
print(sum([a, b, Vec(10, 10)]), sum([a, b], Vec(0, 0)))
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & int(o))
    def __or__(self, o):
        return Bits(self.v | int(o))
    def __xor__(self, o):
        return Bits(self.v ^ int(o))
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rlshift__(self, o):
        return "rlshift"
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Bits(%s)" % bin(self.v)
x = Bits(0b1100)
print(x & 0b1010, x | 1, x ^ 0b1111, x << 2, x >> 2, 5 & x, 5 | x, 1 << x, bin(x), hex(x))
print(divmod(Vec(7, 9).x, 2), [10, 20, 30][Bits(1)])
class Reflect:
    def __rsub__(self, other):
        return "rsub(%r)" % (other,)
    def __rtruediv__(self, other):
        return "rtruediv(%r)" % (other,)
    def __rpow__(self, other):
        return "rpow(%r)" % (other,)
    def __rfloordiv__(self, other):
        return "rfloordiv(%r)" % (other,)
    def __rmod__(self, other):
        return "rmod(%r)" % (other,)
    def __rdivmod__(self, other):
        return "rdivmod(%r)" % (other,)
r = Reflect()
print(5 - r, 2.5 / r, 2 ** r, 7 // r, 9 % r, divmod(3, r))
class SubInt(int):
    def __radd__(self, other):
        return "SubInt.__radd__ wins"
print(1 + SubInt(2), SubInt(2) + 1)
