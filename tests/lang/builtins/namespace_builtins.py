# dir(), vars() and locals() without arguments see the caller's namespace.
x = 1
print([n for n in dir() if not n.startswith("__")], "x" in vars())
def f(a, b=2):
  c = 3
  return dir(), sorted(vars().items()), sorted(locals())
print(f(1))
class K:
  y = 2
  print(dir())
