# frozenset: immutable, hashable sets.
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), frozenset("aab") == frozenset({"a", "b"}))
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 5})
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs.union([7])).__name__)
print(fs.issubset({1, 2, 3, 4}), fs.issuperset([1, 2]), fs.isdisjoint([]), fs.copy() == fs)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset()))
groups = {frozenset(["a", "b"]): "ab", frozenset(["c"]): "c"}
print(groups[frozenset(["b", "a"])], frozenset(["c"]) in groups)
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(nested), frozenset([1, 2]) in nested)
print(frozenset([1, 2]) == {1, 2}, frozenset() == set(), frozenset([1]) < frozenset([1, 2]))
print(sorted(frozenset("hello")), sorted(frozenset(range(5)), reverse=True))
def power_set(items):
    result = [frozenset()]
    for item in items:
        result = result + [s | {item} for s in result]
    return result
ps = power_set([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
print(frozenset({1: "a", 2: "b"}), frozenset(x * x for x in range(4)))
print(repr(frozenset()), repr(frozenset([5])), str(frozenset([0, 1])))
seen = set()
for pair in [(1, 2), (2, 1), (3, 4), (1, 2)]:
    key = frozenset(pair)
    if key in seen:
        print("duplicate", pair)
    seen.add(key)
print(len(seen))
