# A shared counter incremented without a lock: `x += 1` is not atomic, so
# updates are lost under contention. Lost updates are reported, not an error.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000

class Counter:
    value = 0

counter = Counter()

def work(n):
    for _ in range(n):
        counter.value += 1

threads = [threading.Thread(target=work, args=(TOTAL // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = TOTAL // THREADS * THREADS
print("lost updates:", expected - counter.value)
