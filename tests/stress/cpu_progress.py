# CPU-bound threads that never block must all get turns on the GIL: each
# thread counts until every thread has counted, and none may starve.
import threading
import time

THREADS = 4
counts = [0] * THREADS
stop = False

def spin(k):
    while not stop:
        counts[k] += 1

threads = [threading.Thread(target=spin, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
# Generous: a GIL that hands over every switch interval needs milliseconds.
deadline = time.monotonic() + 30
while not all(counts) and time.monotonic() < deadline:
    time.sleep(0.01)
progress = list(counts)
stop = True
for t in threads:
    t.join()
assert all(progress), "a thread never ran: %r" % progress
print("ok")
