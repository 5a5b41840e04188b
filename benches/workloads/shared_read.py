# All threads read one large dict and one large list (read-mostly shared data).
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
SIZE = 10_000
table = {i: i * 2 for i in range(SIZE)}
items = list(range(SIZE))

def work(n):
    total = 0
    for i in range(n):
        k = i % SIZE
        total += table[k] + items[k]
    return total

threads = [threading.Thread(target=work, args=(TOTAL // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
