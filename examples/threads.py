# Two CPU-bound threads share the GIL; a pool of threads overlaps its waiting.
# Run with `weft -X gil-stats examples/threads.py` to see the GIL hand-overs.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def count(n):
    total = 0
    for i in range(n):
        total += i
    results.append(total)


results = []
workers = [threading.Thread(target=count, args=(300_000,)) for _ in range(2)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print("both threads counted to", results)


def fetch(item):
    time.sleep(0.05)  # stands in for I/O: the GIL is released while waiting
    return item * item


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=8) as pool:
    squares = list(pool.map(fetch, range(8)))
elapsed = time.perf_counter() - start
print(squares)
print("8 waits of 0.05 s overlapped:", elapsed < 0.35)
