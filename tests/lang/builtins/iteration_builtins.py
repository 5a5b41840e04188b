# len, enumerate, zip, map, filter, reversed, range, iter/next.
print(len("héllo"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"ab"), len(""))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("a", "b", "c")))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "abc")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda c: c.isupper(), "aBcDe")))
print(list(filter(str.isdigit, ["1", "a", "22"])), type(filter(None, [])).__name__, type(map(str, [])).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(range(3), range(3))
print(next(z), list(z))
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
for i, (a, b) in enumerate(zip("xyz", [10, 20, 30])):
    print(i, a, b)
print(sorted(map(len, ["aaa", "b", "cc"])), sum(map(int, "12345")), max(map(abs, [-7, 3])))
words = ["apple", "bob", "kayak", "level", "python"]
print(list(filter(lambda w: w == w[::-1], words)))
print(list(map(lambda pair: pair[0] + pair[1], zip("abc", "xyz"))))
counter = iter(range(100))
print(list(zip(counter, "ab")), next(counter))
print(len(list(zip(*[iter(range(9))] * 3))), list(zip(*[iter(range(9))] * 3)))
try:
    len(iter([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
