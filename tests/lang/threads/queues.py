# queue: FIFO, LIFO, priority and simple queues; blocking, timeouts, task_done/join.
import queue
import threading

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results), q.unfinished_tasks)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(q.empty(), q.qsize())

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full")
try:
    bounded.put_nowait(3)
except queue.Full:
    print("Full again")
print(bounded.get(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bounded.task_done()
    bounded.task_done()
    bounded.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# A producer blocked on a full queue wakes when a consumer takes an item.
small = queue.Queue(maxsize=1)
produced = []
def producer():
    for i in range(5):
        small.put(i)
        produced.append(i)
t = threading.Thread(target=producer)
t.start()
got = [small.get() for _ in range(5)]
t.join()
print(got, produced)

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for priority, name in [(3, "c"), (1, "a"), (4, "d"), (2, "b"), (1, "a2")]:
    pq.put((priority, name))
print([pq.get() for _ in range(5)])

sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
print(queue.Empty.__doc__)
