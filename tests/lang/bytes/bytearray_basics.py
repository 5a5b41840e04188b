# The mutable bytearray type.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 74
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[0:1] = b"XYZ"
print(ba)
del ba[0:2]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 64)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray())
x = bytearray(b"abc")
y = x
y += b"def"
print(x, x is y)
x *= 2
print(y)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc") == b"abc", bytes(bytearray(b"xyz")), bytearray(b"A b").lower())
print(bytearray(b"hello world").split(), bytearray(b"x").decode(), bytearray(b"abc").hex())
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append("a")
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
buf = bytearray()
for i in range(10):
    buf.append(48 + i)
print(buf, buf.decode(), buf[::-1], buf.count(b"5"), buf.find(b"789"))
ba2 = bytearray(b"abcdef")
ba2[::2] = b"XYZ"
print(ba2)
del ba2[::2]
print(ba2, ba2.upper(), ba2.replace(b"b", b"BB"))
ba2.clear()
print(ba2, len(ba2), bool(ba2))
print(list(bytearray(b"\x00\xff")), bytearray(b"\x00\xff"))
