# Instance dicts are built at the size earlier instances of the class
# reached; instances that outgrow it, shrink or vary must still behave.

class Point:
    def __init__(self, x, y, extra=0):
        self.x = x
        self.y = y
        for i in range(extra):
            setattr(self, f"a{i}", i)

small = [Point(i, -i) for i in range(5)]
big = Point(1, 2, extra=12)
after = [Point(i, i * 2) for i in range(3)]
print([vars(p) for p in small[:2]])
print(len(vars(big)), sorted(vars(big))[:5], big.a11)
print([(p.x, p.y) for p in after])

# Growing past the learned size after __init__, deleting, re-adding.
p = after[0]
for i in range(20):
    setattr(p, f"late{i}", i * i)
del p.x
print(list(vars(p))[:4], p.late19, hasattr(p, "x"))
p.x = "back"
print(list(vars(p))[-1], p.x)

# __init__ that sets nothing, and one that deletes what it set.
class Empty:
    def __init__(self):
        pass

class Shrinking:
    def __init__(self):
        self.a = 1
        self.b = 2
        del self.a

print([vars(Empty()) for _ in range(2)], [vars(Shrinking()) for _ in range(2)])

# A subclass whose __init__ adds to the base's.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

print([vars(Point3(i, i, i)) for i in range(3)])
print(vars(Point(7, 8)))

# An instance made by __new__ alone starts empty.
r = Point.__new__(Point)
r.k = 5
print(vars(r))
