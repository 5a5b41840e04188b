# Errors from * and ** in calls name the callee; builtins that take no keywords say so.
def f(*a, **k): pass
class C:
  def m(self, *a, **k): pass
for g in [lambda: f(*5), lambda: f(1, *5), lambda: f(**[1]), lambda: f(a=1, **{"a": 2}), lambda: C().m(**{"x":1}, **{"x": 2}), lambda: C().m(*None), lambda: print(*1), lambda: f(**{1: 2})]:
  try: g()
  except TypeError as e: print(e)
for f in [lambda: len(obj="a"), lambda: abs(x=1), lambda: isinstance(1, int, x=2), lambda: sorted([2,1], reverse=True), lambda: max([1,2], key=lambda x: -x), lambda: getattr(1, "real", default=2), lambda: "a b".split(sep=" ")]:
  try: print(f())
  except TypeError as e: print(e)
