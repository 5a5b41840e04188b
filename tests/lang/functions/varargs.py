# *args and **kwargs in definitions and calls.
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{"y": 5}))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(1, 2, start=100))
def config(name, **opts):
    parts = [name]
    for k, v in opts.items():
        parts.append("%s=%s" % (k, v))
    return " ".join(parts)
print(config("srv"), config("srv", port=80, debug=True, host="x"))
def wrapper(*args, **kwargs):
    return config(*args, **kwargs)
print(wrapper("w", mode="fast"))
def combo(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(combo(1, c=3))
print(combo(1, 2, 3, 4, c=5, e=6))
print(combo(*range(5), **{"c": "C", "z": "Z"}))
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    config("a", **{"name": "dup"})
except TypeError as e:
    print("TypeError:", e)
try:
    total(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def mutate(*args, **kwargs):
    kwargs["added"] = True
    return type(args).__name__, type(kwargs).__name__, kwargs
d = {"k": 1}
print(mutate(**d), d)
print(max(*[3, 9, 2]), min(4, *(1, 2)), print(*"abc", sep="|"))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(10), **dict.fromkeys("abc")))
print((lambda *a, **k: (a, k))(1, x=2))
