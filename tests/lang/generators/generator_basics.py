# Generator functions: yield, laziness, state, return value, StopIteration.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  finished")
g = count_up(3)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))
def with_return():
    yield 1
    yield 2
    return "the result"
gen = with_return()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
def evens(limit):
    for n in range(limit):
        if n % 2 == 0:
            yield n
print(list(evens(10)), sum(evens(100)), max(evens(7)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def multi_yield():
    yield "a"
    yield from ["b", "c"]
    x = yield "d"
    yield "got %r" % (x,)
print(list(multi_yield()))
def gen_with_try():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in finally")
for v in gen_with_try():
    print("value", v)
gt = gen_with_try()
for v in gt:
    print("value", v)
    break
print("after break, closing explicitly")
gt.close()
print("closed")
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(12)])
g1 = count_up(1)
print(iter(g1) is g1, g1.__name__, g1.__qualname__)
def raiser():
    yield 1
    raise ValueError("inside generator")
r = raiser()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "dead after exception"))
def bad_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
