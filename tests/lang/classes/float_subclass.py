# Subclasses of float: construction, arithmetic, formatting, hashing and overridden operators.
class C(float):
  def f(self): return self * 2
c = C(1.5)
print(c, repr(c), c.f(), type(c).__name__, c + 1, -c, abs(C(-2.0)), hash(c) == hash(1.5), c == 1.5, isinstance(c, float), bool(C()), int(c), round(c), str(c), f"{c:.2f}", C("2.5"), {c: 1}[1.5], float(c), type(float(c)).__name__, c.is_integer(), c.real, max(c, 1))
class D(float):
  def __add__(self, o): return "added"
  def __repr__(self): return "D!"
print(D(1) + 1, 1 + D(1), D(2), [D(3)], str(D(3)))
