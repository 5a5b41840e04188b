# keys(), values(), items() views: dynamic, set-like, iteration.
d = {"x": 1, "y": 2, "z": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(list(ks), list(vs), list(its), len(ks), "x" in ks, 2 in vs, ("y", 2) in its, ("y", 3) in its)
d["w"] = 4
print(list(ks), list(vs), len(its))
del d["x"]
print(list(ks), list(its))
print(sorted(ks & {"y", "q"}), sorted(ks | {"q"}), sorted(ks - {"y"}), sorted(ks ^ {"y", "q"}))
print(ks == {"y", "z", "w"}, ks == ["y", "z", "w"], its == {("y", 2), ("z", 3), ("w", 4)})
print(sorted(its - {("y", 2)}), ks.isdisjoint({"a"}), ks.isdisjoint({"z"}))
for k in d:
    print("key", k, d[k])
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {"a": 1, "b": 2}
for k in list(d2):
    d2[k + k] = d2.pop(k) * 10
print(d2)
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(vs == vs, vs == d.values(), ks == d.keys())
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
it = iter({"one": 1, "two": 2}.items())
print(next(it), next(it))
print({}.keys(), {}.items(), list({}.values()))
print(dict(d.items()) == d, dict(zip(d.values(), d.keys())))
