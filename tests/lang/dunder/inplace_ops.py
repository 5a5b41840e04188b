# In-place operator dunders (__iadd__ etc.) and fallback to the binary operator.
class Acc:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__", other)
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__", other)
        return Acc(self.items + list(other))
    def __isub__(self, other):
        self.items = [i for i in self.items if i not in other]
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self):
        return "Acc(%r)" % (self.items,)
a = Acc([1])
alias = a
a += [2, 3]
print(a, alias, a is alias)
b = a + [4]
print(b, b is a)
a -= [2]
a *= 2
print(a, alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return "OnlyAdd(%r)" % self.v
o = OnlyAdd(1)
keep = o
o += 5
print(o, keep, o is keep)
class ReturnsNone:
    def __iadd__(self, other):
        pass
r = ReturnsNone()
r += 1
print(r)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __ipow__(self, n):
        self.rows = [[v ** n for v in row] for row in self.rows]
        return self
    def __ifloordiv__(self, n):
        self.rows = [[v // n for v in row] for row in self.rows]
        return self
    def __imod__(self, n):
        self.rows = [[v % n for v in row] for row in self.rows]
        return self
    def __itruediv__(self, n):
        self.rows = [[v / n for v in row] for row in self.rows]
        return self
    def __iand__(self, n):
        self.rows = [[v & n for v in row] for row in self.rows]
        return self
    def __ior__(self, n):
        self.rows = [[v | n for v in row] for row in self.rows]
        return self
    def __ixor__(self, n):
        self.rows = [[v ^ n for v in row] for row in self.rows]
        return self
    def __ilshift__(self, n):
        self.rows = [[v << n for v in row] for row in self.rows]
        return self
    def __irshift__(self, n):
        self.rows = [[v >> n for v in row] for row in self.rows]
        return self
m = Matrix([[1, 2], [3, 4]])
m **= 2; print(m.rows)
m //= 2; print(m.rows)
m %= 5; print(m.rows)
m <<= 3; print(m.rows)
m >>= 1; print(m.rows)
m |= 1; print(m.rows)
m &= 6; print(m.rows)
m ^= 7; print(m.rows)
m /= 2; print(m.rows)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n *= 2
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
t_before = t
t += (3,)
print(t, t_before)
