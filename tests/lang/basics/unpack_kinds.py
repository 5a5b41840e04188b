# Unpacking reads exact tuples and lists directly; everything else, and
# every wrong length, goes through the iterator protocol with CPython's errors.
a, b, c = (1, 2, 3)
print(a, b, c)
a, b, c = [4, 5, 6]
print(a, b, c)
(x, y), [z, w] = [(7, 8), [9, 10]]
print(x, y, z, w)


class Swapped(tuple):
    def __iter__(self):
        return iter((self[1], self[0]))


class Doubled(list):
    def __iter__(self):
        for item in list.__iter__(self):
            yield item * 2


p, q = Swapped((1, 2))
print(p, q)
p, q = Doubled([1, 2])
print(p, q)
p, q, r = Doubled([1, 2, 3])
print(p, q, r)
try:
    p, q = Doubled([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)

for sequence in [(1, 2, 3), [1, 2, 3], (1,), [], "ab", range(4)]:
    try:
        m, n = sequence
        print("ok", m, n)
    except ValueError as e:
        print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)

items = [[1, 2], [3, 4]]
for (left, right) in items:
    print(left + right)
pairs = {"k": (1, 2)}
for key, (u, v) in pairs.items():
    print(key, u, v)

# Copying a list or tuple subclass asks its own __iter__ too.
d = Doubled([1, 2])
print(list(d), [*d], tuple(d), sorted(d, reverse=True))
s = Swapped((1, 2))
print(list(s), [*s])

# Without a star, unpacking stops one item past the count: an endless
# iterator raises instead of running forever.
import itertools

try:
    a, b = itertools.count()
except ValueError as e:
    print("ValueError:", e)
seen = []


def numbers():
    for n in range(10):
        seen.append(n)
        yield n


try:
    a, b, c = numbers()
except ValueError as e:
    print("ValueError:", e, seen)
