# __name__, __qualname__, __doc__, __dict__, __class__, __module__, vars(), dir().
class Outer:
    """Outer docstring."""
    class_attr = 1
    class Inner:
        pass
    def method(self):
        pass
class NoDoc:
    pass
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.__doc__, NoDoc.__doc__, Outer.__module__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))
print("__doc__" in Outer.__dict__, "__init__" in Outer.__dict__, "class_attr" in vars(Outer))
o = Outer()
o.a = 1
o.b = "two"
print(o.__dict__, vars(o), o.__class__.__name__, o.__class__.__qualname__)
o.__dict__["c"] = 3.0
print(o.c, sorted(vars(o)))
print(type(o).__name__, type(Outer).__name__, type(type).__name__, type(object).__name__)
print(Outer.__class__ is type, o.__class__ is Outer, (5).__class__.__name__)
print([n for n in dir(o) if not n.startswith("__")])
print([n for n in dir(Outer) if not n.startswith("__")])
print("__init__" in dir(o), "__repr__" in dir(o), "__eq__" in dir(Outer))
class Child(Outer):
    child_attr = "c"
    def method(self):
        return "overridden"
print([n for n in dir(Child()) if not n.startswith("_")])
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print(Child.__base__.__name__, Child.__bases__[0] is Outer, object.__bases__)
print(str(Outer), repr(Outer), str(int), repr(type(None)), str(Outer.Inner))
print(repr(Outer.method).split(" at ")[0], Outer.method.__qualname__)
def make_class():
    class Local:
        pass
    return Local
L = make_class()
print(L.__name__, L.__qualname__, L)
print(type(len), type(print), str(type(o.method)), type(Outer.method))
print(isinstance(Outer, type), isinstance(o, type), issubclass(type, object))
print(hasattr(o, "__dict__"), hasattr(5, "__dict__"), vars(NoDoc()) == {})
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
o.__class__ = Child
print(o.method(), type(o).__name__)
