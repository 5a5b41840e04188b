# Instance attributes kept by shape (values against keys the class shares)
# must behave exactly like a per-instance __dict__ in every observable way.
import gc


class P:
    kind = "class attribute"

    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

    def method(self):
        return "method"


# Instances that add the same names in different orders keep their own order.
a, b, c = P("xyz"), P("zyx"), P("xz")
print(vars(a), vars(b), vars(c))
c.y = "late"
print(list(vars(c)), c.y)

# Deleting and re-adding moves the name to the end, as in a dict.
d = P("abc")
del d.a
print(vars(d), hasattr(d, "a"))
d.a = 1
print(vars(d))
try:
    del d.missing
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ is live, both ways, and the same object every time.
e = P("pq")
e_dict = e.__dict__
print(e_dict is e.__dict__, e_dict)
e_dict["r"] = 3
e.p = "changed"
print(e.r, e_dict["p"], vars(e))
e_dict.clear()
print(vars(e), hasattr(e, "p"))

# Names built at run time, and more names than a shape keeps.
f = P("")
for i in range(40):
    setattr(f, "attr_" + str(i), i)
print(len(vars(f)), f.attr_0, f.attr_39, getattr(f, "attr_" + "17"), hasattr(f, "attr_40"))
g = P("")
for i in range(40):
    setattr(g, "attr_" + str(i), -i)
print(list(vars(g))[:3], g.attr_39)

# Instance attributes shadow class attributes and methods; deleting unshadows.
h = P("")
h.kind = "instance attribute"
h.method = lambda: "instance function"
print(h.kind, h.method(), P("").kind, P("").method())
del h.kind, h.method
print(h.kind, h.method())

# Data descriptors still win over instance attributes.
class Q:
    @property
    def x(self):
        return "property"

    def __init__(self):
        self.__dict__["x"] = "hidden"
        self.y = 1

q = Q()
print(q.x, vars(q))

# __getattr__ runs only for missing attributes.
class R:
    def __init__(self):
        self.present = 1

    def __getattr__(self, name):
        return "fallback " + name

r = R()
print(r.present, r.absent)

# Changing __class__ keeps the attributes.
class S:
    def __init__(self):
        self.s1 = "s1"
        self.s2 = "s2"

class T:
    def __init__(self):
        self.t1 = "t1"

s = S()
s.__class__ = T
print(type(s).__name__, vars(s), s.s2)
t = T()
print(vars(t))

# object's own attribute functions.
u = P("m")
object.__setattr__(u, "n", 5)
print(object.__getattribute__(u, "n"), vars(u))
object.__delattr__(u, "m")
print(vars(u), sorted(name for name in dir(u) if not name.startswith("__")))

# Slots beside a dict.
class Slotted:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = "slot"
        self.b = "dict"

v = Slotted()
print(v.a, v.b, vars(v))

# Cycles through attributes are collected, and nothing else is counted.
gc.collect()
x, y = P(""), P("")
x.other, y.other = y, x
del x, y
print(gc.collect())

# Many instances while the shape grows underneath.
items = [P("ab") for _ in range(3)]
items[1].c = 3
items.append(P("abc"))
items[0].c = 0
print([vars(i) for i in items])

# An instance may have later keys of its class's shape without earlier ones.
class K:
    pass

k1 = K()
k1.first, k1.second = 1, 2
k2 = K()
k2.second = "only second"
print(vars(k2), hasattr(k2, "first"))
k2.first = "then first"
print(vars(k2), k2.first)
k3 = K()
k3.second = 3
del k3.second
print(vars(k3), hasattr(k3, "second"))
k3.second = 4
k3.first = 5
print(vars(k3), [vars(k) for k in (K(), k1)])

# Once an instance has a dict, the dict alone holds its values: deleting or
# replacing one frees it at once.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

o = K()
o.first, o.second = Noisy("first"), Noisy("second")
seen = o.__dict__
del o.first
print("after del first")
o.second = Noisy("second again")
print("after replacing second")
seen.clear()
print("after clear")
