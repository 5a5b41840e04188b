# Collection frees only what nothing outside refers to: cycles still
# reachable from globals, locals, containers, closures and generators
# survive with their contents intact.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


def ring(names):
    nodes = [Node(n) for n in names]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % len(nodes)]
    return nodes[0]


def walk(node, steps):
    out = []
    for _ in range(steps):
        out.append(node.name)
        node = node.next
    return out


kept = ring("abc")
holder = {"ring": ring("xyz")}
listed = [ring("pq")]


def keeper():
    local = ring("lmn")
    gc.collect()
    return walk(local, 4)


def counter():
    state = ring("gh")
    while True:
        yield walk(state, 3)


gen = counter()
next(gen)


def closure():
    captured = ring("uv")
    def get():
        return walk(captured, 3)
    return get


get = closure()
for _ in range(3):
    garbage = ring("dead")
    del garbage
    gc.collect()
print(walk(kept, 4))
print(walk(holder["ring"], 4))
print(walk(listed[0], 3))
print(keeper())
print(next(gen))
print(get())

# Objects allocated in a loop, some kept and some dropped in cycles,
# through many automatic collections.
survivors = []
for i in range(20000):
    node = Node(i)
    node.next = node
    if i % 1000 == 0:
        survivors.append(node)
print([n.name for n in survivors], all(n.next is n for n in survivors))
print(sum(s["collections"] for s in gc.get_stats()) > 0)
