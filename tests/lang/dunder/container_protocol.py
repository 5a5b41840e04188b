# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(len(g), g[1, 1], g[0, 0], "#" in g, "%" in g)
print(g.render())
del g[1, 1]
print(g.render())
for key in [(9, 9), (-1, 0)]:
    try:
        g[key] = "x"
    except IndexError as e:
        print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
sq = Squares(6)
print(list(sq), sq[2], sq[-1], sq[1:4], sq[::-2], 16 in sq, 17 in sq, list(reversed(sq)))
print(sorted(sq, reverse=True), sum(sq), max(sq), [v for v in sq if v % 2])
a, b, *rest = sq
print(a, b, rest)
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
print(list(Countdown(4)), list(reversed(Countdown(4))), 2 in Countdown(3))
class Defaults(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Defaults()
print(dd["abc"], dd["hello"], dd, dd.get("zz"))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(bool(Squares(0)), bool(Squares(2)))
