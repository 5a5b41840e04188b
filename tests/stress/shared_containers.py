# Many threads mutate one list, dict, set, bytearray and object at once; the
# final state must hold every update (each operation is atomic, as in CPython).
import sys
import threading

THREADS = 8
N = 3000
shared_list = []
shared_dict = {}
shared_set = set()
shared_bytes = bytearray()
class Box:
    pass
box = Box()
counter_lock = threading.Lock()
box.total = 0
start = threading.Barrier(THREADS)

def hammer(k):
    start.wait()
    for i in range(N):
        shared_list.append((k, i))
        shared_dict[(k, i)] = i
        shared_set.add((k, i))
        shared_bytes.append(k)
        setattr(box, "t%d" % k, i)
        if i % 3 == 0:
            shared_dict.pop((k, i))
            shared_set.discard((k, i))
        if i % 5 == 0:
            shared_list.pop()
            shared_list.append((k, i))
        with counter_lock:
            box.total += 1

threads = [threading.Thread(target=hammer, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

removed = len(range(0, N, 3))
assert len(shared_list) == THREADS * N, len(shared_list)
assert len(shared_dict) == THREADS * (N - removed), len(shared_dict)
assert len(shared_set) == THREADS * (N - removed), len(shared_set)
assert all(shared_dict[(k, i)] == i for (k, i) in shared_dict)
assert shared_set == set(shared_dict), "set and dict disagree"
assert len(shared_bytes) == THREADS * N
assert sorted(shared_bytes.count(k) for k in range(THREADS)) == [N] * THREADS
assert all(getattr(box, "t%d" % k) == N - 1 for k in range(THREADS))
assert box.total == THREADS * N, box.total
print("ok")
