# Threads take and drop references to shared objects, and pass new objects
# through queues to be dropped on other threads; the counts come back exactly.
import queue
import sys
import threading

shared = object()
shared_list = [1, 2, 3]
before = (sys.getrefcount(shared), sys.getrefcount(shared_list))
q = queue.Queue(maxsize=64)
THREADS = 6
N = 2000

def holder():
    mine = []
    for i in range(N):
        mine.append(shared)
        mine.append(shared_list)
        if len(mine) > 50:
            del mine[:40]
    mine.clear()

def producer():
    for i in range(N):
        q.put([shared, {"k": shared_list}, (i, str(i))])
    q.put(None)

def consumer():
    seen = 0
    while True:
        item = q.get()
        if item is None:
            break
        assert item[0] is shared and item[1]["k"] is shared_list
        seen += 1
    assert seen == N

threads = [threading.Thread(target=holder) for _ in range(THREADS)]
threads += [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
del t, threads
after = (sys.getrefcount(shared), sys.getrefcount(shared_list))
assert before == after, (before, after)
print("ok")
