# Sets: construction, operators, methods, membership.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} == {1}, {1} != {2})
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s), 3 in s, 5 not in s)
s.update([5, 6], {7})
print(s)
s.discard(5)
s.discard(100)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
popped = {42}.pop()
print(popped)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4, 5}
c -= {3}
c ^= {9, 2}
print(sorted(c))
c.intersection_update({4, 9, 10})
print(sorted(c))
c.difference_update({4})
c.symmetric_difference_update({1, 9})
print(c)
c.clear()
print(c, set(), bool(c))
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(sorted(uniq), len(uniq), sorted(set("mississippi")))
print({x % 3 for x in range(10)}, set(range(5)), set([3, 3, 1]))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print("TypeError:", e)
print({1, 1.0, True}, {0, False}, len({(1, 2), (1, 2)}))
cp = a.copy()
cp.add(99)
print(sorted(a), sorted(cp))
print(sorted({"b", "a", "c"} - {"a"}), sorted({"x"} | {"y"}))
print({1, 2} == frozenset({1, 2}), type({1} | frozenset({2})).__name__)
