# __getattr__ (fallback), __getattribute__, __setattr__, __delattr__.
class Fallback:
    exists = "class attribute"
    def __init__(self):
        self.real = "instance attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return "dynamic:" + name[4:]
        raise AttributeError("%r has no %r" % (type(self).__name__, name))
f = Fallback()
print(f.real, f.exists, f.dyn_color, getattr(f, "dyn_size"), hasattr(f, "dyn_x"), hasattr(f, "nope"))
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "other", "default used"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
lg = Logged()
lg.x = 5
lg.name = "n"
setattr(lg, "y", 1)
del lg.x
print(lg.log, lg.y, lg.name, hasattr(lg, "x"))
class Proxy:
    def __init__(self, target):
        self._target = target
        self.accessed = []
    def __getattr__(self, name):
        self.accessed.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.accessed, p.count(1))
class Counting:
    def __init__(self):
        self.hits = 0
        self.value = 10
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.value; c.value; c.value
print(c.hits)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
bo = Both()
print(bo.special, bo.anything)
class ReadOnly:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        raise AttributeError("ReadOnly is immutable (tried to set %s)" % name)
ro = ReadOnly(a=1, b=2)
print(ro.a, ro.b)
try:
    ro.a = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    ro.zzz
except AttributeError as e:
    print("AttributeError:", e)
class Recurse:
    def __getattr__(self, name):
        if name == "loop":
            return "no infinite loop"
        return self.loop
print(Recurse().anything)
