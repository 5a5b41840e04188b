# __class__ assignment between compatible classes, and __slots__ member descriptors.
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x',)
class C: pass
class D: pass
a = A(); a.x = 1
a.__class__ = B
print(type(a).__name__, a.x)
try: a.__class__ = C
except TypeError as e: print(e)
c = C(); c.__class__ = D; print(type(c).__name__)
try: c.__class__ = int
except TypeError as e: print(e)
try: c.__class__ = 3
except TypeError as e: print(e)
try: del c.__class__
except TypeError as e: print(e)
try: (1).__class__ = D
except TypeError as e: print(e)
print(A.x, A.__dict__['x'])
try:
    class E:
        __slots__=('y',)
        y = 3
except ValueError as e: print(e)
class F(A):
    __slots__=('z',)
f=F(); f.x=1; f.z=2; print(f.x, f.z); del f.z
try: f.z
except AttributeError as e: print(e)
try: del f.z
except AttributeError as e: print(e)
# The namespaces of builtin classes are ordinary dicts.
print(object.__dict__.get("__slots__", ()), "append" in list.__dict__, len(int.__dict__) > 10)
