# staticmethod and classmethod, alternative constructors, calls via class and instance.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_ish(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class EuroDate(Date):
    def __repr__(self):
        return "%02d.%02d.%04d" % (self.d, self.m, self.y)
d1 = Date.from_string("2024-02-29")
d2 = EuroDate.from_string("1999-12-31")
d3 = d2.today_ish()
print(d1, d2, d3, type(d3).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d1.is_leap(2024), EuroDate.is_leap(2023))
print(Date.created, EuroDate.created)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(*args):
        return sum(args)
print(Registry.register("a"), Registry().register("b"), Registry.items)
print(Registry.helper(1, 2, 3), Registry().helper())
print(type(Registry.__dict__["register"]).__name__, type(Registry.__dict__["helper"]).__name__)
print(type(Registry.register).__name__, type(Registry.helper).__name__)
print(Registry.register.__self__ is Registry, Registry.helper.__name__)
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.count, SubCounter.count)
def standalone(x):
    return x * 2
class UsesPlain:
    double = staticmethod(standalone)
    make = classmethod(lambda cls, v: (cls.__name__, v))
print(UsesPlain.double(4), UsesPlain().double(5), UsesPlain.make(1), UsesPlain().make(2))
class MathUtil:
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a
    @classmethod
    def lcm(cls, a, b):
        return a * b // cls.gcd(a, b)
print(MathUtil.gcd(48, 18), MathUtil.lcm(4, 6), MathUtil().lcm(21, 6))
try:
    Date.from_string("bad")
except ValueError as e:
    print("ValueError:", e)
