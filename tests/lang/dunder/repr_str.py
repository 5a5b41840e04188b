# __repr__ and __str__, and which one each context uses.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {1: r})
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
print(repr(s).startswith("<__main__.StrOnly object at "))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested(%r)" % (self.items,)
print(Nested([1, "a", Nested([])]), str(Nested(("x",))))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
wallet = [Money(150), Money(5)]
print(wallet, ", ".join(str(m) for m in wallet), ", ".join(map(repr, wallet)))
class Sub(Money):
    pass
print(Sub(999), repr(Sub(1)))
class Raises:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([Raises()])
except ValueError as e:
    print("ValueError:", e)
class Recursive:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return "Recursive(%d)" % len(self.me)
print(Recursive(), ascii(ReprOnly()))
class Uni:
    def __repr__(self):
        return "Uni(é→✓)"
print(Uni(), repr(Uni()), ascii(Uni()), [Uni()])
