# Lambda expressions.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(square.__name__, type(square).__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
print((lambda *args: sum(args))(1, 2, 3), (lambda **kw: sorted(kw))(b=1, a=2))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: None)() is None, (lambda x: x)(lambda: 1)())
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: len(p[1])))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda x: (lambda y: x * y))(3)(4))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hey"), apply_twice(square, 3))
try:
    square()
except TypeError as e:
    print("TypeError:", e)
