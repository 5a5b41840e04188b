# Instance attributes kept by shape, raced: threads grow one class's shape
# with different names in different orders, write distinct attributes of
# one shared instance while others read, delete and move it to a dict
# (`__dict__`), and no write may be lost, no read may see a torn value.
import threading

THREADS = 8
ROUNDS = 1000
start = threading.Barrier(THREADS)
errors = []


class Grown:
    pass


class Shared:
    pass


def grow(k):
    # Each thread's instances take names in its own order, some shared with
    # other threads, some its own: the class's keys are appended concurrently.
    names = [f"common{j}" for j in range(6)] + [f"own{k}_{j}" for j in range(3)]
    if k % 2:
        names.reverse()
    made = []
    for i in range(ROUNDS):
        obj = Grown()
        for j, name in enumerate(names):
            setattr(obj, name, (k, i, j))
        made.append(obj)
    for i, obj in enumerate(made):
        for j, name in enumerate(names):
            if getattr(obj, name) != (k, i, j):
                errors.append(("grow", k, i, name, getattr(obj, name, None)))
        if list(vars(obj)) != names:
            errors.append(("order", k, i, list(vars(obj))))


BATCH = 50       # rounds writing to one shared instance before the next


def write_shared(k, shared, steady):
    for i in range(ROUNDS):
        target = shared[i // BATCH]
        setattr(target, f"t{k}_{i % 20}", (k, i))
        value = steady.value
        if not (isinstance(value, tuple) and len(value) == 2):
            errors.append(("torn", value))
        if k == 0 and i % BATCH == BATCH // 2:
            target.__dict__["from_dict"] = i        # moves `target` to a dict mid-batch
        if k == 1:
            steady.value = (k, i)
        if k == 2:
            setattr(target, "flicker", i)
            delattr(target, "flicker")


def run(k, shared, steady):
    start.wait()
    grow(k)
    write_shared(k, shared, steady)


for attempt in range(3):
    shared = [Shared() for _ in range(ROUNDS // BATCH)]
    steady = Shared()
    steady.value = (0, 0)
    threads = [threading.Thread(target=run, args=(k, shared, steady)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for b, target in enumerate(shared):
        for k in range(THREADS):
            for slot in range(20):
                last = max(i for i in range(b * BATCH, (b + 1) * BATCH) if i % 20 == slot)
                if getattr(target, f"t{k}_{slot}", None) != (k, last):
                    errors.append(("lost", b, k, slot, getattr(target, f"t{k}_{slot}", None)))
        expected = b * BATCH + BATCH // 2
        if hasattr(target, "flicker") or target.from_dict != expected or vars(target) is not target.__dict__:
            errors.append(("shared", b, vars(target).get("flicker"), target.from_dict))
    start.reset()



# A tighter race for the move to a dict: writers fill objects with their
# own attributes while one thread asks each object for its `__dict__`;
# every write must be found afterwards, whichever side of the move it fell.
class Raced:
    pass


OBJECTS = 400
NAMES = 24
go = threading.Barrier(THREADS)


def fill(k, objects):
    go.wait()
    for j, obj in enumerate(objects):
        if k == 0:
            obj.__dict__
            continue
        for n in range(NAMES):
            name = f"w{k}_{n}"
            setattr(obj, name, j)
            # Read back at once: present on either side of the move.
            if getattr(obj, name, None) != j:
                errors.append(("unseen during the move", j, k, n))


for attempt in range(5):
    objects = [Raced() for _ in range(OBJECTS)]
    threads = [threading.Thread(target=fill, args=(k, objects)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for j, obj in enumerate(objects):
        for k in range(1, THREADS):
            for n in range(NAMES):
                if getattr(obj, f"w{k}_{n}", None) != j:
                    errors.append(("lost in the move", j, k, n))
    go.reset()

assert not errors, errors[:5]
print("ok")
