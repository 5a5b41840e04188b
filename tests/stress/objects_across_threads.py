# Objects made on one thread are dropped on others (through queues), and
# threads exit while others still hold what they made. Afterwards every
# object is gone: in debug builds the runtime's live-object count returns
# exactly to where it started.
import queue
import sys
import threading
import time

ROUNDS = 3
PRODUCERS = 4
ITEMS = 500

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def produce(out, k):
    for i in range(ITEMS):
        chain = Node(i, Node([k, i], Node({"k": k})))
        out.put((chain, str(i) * 3, (k, i)))
    out.put(None)

def consume(inbox, kept):
    finished = 0
    while finished < PRODUCERS:
        item = inbox.get()
        if item is None:
            finished += 1
            continue
        chain, text, pair = item
        assert chain.next.value[1] == chain.value == int(text[: len(text) // 3])
        if pair[1] % 10 == 0:
            kept.append(item)  # outlives the thread that made it

def one_round():
    q = queue.Queue(maxsize=100)
    kept = []
    producers = [threading.Thread(target=produce, args=(q, k)) for k in range(PRODUCERS)]
    consumer = threading.Thread(target=consume, args=(q, kept))
    consumer.start()
    for t in producers:
        t.start()
    for t in producers:
        t.join()
    consumer.join()
    assert len(kept) == PRODUCERS * ITEMS // 10, len(kept)
    # The producers have exited; their objects are dropped here, on the main thread.
    kept.clear()

def settled_count():
    # A joined thread still drops its last references while it tears down,
    # and objects it queued to this thread are merged at this thread's next
    # check: read the count until two readings agree.
    previous = None
    for _ in range(200):
        current = sys._weft_live_objects()
        if current == previous:
            return current
        previous = current
        time.sleep(0.01)
    return previous

one_round()  # warm-up: first imports and caches
live = settled_count()
for _ in range(ROUNDS):
    one_round()
after = settled_count()
assert live == after, "objects leaked or freed twice: %r -> %r" % (live, after)
print("ok")
