# Closures capturing variables from enclosing scopes.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(7))

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())

def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_accumulator()
acc(1)
print(acc(2), acc("three"))

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())

def early_binding():
    fns = []
    for i in range(3):
        def make(j):
            return lambda: j
        fns.append(make(i))
    return [f() for f in fns]
print(early_binding())

def shared():
    value = "initial"
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
getter, setter = shared()
print(getter())
setter("changed")
print(getter())

def make_adders():
    return {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
adders = make_adders()
print(adders["one"](5), adders["ten"](5))
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)
print(make_counter.__closure__)

def fib_gen():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_gen()(80))
