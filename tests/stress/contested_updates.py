# Threads fight over the same keys, the same list positions and the same
# attributes. Individual operations are atomic (no lost insertion, no
# duplicate key, no torn value); compound updates are protected by a lock.
import threading

THREADS = 8
ROUNDS = 2000
shared = {}
order = []
seen = set()
lock = threading.Lock()
class Target:
    pass
target = Target()
target.hits = 0
start = threading.Barrier(THREADS)

def fight(k):
    start.wait()
    for i in range(ROUNDS):
        key = i % 16
        shared[key] = (k, i)            # everyone writes the same 16 keys
        shared.setdefault(("once", key), k)
        value = shared.get(key)
        assert isinstance(value, tuple) and len(value) == 2, value
        order.append(k)
        order.append(-k - 1)
        order.remove(-k - 1)            # each thread removes only its own marker
        seen.add(key)
        seen.discard(key + 100)
        setattr(target, "last", (k, i))
        with lock:
            target.hits += 1
        assert len(getattr(target, "last")) == 2

threads = [threading.Thread(target=fight, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert sorted(k for k in shared if isinstance(k, int)) == list(range(16))
assert len(shared) == 32, len(shared)
assert len(order) == THREADS * ROUNDS, len(order)
assert sorted(set(order)) == list(range(THREADS)), sorted(set(order))
assert all(order.count(k) == ROUNDS for k in range(THREADS))
assert seen == set(range(16))
assert target.hits == THREADS * ROUNDS
print("ok")
