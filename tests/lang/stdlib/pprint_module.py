# pprint: dicts sorted or not, wrapping at a width, depth, compact lists,
# indent, long str and bytes split into pieces, recursion, pp, saferepr.
import pprint
data = {"name": "weft", "versions": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y" * 40)}], "b": None},
        "tuple": (1,), "set": {3, 1, 2}, "fs": frozenset({2, 1}), "empty": [], "flag": True, 3: "three"}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), width=30, compact=True)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
pprint.pprint([[1, 2, 3], [4, 5, 6]] * 8)
pprint.pprint({"key%d" % i: ["value"] * i for i in range(6)}, indent=4)
r = [1, 2]; r.append(r); print(pprint.isrecursive(r), pprint.isreadable([1, 2]), pprint.saferepr({"a": [1]}))
pprint.pprint(tuple(range(25)))
pprint.pprint(b"spam and eggs " * 10)
pprint.pprint(["short", 10 ** 30, 1.5, None, ("a", "b")], width=20)
pprint.pp({"b": 1, "a": 2})
pprint.pprint(12345678, underscore_numbers=True)
text = "The quick brown fox jumps over the lazy dog. " * 6
pprint.pprint(text)
pprint.pprint({"doc": text, "lines": "first line\nsecond line that is rather long " * 3}, width=50)
pprint.pprint([text[:100]], width=60)
