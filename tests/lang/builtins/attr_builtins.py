# hasattr, getattr, setattr, delattr, vars, dir on user classes and instances.
class Base:
    base_attr = "base"
    def base_method(self):
        return "base_method"
class Thing(Base):
    cls_attr = 1
    def __init__(self):
        self.x = 10
        self._private = "p"
    def method(self):
        return "method"
    @property
    def prop(self):
        return "prop"
t = Thing()
print(hasattr(t, "x"), hasattr(t, "cls_attr"), hasattr(t, "base_attr"), hasattr(t, "prop"), hasattr(t, "zz"))
print(getattr(t, "x"), getattr(t, "method")(), getattr(t, "prop"), getattr(t, "zz", None), getattr(Thing, "cls_attr"))
setattr(t, "y", 20)
setattr(t, "x", getattr(t, "x") + 1)
print(t.x, t.y, vars(t))
delattr(t, "y")
print(vars(t), "y" in vars(t))
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)), "__init__" in dir(t), "__class__" in dir(t), "x" in dir(Thing))
print(sorted(n for n in vars(Thing) if not n.startswith("__")))
v = vars(t)
v["z"] = "added via vars"
print(t.z)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(WithDir()))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(t, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(t, "never")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(t, "method_missing")
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    pass
d = Dyn()
for i, name in enumerate(["red", "green", "blue"]):
    setattr(d, name, i)
print(vars(d), [getattr(d, n) for n in ("blue", "red")])
print(hasattr(len, "__call__"), hasattr(5, "real"), getattr("abc", "upper")(), getattr([], "nope", "dflt"))
class Raises:
    @property
    def boom(self):
        raise ValueError("property failed")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
class AttrErrorProp:
    @property
    def missing(self):
        raise AttributeError("computed attribute missing")
print(hasattr(AttrErrorProp(), "missing"), getattr(AttrErrorProp(), "missing", "default"))
