# Variable annotations fill __annotations__ in modules and classes; list[int] and friends.
"""doc"""
x: int = 1
y: "str"
import sys
print(__annotations__)
class P:
    a: int
    b: float = 2.0
    if True:
        c: list[int] = []
    def f(self):
        z: undefined_name = 3
        return z
print(P.__annotations__, P.b, P().f())
try:
    print(P.a)
except AttributeError as e:
    print(e)
class Q: pass
print(hasattr(Q, "__annotations__") and Q.__dict__.get("__annotations__"))
def g(a: int) -> str: pass
print(g.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[P], list[int](range(3)), list[int].__origin__, dict[str, int].__args__)
v: dict[str, int] = {}
print(__annotations__)
