# Function annotations: evaluated at definition, kept in __annotations__.
def f(a, *b: int, c: "x" = 1, **d: list) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
class K:
  def m(self, x: "K") -> int: return 1
print(K.m.__annotations__)
def outer():
  T = int
  def inner(x: T): pass
  return inner
print(outer().__annotations__)
