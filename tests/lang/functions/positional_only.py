# Positional-only (/) and keyword-only (*) parameters.
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
def kwargs_same_name(name, /, **kwargs):
    return name, kwargs
print(kwargs_same_name("pos", name="kw"))
def defaults(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(defaults(1), defaults(1, 20), defaults(1, 20, 30), defaults(1, c=30, d=40))
def only_kw(*, key):
    return key
print(only_kw(key="k"))
try:
    only_kw("k")
except TypeError as e:
    print("TypeError:", e)
try:
    only_kw(kee="k")
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def moved(self, /, dx=0, *, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2).moved(5, dy=1)
print(p.x, p.y)
try:
    Point(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), pow(2, 5), len("abc"))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
def everything(a, b=1, /, c=2, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(everything(0, d=3))
print(everything(0, 1, 2, 3, 4, d=5, f=6))
print(everything(0, c=9, d=8, b=7))
