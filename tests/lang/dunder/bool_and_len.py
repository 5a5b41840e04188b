# Truthiness: __bool__, __len__ fallback, and what if/while/not/and/or use.
class AlwaysFalse:
    def __bool__(self):
        return False
class LenBased:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        print("  __bool__ called")
        return True
    def __len__(self):
        print("  __len__ called")
        return 0
class Neither:
    pass
for obj in [AlwaysFalse(), LenBased(0), LenBased(3), Neither()]:
    print(type(obj).__name__, bool(obj), not obj, "truthy" if obj else "falsy")
print(bool(Both()))
x = AlwaysFalse() or "fallback"
y = LenBased(2) and "second"
print(x, y)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    bool(BadLen())
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return self.n > 0
    def tick(self):
        self.n -= 1
cd = Countdown(3)
while cd:
    print("tick", cd.n)
    cd.tick()
print(any([AlwaysFalse(), LenBased(0)]), all([LenBased(1), Neither()]))
print([v if isinstance(v, str) else type(v).__name__ for v in filter(None, [LenBased(0), LenBased(1), AlwaysFalse(), 0, "", "x"])])
print(len(LenBased(7)), bool(LenBased(True)))
class Sub(AlwaysFalse):
    pass
print(bool(Sub()), [bool(v) for v in (0, 1, "", " ", [], [0], {}, {0: 0}, None, 0.0, -1)])
class Empty(list):
    pass
print(bool(Empty()), bool(Empty([1])))
