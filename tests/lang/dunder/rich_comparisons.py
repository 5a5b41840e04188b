# Rich comparison methods, NotImplemented, reflection, and total ordering by hand.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts
    def __ge__(self, other):
        return not self < other
    __hash__ = None
a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b)
print(sorted([Version("2.0"), a, b, Version("0.9")]), max(a, b), min([b, a]))
print(a == "1.2", a != "1.2")
try:
    a < "1.2"
except TypeError as e:
    print("TypeError:", e)
log = []
class Left:
    def __eq__(self, other):
        log.append("Left.__eq__")
        return NotImplemented
    def __lt__(self, other):
        log.append("Left.__lt__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        log.append("Right.__eq__")
        return True
    def __gt__(self, other):
        log.append("Right.__gt__")
        return "gt-result"
print(Left() == Right(), log)
log.clear()
print(Left() < Right(), log)
log.clear()
print(Left() == Left(), log)
class Base:
    def __eq__(self, other):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"
print(Base() == Derived(), Derived() == Base())
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyEq(3) in [OnlyEq(1), OnlyEq(3)], [OnlyEq(1)].index(OnlyEq(1)), [OnlyEq(2)].count(OnlyEq(2)))
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __lt__(self, other):
        return 1
    def __eq__(self, other):
        return []
print(Weird() < Weird(), Weird() == Weird(), bool(Weird() == Weird()))
print(Version("3.1.4") == Version("3.1.4"), (1, Version("1.0")) < (1, Version("1.1")))
