# Independent CPU-bound work split across THREADS threads (nothing shared):
# what the GIL serialises and the free-threaded build runs in parallel.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 4_000_000

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

threads = [threading.Thread(target=work, args=(TOTAL // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
