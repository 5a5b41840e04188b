# complex() argument rules and __complex__; divmod() type errors.
class C:
  def __complex__(self): return 2j
class F:
  def __float__(self): return 1.5
for f in [lambda: complex(C()), lambda: complex(F(), F()), lambda: complex([1]), lambda: complex(1, [1]), lambda: complex(1, "x"), lambda: complex("1", 1), lambda: complex(1j, 1j), lambda: divmod(1j, 1), lambda: divmod([], 1)]:
  try: print(f())
  except TypeError as e: print(e)
