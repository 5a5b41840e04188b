# random: str, bytes and bytearray seeds (SHA-512, and version 1's hash),
# float seeds, and getstate/setstate round trips.
import random

for seed in ["hello", "", "λ unicode", b"bytes", bytearray(b"array"), 3.25, -7]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(1, 1000), r.getrandbits(70))
r = random.Random()
r.seed("old", version=1)
print(r.random())
r.seed(b"old bytes", version=1)
print(r.random())

r = random.Random(2024)
r.random()
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
r.gauss(0, 1)
state = r.getstate()
print(state[2] is not None)
g = r.gauss(0, 1)
r.setstate(state)
print(g == r.gauss(0, 1))
random.seed("module level")
print(random.random(), random.choice("abcdef"))
saved = random.getstate()
a = random.random()
random.setstate(saved)
print(a == random.random())
v2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in state[1][:-1]) + (state[1][-1],), None)
r.setstate(v2)
print(r.random())

for bad in [(3, (1,) * 5, None), (3, (1,) * 624 + (700,), None), (4, (), None), (3, (-1,) * 625, None)]:
    try:
        random.Random().setstate(bad)
    except (ValueError, OverflowError, TypeError) as error:
        print(type(error).__name__, error)
try:
    random.Random([1, 2])
except TypeError as error:
    print("TypeError:", error)
