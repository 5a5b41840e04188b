# Default values, keyword arguments, and evaluation time of defaults.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Dee"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def describe(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(describe(1, d=4), describe(1, 5, d=6, c=7))
print(greet.__defaults__, describe.__defaults__, describe.__kwdefaults__, append_safe.__defaults__)
print(greet.__name__, greet.__qualname__)
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(*[2, 10]), power(**{"base": 5}))
def f(a, b=1, c=2):
    return a + b + c
for call in [lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(1, a=2), lambda: f(1, d=5), lambda: f(b=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def kw_only_defaults(*, x=1, y):
    return x, y
print(kw_only_defaults(y=2), kw_only_defaults(y=3, x=4))
try:
    kw_only_defaults(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only_defaults()
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d=4, e=5):
    return [a, b, c, d, e]
print(many(1, 2, 3), many(1, 2, 3, e=50), many(c=3, b=2, a=1, d=40))
try:
    many(1)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2)
except TypeError as e:
    print("TypeError:", e)
def returns_none():
    return
print(returns_none(), greet("X", greeting=greet("Y", punct="")))
