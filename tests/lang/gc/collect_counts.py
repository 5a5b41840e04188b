# gc.collect() reports the unreachable objects it found; the controls
# behave as CPython 3.11's do.
import gc

gc.collect()
print(gc.isenabled(), gc.get_threshold())


class Node:
    pass


a = Node()
b = Node()
a.partner = b
b.partner = a
del a, b
print("two instances in a cycle:", gc.collect())

loop = []
loop.append(loop)
del loop
print("a list holding itself:", gc.collect())

d = {}
d["self"] = d
del d
print("a dict holding itself:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("a tuple and a list:", gc.collect())

n = Node()
exposed = n.__dict__
n.me = n
del n, exposed
print("an instance whose __dict__ was seen:", gc.collect())


class WithMethod:
    def __init__(self):
        self.bound = self.method

    def method(self):
        pass


w = WithMethod()
del w
print("an instance holding its bound method:", gc.collect())


def make_closure():
    def inner():
        return inner
    return inner


f = make_closure()
del f
print("a closure that refers to itself:", gc.collect())

ring = [Node() for _ in range(100)]
for i, node in enumerate(ring):
    node.next = ring[(i + 1) % 100]
del ring, node
print("a ring of a hundred:", gc.collect())
print("nothing left:", gc.collect())

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(len(gc.get_count()), [sorted(s) for s in gc.get_stats()])
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print(gc.garbage)
