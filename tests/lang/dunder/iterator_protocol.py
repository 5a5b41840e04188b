# __iter__ / __next__, StopIteration, iter() on user types, for-loop mechanics.
class CountUp:
    def __init__(self, limit):
        self.limit = limit
        self.current = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.current >= self.limit:
            raise StopIteration
        self.current += 1
        return self.current
c = CountUp(3)
print(list(c), list(c))
it = iter(CountUp(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
class Fib:
    def __init__(self, maximum):
        self.maximum = maximum
    def __iter__(self):
        return FibIter(self.maximum)
class FibIter:
    def __init__(self, maximum):
        self.a, self.b, self.maximum = 0, 1, maximum
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.maximum:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), sum(f), 55 in f, 56 in f)
for x, y in zip(Fib(10), Fib(10)):
    print(x, y, end="; ")
print()
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class IterReturnsBad:
    def __iter__(self):
        return 5
try:
    iter(IterReturnsBad())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i
print(list(Seq()), "item1" in Seq(), list(enumerate(Seq())))
class Stopper:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration("done")
        return self.n
s = Stopper()
for v in s:
    print("got", v)
print("after loop n =", s.n)
lst = [1, 2, 3]
li = iter(lst)
print(next(li))
lst.append(4)
print(list(li), type(li).__name__, type(iter("ab")).__name__, type(iter({})).__name__)
print(iter(li) is li, list(iter(range(3))), list(map(str, CountUp(3))))
r = iter(range(5))
print(list(zip(r, r)))
