# None, identity vs equality, and mutable aliasing.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, c)
print(None is None, type(None).__name__, repr(None), str(None))

def nothing():
    pass
print(nothing(), nothing() is None)

def maybe(n):
    if n > 0:
        return n
print(maybe(1), maybe(-1))
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")

t1 = (1, 2)
t2 = t1
print(t1 is t2)
s = "hello"
print(s is s, s == "hel" + "lo")
print([] is [], [] == [])
m = [[0] * 2] * 3
m[0][0] = 5
print(m)
m2 = [[0] * 2 for _ in range(3)]
m2[0][0] = 5
print(m2)
d = {}
d2 = d
d2["k"] = "v"
print(d)
copy = a[:]
copy.append(99)
print(a, copy)
copy2 = list(a)
print(copy2 == a, copy2 is a)
print(None == 0, None == False, None == "")
print(bool(None), [None] * 3)
print(isinstance(None, object), None.__class__.__name__)
