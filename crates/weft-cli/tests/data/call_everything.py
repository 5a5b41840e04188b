# Calls every builtin function, and every method of the builtin types, with
# assorted wrong arguments. Each call may raise; none may crash the VM.
import sys

samples = [(), (0,), (-1,), ("s",), (None,), ([1],), ((1, 2),), ({1: 2},), (1.5,), (2**70,), (b"b",),
           (1, 2), ("a", "b"), (None, None), ([], {}), (1, "x", None), (0, 0, 0, 0)]
def poke(function, label):
    ok = errors = 0
    for args in samples:
        try:
            function(*args)
            ok += 1
        except BaseException as error:
            if isinstance(error, (KeyboardInterrupt,)):
                raise
            errors += 1
    return ok + errors

targets = [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
           object, type, bool, property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed]
total = 0
functions = [abs, all, any, ascii, bin, callable, chr, delattr, dir, divmod, format, getattr, hasattr, hash, hex,
             id, isinstance, issubclass, iter, len, max, min, next, oct, ord, pow, repr, round, setattr, sorted,
             sum, vars]
for function in functions:
    total += poke(function, function.__name__)
for cls in targets:
    total += poke(cls, cls.__name__)
    for attribute in dir(cls):
        if attribute in ("__new__", "__init_subclass__", "__class__", "__subclasshook__"):
            continue
        try:
            method = getattr(cls, attribute)
        except BaseException:
            continue
        if callable(method):
            total += poke(method, cls.__name__ + "." + attribute)
instances = [0, 1.5, "text", b"bytes", bytearray(b"ba"), [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({3}), range(3),
             None, True, 2**80, 3j, iter([1]), (x for x in [1]), {1: 2}.keys(), {1: 2}.items()]
for value in instances:
    for attribute in dir(value):
        if attribute.startswith("__") and attribute not in ("__len__", "__getitem__", "__contains__", "__iter__",
                                                            "__add__", "__mul__", "__eq__", "__lt__", "__hash__",
                                                            "__repr__", "__format__", "__setitem__", "__delitem__"):
            continue
        try:
            method = getattr(value, attribute)
        except BaseException:
            continue
        if callable(method):
            total += poke(method, type(value).__name__ + "." + attribute)
print("calls made:", total > 1000)
