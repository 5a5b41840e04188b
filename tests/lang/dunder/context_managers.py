# __enter__ / __exit__: with statement, exception suppression, nesting, return values.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Tracker("a") as value:
    print("inside with", value)
with Tracker("outer"), Tracker("inner") as v2:
    print("nested body", v2)
with Tracker("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Tracker("ns"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with Tracker("ret"):
        return "returned value"
print(early_return())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *args):
        Resource.opened -= 1
        return None
with Resource() as r1, Resource() as r2:
    print("open count", Resource.opened, r1 is not r2)
print("open count after", Resource.opened)
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with FailEnter():
        print("never runs")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
with Tracker("tuple-target") as (a, *rest):
    print(a, rest)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError, KeyError):
    1 / 0
with Suppress(KeyError):
    {}["x"]
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)
