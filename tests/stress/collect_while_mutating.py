# The cycle collector runs (automatically, and by gc.collect() from a
# thread of its own) while other threads allocate cyclic garbage, mutate
# shared lists, dicts and attributes, and keep cycles they still use.
# Nothing reachable may be freed or changed: every thread checks its own
# cycles after each collection, and the shared structures lose nothing.
import gc
import threading
import time

WORKERS = 4
ROUNDS = 2000


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


shared_list = []
shared_dict = {}
shared_obj = Node(0)
lock = threading.Lock()
failures = []
stop = threading.Event()


def ring(tag, size):
    nodes = [Node((tag, i)) for i in range(size)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % size]
    return nodes[0]


def check_ring(head, tag, size):
    node = head
    for i in range(size):
        if node.value != (tag, i):
            return False
        node = node.next
    return node is head


def worker(index):
    kept = ring(("kept", index), 5)
    for round in range(ROUNDS):
        garbage = ring(("garbage", index), 3)
        garbage.payload = {"self": garbage, "list": [garbage]}
        del garbage
        shared_list.append((index, round))
        shared_dict[(index, round)] = Node(round)
        setattr(shared_obj, f"w{index}", round)
        local = [index, round]
        local.append(local)
        if round % 50 == 0 and not check_ring(kept, ("kept", index), 5):
            failures.append(("kept ring broken", index, round))
        if round % 7 == 0:
            with lock:
                shared_dict.pop((index, round - 7), None)


def collector():
    while not stop.is_set():
        gc.collect()
        gc.collect(0)
        time.sleep(0.0005)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
collecting = threading.Thread(target=collector)
collecting.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
stop.set()
collecting.join()
gc.collect()

expected = {(i, r) for i in range(WORKERS) for r in range(ROUNDS)}
if len(shared_list) != WORKERS * ROUNDS or set(shared_list) != expected:
    failures.append(("shared list lost items", len(shared_list)))
removed = {(i, r - 7) for i in range(WORKERS) for r in range(0, ROUNDS, 7)}
left = expected - removed
if set(shared_dict) != left or any(shared_dict[k].value != k[1] for k in left):
    failures.append(("shared dict wrong", len(shared_dict)))
if any(getattr(shared_obj, f"w{i}") != ROUNDS - 1 for i in range(WORKERS)):
    failures.append("attributes wrong")
if sum(s["collected"] for s in gc.get_stats()) < WORKERS * ROUNDS:
    failures.append(("too little collected", gc.get_stats()))
print("ok" if not failures else failures)
