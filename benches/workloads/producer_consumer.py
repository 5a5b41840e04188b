# Producers and consumers passing items through one queue.Queue.
import queue
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 60_000
q = queue.Queue(maxsize=1000)
producers = max(1, THREADS // 2)
consumers = max(1, THREADS - producers)
results = [0] * consumers

def produce(n):
    for i in range(n):
        q.put(i)

def consume(slot):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    results[slot] = total

workers = [threading.Thread(target=consume, args=(k,)) for k in range(consumers)]
feeders = [threading.Thread(target=produce, args=(TOTAL // producers,)) for _ in range(producers)]
for t in workers + feeders:
    t.start()
for t in feeders:
    t.join()
for _ in workers:
    q.put(None)
for t in workers:
    t.join()
n = TOTAL // producers
assert sum(results) == producers * n * (n - 1) // 2
