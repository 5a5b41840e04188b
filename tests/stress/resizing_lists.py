# Threads index, assign, delete and slice a list that other threads grow
# and shrink at the same moment. Indices go stale between computing them
# and using them: that must raise IndexError (or clamp, for slices), never
# crash, and the length must account for every successful change.
import threading

THREADS = 6
ROUNDS = 3000
shared = list(range(100))
lock = threading.Lock()
added = [0] * THREADS
removed = [0] * THREADS
start = threading.Barrier(THREADS)

def churn(k):
    start.wait()
    for i in range(ROUNDS):
        n = len(shared)
        try:
            shared[n - 1] = (k, i)           # may be gone by now
        except IndexError:
            pass
        try:
            shared[-1]
            shared[n // 2]
        except IndexError:
            pass
        if i % 2:
            shared.append(i)
            added[k] += 1
        else:
            try:
                del shared[n - 1]
                removed[k] += 1
            except IndexError:
                pass
        if i % 50 == 0:
            shared[-1:] = [k]                # replaces the last item: length unchanged
            try:
                shared[::7] = [k] * len(range(*slice(None, None, 7).indices(n)))
            except ValueError:
                pass                         # the length changed since `n`: sizes differ
            shared[0:2] = shared[0:2]

threads = [threading.Thread(target=churn, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert len(shared) == 100 + sum(added) - sum(removed), (len(shared), sum(added), sum(removed))
print("ok")
