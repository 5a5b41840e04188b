# yield from: delegation, return values, send/throw passthrough, flattening.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("  inner returned:", result)
    yield 3
    return "outer done"
print(list(outer()))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator():
    while True:
        subtotal = yield from accumulate()
        print("  subtotal", subtotal)
d = delegator()
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    print("send", v, "->", d.send(v))
def catcher():
    try:
        yield "ready"
    except ValueError as e:
        yield "inner caught " + str(e)
def wrapper():
    yield from catcher()
    yield "wrapper continues"
w = wrapper()
print(next(w), w.throw(ValueError("boom")), next(w))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  inner closed")
def outer_close():
    try:
        yield from closer()
    finally:
        print("  outer closed")
oc = outer_close()
next(oc)
oc.close()
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
for line in tree(6):
    print(line)
def gen_returns_nothing():
    yield from []
    return None
print(list(gen_returns_nothing()))
def yield_from_iterable_types():
    yield from {"k1": 1, "k2": 2}
    yield from "xy"
    yield from b"\x01\x02"
print(list(yield_from_iterable_types()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print("TypeError:", e)
