# __hash__ together with __eq__; unhashable classes; dict/set keys.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(len(self.name))
    def __repr__(self):
        return "Key(%r)" % self.name
d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d), Key("alpha") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s), sorted(k.name for k in s))
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__ is None)
try:
    {EqNoHash()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "CH(%d)" % self.v
print(hash(ConstHash(1)), {ConstHash(1): "a", ConstHash(2): "b", ConstHash(1): "c"})
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class Child(Key):
    pass
print(Child("Alpha") == Key("alpha"), hash(Child("abc")) == hash(Key("xyz")))
class Unhash:
    __hash__ = None
try:
    {Unhash(): 1}
except TypeError as e:
    print("TypeError:", e)
print([hash(v) for v in (0, 1, -1, -2, 10 ** 20, 2 ** 61 - 1, True, 1.0, 2.5)])
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((None,)) == hash((None,)))
cache = {}
def cached(a, b):
    key = (a, b)
    if key not in cache:
        cache[key] = a ** b
    return cache[key]
print(cached(2, 10), cached(2, 10), len(cache), list(cache))
