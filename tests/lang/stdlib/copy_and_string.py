# copy.copy / copy.deepcopy (shared parts, cycles, __copy__/__deepcopy__,
# instances and slots) and the string module.
import copy
import string

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
shared = [1, 2]
pair = [shared, shared]
twin = copy.deepcopy(pair)
print(twin[0] is twin[1], twin[0] is shared)
cycle = [1]
cycle.append(cycle)
cycled = copy.deepcopy(cycle)
print(cycled[1] is cycled, cycled is not cycle)
t = (1, (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(3)
print(q, r, q.x is p.x)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"))

class Custom:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return "deep-copied"
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
print(copy.copy({1, 2}), copy.copy(bytearray(b"x")), copy.deepcopy({"a": (1, [2])}))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
tpl = string.Template("$who likes ${what}, costs $$10")
print(tpl.substitute(who="tim", what="kung pao"), tpl.get_identifiers())
print(tpl.safe_substitute(who="tim"), string.Template("$a $b").substitute({"a": 1}, b=2))
try:
    tpl.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("ok $x").is_valid(), string.Template("$").is_valid())
print(string.Formatter().format("{0}-{name}", 1, name="n"))
