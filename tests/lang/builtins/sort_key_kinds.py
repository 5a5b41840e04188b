# Sorting takes a native path for lists of ints or of exact strs; results
# must be those of comparing with `<`, stability and reverse included, and
# subclasses that define their own comparisons must be asked.
import random

random.seed(5)
numbers = [random.randint(-10**6, 10**6) for _ in range(2000)]
print(sorted(numbers)[:5], sorted(numbers, reverse=True)[:5])
print(sorted(numbers) == sorted(numbers, key=lambda n: n))

words = ["b", "a", "é", "z", "Z", "", "ab", "\u00ff", "\U0001f600", "\uffff", "aa", "a\x00"]
print(sorted(words))
print(sorted(words, reverse=True))

# Stability with equal keys, forwards and reversed.
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(["bb", "a", "cc", "d"], key=len))


class ByLength(str):
    def __lt__(self, other):
        return len(self) < len(other)


class Descending(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([ByLength("bbb"), ByLength("a"), ByLength("cc")]))
print(sorted([Descending(1), Descending(3), Descending(2)]))
print(ByLength("bbb") < ByLength("cc"), "bbb" < "cc")
# The reflected method of a subclass on the right goes first.
print("zz" > ByLength("a"), ByLength("a") > "zz")


class Tagged(tuple):
    def __lt__(self, other):
        return self[1] < other[1]


print(sorted([Tagged((1, "c")), Tagged((2, "a")), Tagged((0, "b"))]))

# Mixed kinds take the general path.
print(sorted([3, 1.5, 2, True]))
print(sorted([2**70, 1, -2**70, 5]))
print(sorted([("b", 1), ("a", 2)]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(e)
