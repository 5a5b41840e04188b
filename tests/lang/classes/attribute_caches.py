# Class attribute lookups are cached per thread and instance attributes are
# read and written through per-instruction slots: every change below must be
# seen by the very next access, whatever was cached before it.


class Base:
    kind = "base"

    def describe(self):
        return "Base.describe"


class Child(Base):
    def __init__(self, x):
        self.x = x


def read(obj):
    # One code location for every read: its caches see all the cases.
    return obj.x


def kind(obj):
    return obj.kind


def call_describe(obj):
    return obj.describe()


c = Child(1)
print(read(c), kind(c), call_describe(c))

# A class attribute added to a base later is found through the subclass.
Base.extra = "added"
print(c.extra)

# Replacing a method (same key, new value) and adding one that shadows it.
Base.describe = lambda self: "replaced on Base"
print(call_describe(c))
Child.describe = lambda self: "shadowed on Child"
print(call_describe(c))
del Child.describe
print(call_describe(c))

# The instance dict shadows a plain class attribute, until deleted.
c.kind = "instance"
print(kind(c))
del c.kind
print(kind(c))


# A data descriptor added to the class later wins over the instance dict.
def get_x(self):
    return "property x"


print(read(c))
Child.x = property(get_x)
print(read(c))
del Child.x
print(read(c))

# Instances with attributes set in different orders share the read site.
a = Child(10)
b = Child.__new__(Child)
b.y = 5
b.x = 20
for obj in [a, b, a, b]:
    print(read(obj))


# __getattr__ added later answers misses; __getattribute__ added later
# answers everything.
def fallback(self, name):
    return "fallback " + name


Child.__getattr__ = fallback
print(c.missing)
del Child.__getattr__
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)

Child.__getattribute__ = lambda self, name: "intercepted " + name
print(read(c))
del Child.__getattribute__
print(read(c))

# __setattr__ added later sees stores; removed, stores go to the dict again.
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 2)


def store(obj, value):
    obj.x = value


Child.__setattr__ = logging_setattr
store(c, 3)
print(log, c.x)
del Child.__setattr__
store(c, 4)
print(log, c.x)

# Changing an instance's class changes what its reads find.
class Other:
    kind = "other"

    def describe(self):
        return "Other.describe"


d = Child(7)
print(kind(d), call_describe(d))
d.__class__ = Other
print(kind(d), call_describe(d), read(d))

# setattr/getattr with names built at run time (not interned) agree with
# the cached paths.
name = "".join(["ki", "nd"])
setattr(Base, name, "via setattr")
print(kind(c), getattr(c, name))
delattr(Base, name)
try:
    kind(c)
except AttributeError as e:
    print("AttributeError:", e)

# type() with a namespace dict, and class attributes changed through it.
namespace = {"value": 1}
Made = type("Made", (), namespace)
print(Made().value)
Made.value = 2
print(Made().value, namespace.get("value"))

# Many classes through one site.
classes = [type("K%d" % i, (Base,), {"kind": i}) for i in range(50)]
print(sum(kind(cls()) for cls in classes))
