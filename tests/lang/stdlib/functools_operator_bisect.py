# functools (reduce, partial, lru_cache, cache, wraps, total_ordering,
# cmp_to_key, cached_property), operator and bisect.
import bisect
import functools
import operator
from functools import lru_cache, partial, reduce, wraps

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func is power, square.args, square.keywords)
nested = partial(partial(max, 1), 5)
print(nested(3), nested.args)

@lru_cache(maxsize=2)
def slow(x):
    return x * 10
print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().misses)

@lru_cache
def bare(x):
    return x
bare(1); bare(1)
print(bare.cache_info())

def logged(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper

@logged
def documented(a):
    "Adds one."
    return a + 1
print(documented.__name__, documented.__doc__, documented(1), documented.__wrapped__.__name__)

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed)

print(operator.add(1, 2), operator.mul("a", 3), operator.neg(4), operator.not_(0), operator.truth([]))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.itemgetter("k")({"k": 9}))
class P:
    def __init__(self):
        self.x = 1
        self.child = self
print(operator.attrgetter("x")(P()), operator.attrgetter("x", "child.x")(P()))
print(operator.methodcaller("split", ",")("a,b"), operator.methodcaller("replace", "a", "o")("banana"))
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("m", 1, k=2)))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
x = [1]
print(operator.iadd(x, [2]), x, operator.lt(1, 2), operator.eq("a", "a"), operator.floordiv(7, 2))
data = {"a": 1}
operator.setitem(data, "b", 2)
operator.delitem(data, "a")
print(data, operator.getitem(data, "b"), operator.index(5), operator.length_hint([1, 2]))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=operator.itemgetter(1)))

scores = [10, 20, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 5, hi=3))
bisect.insort(scores, 25)
bisect.insort_left(scores, 10)
print(scores)
people = [("al", 30), ("bo", 40)]
print(bisect.bisect(people, 35, key=operator.itemgetter(1)))
bisect.insort(people, ("cy", 35), key=operator.itemgetter(1))
print(people)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)
