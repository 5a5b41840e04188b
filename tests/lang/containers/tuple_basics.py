# Tuples: immutability, packing, methods, comparisons, hashing.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__, len(single))
print(t.count(None), (1, 2, 1, 1).count(1), (5, 6, 7).index(7))
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5))
print((1, 2) == (1, 2), (1, 2) == [1, 2], 2 in (1, 2), (1, [2]) == (1, [2]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, -2)), hash((0, 0.0, False)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
mut = ([1], [2])
mut[0].append(99)
print(mut)
try:
    mut[0] += [100]
except TypeError as e:
    print("TypeError:", e)
print(mut)
def minmax(items):
    return min(items), max(items)
lo, hi = minmax([4, 9, 1])
print(lo, hi, minmax("hello"))
coords = {(0, 0): "origin", (1, 2): "point"}
print(coords[(1, 2)], coords[0, 0])
pairs = [(2, "b"), (1, "a"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs))
print(repr((1,)), repr(((),)), str(("a", 'b"')))
a, b, *c = (1, 2, 3, 4)
print(a, b, c, type(c).__name__)
print(tuple(x * 2 for x in range(4)), sum((1, 2, 3)), any(()), all(()))
print((1, 2, 3)[5:], (1, 2, 3)[-5:1])
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
print(tuple.__name__, (1, 2).__len__(), (3, 4).__getitem__(0))
