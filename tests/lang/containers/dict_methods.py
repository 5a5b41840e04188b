# Dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("c"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(a=0)
print(d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"], d == e)
e.clear()
print(e, len(e))
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in {"one": 1, "two": 2, "uno": 1}.items()}
print(inverted)
shallow = {"list": [1, 2]}
copy = shallow.copy()
copy["list"].append(3)
print(shallow)
fk = dict.fromkeys(["a", "b"], [])
fk["a"].append(1)
print(fk)
stack = {"k1": 1, "k2": 2, "k3": 3}
while stack:
    print("popitem ->", stack.popitem())
try:
    d.update(5)
except TypeError as err:
    print("TypeError:", err)
try:
    d.update([("a", 1, 2)])
except ValueError as err:
    print("ValueError:", err)
try:
    dict([1, 2])
except TypeError as err:
    print("TypeError:", err)
print(dict(a=1).get("a"), {}.get("x", []), {None: 0}.get(None))
