# __format__ on user classes; format() and f-string conversions (!r !s !a).
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or spec == "":
            return format(self.c, spec[:-1] + "f" if spec else "") + "°C"
        return format(self.c, spec)
    def __repr__(self):
        return "Temp(%r)" % self.c
    def __str__(self):
        return "%s degrees" % self.c
t = Temp(21.5)
print(f"{t}", f"{t:.1C}", f"{t:.0F}", f"{t:>8}", format(t, ".2F"), "{:C}".format(t))
print(f"{t!r}", f"{t!s}", f"{t!a}", f"{t!r:>15}|", f"{t!s:^16}|", str(t), repr(t))
print("{0!r} {0!s} {0}".format(t))
class Plain:
    def __str__(self):
        return "plain-str"
    def __repr__(self):
        return "Plain<é>"
pl = Plain()
print(f"{pl}", f"{pl!r}", f"{pl!a}", format(pl), format(pl, ""), "{}".format(pl))
try:
    format(pl, "10")
except TypeError as e:
    print("TypeError:", e)
class Spec:
    def __format__(self, spec):
        return "spec=" + repr(spec)
s = Spec()
w = 7
print(f"{s}", f"{s:abc}", f"{s:{w}x}", f"{s:>{w}.{w}}", "{:xyz}".format(s), format(s, "!r"))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        sign = "-" if self.amount < 0 else ""
        return sign + "$" + format(abs(self.amount), spec or ",.2f")
for m in [Money(1234.5), Money(-0.5), Money(1e6)]:
    print(f"[{m}] [{m:.0f}] [{m:>12,.1f}]")
print(format(3, "") == str(3), format(2.5) == str(2.5), format("x") == "x")
class Sub(int):
    pass
print(format(Sub(255), "x"), f"{Sub(7):03}", f"{Sub(5)!r}")
