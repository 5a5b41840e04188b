# __slots__: restricting attributes, no __dict__, inheritance with slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(1, 2)
p.x = 10
print(p, p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 20
print(p)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class Loose(Point):
    pass
lo = Loose(1, 2)
lo.anything = "ok"
print(lo.anything, lo.__dict__, hasattr(lo, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "value"
print(s.only, Single.__slots__)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    __slots__ = ("v",)
d = Defaults()
try:
    print(d.v)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.__dict__["x"]).__name__)
class WithClassAttr:
    __slots__ = ("val",)
    LIMIT = 5
    def __init__(self, val):
        self.val = min(val, self.LIMIT)
print(WithClassAttr(10).val, WithClassAttr(3).val)
try:
    WithClassAttr(1).LIMIT = 9
except AttributeError as e:
    print("AttributeError:", e)
pts = [Point(i, i * i) for i in range(4)]
print(pts, sum(pt.y for pt in pts))
