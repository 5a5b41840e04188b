# Slots read and written directly (no Python __getattribute__/__setattr__),
# and class attributes whose names were built at run time.
class A:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
a = A()
print(a.x)
try:
    a.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class B(A):
    __slots__ = ("z",)
    def __getattribute__(self, name):
        return "hooked " + name
b = B()
print(b.x, b.z)
class C(A):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
c = C()
c.y = 5
print(c.y, c.x)
del a.x
try:
    print(a.x)
except AttributeError as e:
    print("AttributeError:", e)

class D:
    pass

setattr(D, "dyn" + "amic", 1)
d = D()
print([d.dynamic for _ in range(3)])
D.dynamic = 2
print(d.dynamic)
T = type("T", (), {"k" + "ey": "from type()", "meth" + "od": lambda self: "method"})
print(T().key, T.key, T().method())

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

points = [Point(i, i + 1) for i in range(5)]
for p in points:
    p.x *= 2
print([round(p.norm(), 3) for p in points])
