# type(), isinstance, issubclass, object, callable, and the container constructors.
values = [0, 1.0, 1j, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), slice(1), len, print]
for v in values:
    print(type(v).__name__, type(v) is v.__class__, isinstance(v, object))
print(type(int), type(type), type(object), type(None), type(...), type(NotImplemented))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance("x", (list, tuple)))
print(isinstance(1, float), isinstance(1.0, int), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(list, list), issubclass(dict, list))
print(issubclass(object, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(callable(len), callable("x"), callable(str), callable(lambda: 0), callable(None), callable([].append))
o = object()
print(type(o).__name__, hasattr(o, "__class__"), o == o, o != object(), str(o).startswith("<object object at"))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(list(), list("ab"), list((1, 2)), list({"k": 0}), list(range(2)), list({3}))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({"a": 1}.items()))
print(dict(), dict(a=1), dict([(1, 2)]), dict({"x": 0}, y=1), dict(zip("ab", "xy")))
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, frozenset([1]), set(range(3)))
print(str(), str(1), str(1.5), str([1]), str(b"x"), str(None), str(str), str(type(1)))
print(repr("s"), repr(1), repr([1, "a"]), repr(None), repr(int), repr(len), repr(...))
print(ascii("é"), ascii("plain"), ascii(["ü", 1]), ascii("\n"), ascii("😀"))
print(type(5)(7), type("")("x"), type([])(), type(3.0)("2.5"), int.__name__, str.__qualname__)
print(type(type(5)) is type, type(int) == type, int is type(0))
def f():
    pass
class C:
    pass
print(type(f).__name__, type(C).__name__, type(C()).__name__)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass("str", str)
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, ()), issubclass(int, ()), isinstance([], (int, (str, list))))
print(bool.__bases__ == (int,), int.__bases__ == (object,), object.__bases__ == ())
