# hash() of ints, floats, bools, tuples, frozensets of ints, None-free cases (deterministic values).
ints = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)]
for n in ints:
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0), hash(2.0), hash(-1.0), hash(0.5), hash(1.5), hash(-0.5), hash(1e100), hash(float("inf")))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
tuples = [(), (0,), (1,), (1, 2), (2, 1), (1, (2, 3)), ((1, 2), 3), (-1,), (-2,), (1.5, 2), (True, False), (0, 0, 0)]
for t in tuples:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(tuple()), hash((1, 2)) != hash((2, 1)))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(3)) == hash(range(0, 3)), hash(None) == hash(None))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
print(hash(Point(1, 2)) == hash((1, 2)), hash(Point(1, 2)), len({Point(1, 2), Point(1, 2), Point(2, 1)}))
for unhashable in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(hash(10 ** 40), int), -2 ** 63 <= hash(10 ** 40) < 2 ** 63)
