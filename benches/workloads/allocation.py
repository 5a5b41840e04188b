# Allocation-heavy work: many short-lived objects, tuples, lists and dicts per thread.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 600_000

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def work(n):
    kept = 0
    for i in range(n):
        p = Point(i, i + 1)
        pair = (p, [p.x, p.y], {"x": p.x})
        kept += len(pair[1]) + len(pair[2])
    return kept

threads = [threading.Thread(target=work, args=(TOTAL // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
