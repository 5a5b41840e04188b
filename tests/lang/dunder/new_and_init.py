# __new__ vs __init__, singletons, immutable subclasses, __init__ return value.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.created)
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))
class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return super().__new__(cls, v)
print(PositiveInt(5) + 1, type(PositiveInt(5)).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print("ValueError:", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4))
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(NewReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, v):
        self.v = v
class NoInit(Base):
    pass
print(NoInit(7).v)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Base(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
class Registry:
    instances = []
    def __new__(cls, *a, **k):
        obj = super().__new__(cls)
        cls.instances.append(obj)
        return obj
    def __init__(self, name):
        self.name = name
Registry("a"); Registry("b")
print([r.name for r in Registry.instances])
