# Shared writes under one lock: every thread appends to a shared list and
# bumps a shared dict entry inside `with lock`.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 600_000
lock = threading.Lock()
log = []
counts = {"n": 0}

def work(n):
    for i in range(n):
        with lock:
            counts["n"] += 1
            if i % 64 == 0:
                log.append(i)

threads = [threading.Thread(target=work, args=(TOTAL // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counts["n"] == TOTAL // THREADS * THREADS
