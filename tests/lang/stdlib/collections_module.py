# collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.popleft(), d.pop(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, 7 in d, d.count(7), d.index(7))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)))
bounded = deque(range(5), maxlen=3)
bounded.append(9)
bounded.appendleft(-9)
print(bounded, bounded.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
q = deque()
for i in range(100):
    q.append(i)
taken = [q.popleft() for _ in range(95)]
print(list(q), sum(taken), deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]))
d[0] = "first"
del d[1]
d.remove(d[-1])
d.insert(1, "one")
print(d, d.copy() == d)

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups, groups["z"], dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), defaultdict(None, {"a": 1}))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), c.total())
c.update("aaz")
c.subtract({"b": 2})
print(c, sorted(c.elements())[:6])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({"x": 0, "y": -2}), +Counter({"x": 1, "y": -2}), -Counter({"x": 1, "y": -2}))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict())

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(10), Color(1, 2, 3), Color._field_defaults)
try:
    namedtuple("Bad", "x _y")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a a def", rename=True)._fields)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)

defaults = {"color": "red", "user": "guest"}
settings = {"user": "admin"}
chain = ChainMap(settings, defaults)
print(chain["user"], chain["color"], len(chain), sorted(chain), "color" in chain)
chain["color"] = "blue"
child = chain.new_child({"user": "child"})
print(settings, child["user"], child.parents["user"], chain.get("nope", "default"))
print(ChainMap({"a": 1}, {"b": 2}))
