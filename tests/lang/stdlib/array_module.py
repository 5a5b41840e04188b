# array.array: typed items checked on the way in, with CPython's errors,
# and bytes in and out.
import array

for tc, v in [("b", 200), ("b", -200), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1),
              ("I", 2**32), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("Q", 2**64), ("f", "x"), ("i", 1.5),
              ("i", "x")]:
    try:
        array.array(tc, [v])
        print(tc, v, "ok")
    except (OverflowError, TypeError) as e:
        print(tc, v, type(e).__name__, e)
a = array.array("i", [1, 2, 3])
print(a, repr(a), a.itemsize, a.typecode, a[1], a[-1], a[1:], list(a), a.tolist(), a.tobytes())
print(array.array("d"), array.array("u", "hi"), array.array("f", [1.5, 0.1]), array.array("b", b"ab"))
for bad in [("z",), ("i", "abc")]:
    try:
        array.array(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.append(4)
a.extend([5])
a += array.array("i", [6])
print(a * 2, a == array.array("i", [1, 2, 3, 4, 5, 6]), a.pop(), a.index(3), a.count(2), a)
for action in [lambda: a.extend(array.array("d", [1.0])), lambda: a.index(99), lambda: a.remove(99), lambda: a[10]]:
    try:
        action()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
a[0] = 9
del a[1]
print(a)
a.reverse()
print(a)
a.insert(0, 7)
print(a, 5 in a, len(a))
b = array.array("h")
b.frombytes(b"\x01\x00\x02\x00")
print(b)
b.byteswap()
print(b, array.array("l", [1, -2]).tobytes(), array.array("L", [2**64 - 1]))
try:
    b.frombytes(b"\x01")
except ValueError as e:
    print("ValueError", e)
print(array.array("i", [3, 1, 2]) < array.array("i", [3, 2]), sorted(array.array("i", [3, 1, 2])), array.typecodes)
c = array.array("d", [1.0, 2.5])
c[0:1] = array.array("d", [7.0, 8.0])
print(c, array.array("d", c), array.array("u", "xyz").tounicode())
for action in [lambda: c.__setitem__(0, "x"), lambda: c.__setitem__(slice(0, 1), [1.0])]:
    try:
        action()
    except TypeError as e:
        print("TypeError", e)
