# json.dumps / json.loads: types, escapes, indent, sort_keys, separators,
# default, floats, errors with line and column.
import json

data = {"name": "weft", "tags": ["gil", "ft"], "size": 3, "ratio": 0.1 + 0.2, "ok": True, "none": None,
        "nested": {"b": [1, 2.5, {"c": []}], "a": {}}}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "two", None], separators=(",", ":")), json.dumps("caf\u00e9 \u2603 \U0001F600 \n\t\"\\"))
print(json.dumps("caf\u00e9", ensure_ascii=False), json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps((1, 2)), json.dumps(10 ** 30), json.dumps(1e300), json.dumps(float("inf")), json.dumps([]), json.dumps({}))
print(json.dumps({"x": {1, 2}}, default=sorted), json.dumps([[]], indent=4))
for bad in [lambda: json.dumps({"x": {1}}), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps({(1, 2): 3})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)

back = json.loads(text)
print(back == data, back["nested"]["b"], type(back["size"]).__name__, type(back["ratio"]).__name__)
print(json.loads('  [1, -2, 3.5e2, -0.5, "a\\u00e9\\ud83d\\ude00\\n", true, false, null, {}, []]  '))
print(json.loads('{"a": NaN, "b": Infinity}'), json.loads(b'{"k": [1]}'), json.loads("0"), json.loads('"x"'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"v": 1.5}', parse_float=str))
for bad in ['', '[1, 2', '{"a" 1}', '{a: 1}', '[1,]', '"unterminated', '[1] x', '{"a": 1,\n "b": }', '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
