# sorted() and list.sort(): keys, reverse, stability, mixed errors.
nums = [5, -3, 2, -8, 0, 7, 2]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
words = ["pear", "Fig", "apple", "date", "Banana", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1], []]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([], reverse=True))
data = [3, 1, 2]
data.sort(reverse=True)
print(data)
stable = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(stable, key=lambda t: t[1]))
print(sorted(stable, key=lambda t: t[1], reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "V(%d)" % self.n
print(sorted([V(3), V(1), V(2)]), max([V(3), V(9), V(2)], key=lambda v: v.n))
grid = [[3, 2, 1], [9, 8], [5]]
for row in grid:
    row.sort()
grid.sort(key=len)
print(grid)
big = list(range(20, 0, -1))
big.sort(key=lambda n: (n % 3, n))
print(big)
print(sorted(range(10), key=lambda n: -n)[:3], list(reversed(sorted("bca"))))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
