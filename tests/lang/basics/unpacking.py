# Tuple unpacking, star targets and star/double-star in displays and calls.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y, z = 1, 2
print(x, y, z)
[p, q] = "pq"
print(p, q)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
for n, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(n, others)

print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *(2, 3)} == {1, 2, 3})
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1, "z": 0})
print(*[1, 2, 3], sep="-")

def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, kwargs
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], **{"c": 3, "d": 4}))
print(f(**{"a": "A", "b": "B"}))

try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    a, *b, c = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError:", err)

m = [[1, 2], [3, 4]]
(r1c1, r1c2), (r2c1, r2c2) = m
print(r1c1 + r2c2, r1c2 + r2c1)
s = t = u = 7
print(s, t, u)
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
