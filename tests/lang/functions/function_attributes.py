# Function objects: __name__, __qualname__, __doc__, __module__, attributes, first-class use.
def plain():
    """A plain function.

    It has a multi-line docstring."""
    return 1
def nodoc():
    return 2
print(plain.__name__, plain.__qualname__, nodoc.__doc__, plain.__module__)
print(plain.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class C:
    def method(self):
        "method doc"
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__, C.Nested.__qualname__, C.method.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
plain.custom = "attached"
print(plain.custom, getattr(plain, "custom"), hasattr(nodoc, "custom"))
print(callable(plain), callable(C), callable(C()), callable(5))
funcs = {"p": plain, "n": nodoc}
print(sorted((k, f()) for k, f in funcs.items()))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 7, 2), apply(str.upper, "x"), apply(len, [1, 2]))
print(type(plain).__name__, type(len).__name__, type(C().method).__name__, type("".upper).__name__)
print(len.__name__, len.__qualname__ if hasattr(len, "__qualname__") else "", print.__name__)
def annotated(x: int, y: "str" = "d") -> bool:
    return True
print(annotated.__annotations__)
def gen_maker():
    yield 1
print(type(gen_maker).__name__, type(gen_maker()).__name__)
bound = C().method
print(bound.__name__, bound.__self__.__class__.__name__, bound.__func__ is C.method)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__, renamed.__qualname__)
print(plain == plain, plain != nodoc, plain() + nodoc())
def docstring_first():
    "docstring"
    x = "not a doc"
    return x
print(docstring_first.__doc__, docstring_first())
print(str.upper.__name__, str.upper.__qualname__, [].append.__name__)
