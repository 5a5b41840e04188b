# min, max (with key/default), sum (with start), any, all.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), max([5], default=0))
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))
print(max([("a", 3), ("b", 7), ("c", 7)], key=lambda p: p[1]), min([("a", 3), ("b", 1), ("c", 1)], key=lambda p: p[1]))
print(max(-3, 2, -5, key=abs), min(-3, 2, -5, key=abs), max([1, 2, 3], key=lambda v: -v))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), max(True, 1), min(0, False))
print(max({"b": 1, "a": 2}), max({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get), min({3, 1, 2}))
for call in [lambda: min([]), lambda: max(()), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([1, "a"])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []))
print(sum((x * x for x in range(5)), start=100), sum([True, True, False]), sum([1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), any("abc"), all(""))
checked = []
def check(v):
    checked.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(v) for v in [5, 1, 7]), checked)
scores = {"ann": 90, "bob": 72, "cy": 90}
best = max(scores.values())
print(best, [n for n, s in scores.items() if s == best], max(scores, key=scores.get), min(scores, key=lambda k: (scores[k], k)))
print(max("abc", "abd", "ab"), min([[3], [1, 2], [1]]), max([], key=len, default="nothing"))
