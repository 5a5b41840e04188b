# Readers look up keys that are always present — in a shared dict, in an
# object's attributes and in the module's globals — while writers add and
# delete other keys (so the tables fill, get rebuilt and shrink), overwrite
# the present keys' values with fresh objects, and clear and refill a second
# dict. No read may miss a present key, see a torn or freed value, or crash.
import threading

READERS = 4
WRITERS = 2
ROUNDS = 20000
STABLE = ["s%d" % i for i in range(16)]

shared = {name: (i, -i) for i, name in enumerate(STABLE)}
shared.update({i: ("int", i) for i in range(16)})
shared.update({(i, "t"): i for i in range(16)})
churn = {}

class Holder:
    pass

holder = Holder()
for i, name in enumerate(STABLE):
    setattr(holder, name, (i, -i))
for i, name in enumerate(STABLE):
    globals()["g_" + name] = (i, -i)

start = threading.Barrier(READERS + WRITERS)
failures = []

def check(pair, i, where):
    a, b = pair
    if a + b != 0 or abs(a) % 16 != i:
        failures.append((where, pair))

def writer(w):
    start.wait()
    for r in range(ROUNDS):
        tag = "w%d_%d" % (w, r)
        shared[tag] = r
        setattr(holder, tag, r)
        globals()["g_" + tag] = r
        i = r % 16
        name = STABLE[i]
        fresh = (i + 16 * (r % 7), -(i + 16 * (r % 7)))
        shared[name] = fresh
        setattr(holder, name, fresh)
        globals()["g_" + name] = fresh
        if r % 2:
            old = "w%d_%d" % (w, r - 1)
            del shared[old]
            delattr(holder, old)
            del globals()["g_" + old]
        churn[r] = [r]
        if r % 64 == 0:
            churn.clear()

def reader():
    start.wait()
    for r in range(ROUNDS):
        i = r % 16
        name = STABLE[i]
        check(shared[name], i, "dict")
        check(getattr(holder, name), i, "attribute")
        check(globals()["g_" + name], i, "global")
        if shared[i] != ("int", i) or shared[(i, "t")] != i:
            failures.append(("keys", i))
        if name not in shared or i not in shared:
            failures.append(("in", name))
        if r % 500 == 0:
            snapshot = shared.copy()
            if not all(name in snapshot for name in STABLE):
                failures.append(("snapshot", len(snapshot)))
        for value in churn.copy().values():
            if len(value) != 1:
                failures.append(("churn", value))

threads = [threading.Thread(target=writer, args=(w,)) for w in range(WRITERS)]
threads += [threading.Thread(target=reader) for _ in range(READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert not failures, failures[:5]
assert all(shared[name][0] % 16 == i for i, name in enumerate(STABLE))
assert len(shared) == 48 + WRITERS * (ROUNDS // 2), len(shared)
print("ok")
