# __call__ and callable instances.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(10), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 1, 2])), sorted([3, 1, 2], key=Adder(-10)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
counter = Counter()
for _ in range(4):
    counter()
print(counter.calls, counter())
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        return "Polynomial%r" % (self.coeffs,)
p = Polynomial(1, -3, 2)
print(p, [p(x) for x in range(5)])
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), len(slow_square.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    text = "str"
    text()
except TypeError as e:
    print("TypeError:", e)
class Factory:
    def __call__(self, kind):
        return {"list": list, "dict": dict}[kind]()
make = Factory()
print(make("list"), make("dict"))
class Chain:
    def __init__(self, value=0):
        self.value = value
    def __call__(self, delta):
        return Chain(self.value + delta)
print(Chain()(1)(2)(3).value)
def takes_callback(cb):
    return cb("x")
print(takes_callback(str.upper), takes_callback(Adder).n, takes_callback(len))
