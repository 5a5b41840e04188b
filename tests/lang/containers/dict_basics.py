# Dicts: creation, lookup, insertion order, update, deletion, keys.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d, 2 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float?", True: "bool?"})
print({(1, 2): "tuple", None: "none", 3.5: "float", "s": "str", frozenset([1]): "fs"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
del d["a"]
d["a"] = "re-added"
print(d, list(d))
order = {}
for k in ["zeta", "alpha", "mid", "alpha", "zeta", "new"]:
    order[k] = order.get(k, 0) + 1
print(order)
print({"x": 1} == {"x": 1}, {"x": 1, "y": 2} == {"y": 2, "x": 1}, {"x": 1} != {"x": 1.0})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"])
nested["outer"]["new"] = {}
print(nested)
inventory = {"apples": 5, "pears": 0}
for fruit in ["apples", "kiwis", "pears"]:
    if fruit in inventory and inventory[fruit]:
        print(fruit, "in stock:", inventory[fruit])
    else:
        print(fruit, "unavailable")
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
merged |= {"d": 5}
merged |= [("e", 6)]
print(merged)
squares = {n: n * n for n in range(6)}
print(squares, sum(squares.values()))
print(repr({"q": "'", "dq": '"'}), str({1: [2]}))
r = {}
r["self"] = r
print(r)
print(bool({}), bool({0: 0}), len({1: 1, 2: 2}))
keys = [3, 1, 2]
print(dict.fromkeys(keys), dict.fromkeys("ab", 0))
print({k: v for k, v in sorted({"b": 1, "a": 2}.items())})
print(d.__getitem__("b"), d.__contains__("zz"), d.__len__())
