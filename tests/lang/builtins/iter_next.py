# iter() including the two-argument (callable, sentinel) form; next() with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
data = [5, 8, 0, 3, 7]
pos = 0
def read():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(read, 0)), pos)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["first", "second", "", "after blank"]
reader = iter(lines)
print(list(iter(lambda: next(reader), "")), next(reader))
sentinel_it = iter(tick, 100)
print(type(sentinel_it).__name__, next(sentinel_it), next(sentinel_it))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]), )
except StopIteration as e:
    print("StopIteration", repr(e))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "no more keys"))
s = iter("xyz")
print(next(s), "".join(s), next(s, "-"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), -1)))
chunks = iter(range(10))
batches = []
while True:
    batch = [v for _, v in zip(range(3), chunks)]
    if not batch:
        break
    batches.append(batch)
print(batches)
gen = (c for c in "ab")
print(next(gen), next(gen), next(gen, "gen done"))
print(iter(it) is it, next(iter(range(3, 9))), next(reversed([1, 2, 3])))
