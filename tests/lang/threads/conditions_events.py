# Condition (wait, wait_for, notify, notify_all, timeouts) and Event.
import threading
import time

cond = threading.Condition()
items = []
consumed = []

def consumer(name):
    with cond:
        while True:
            cond.wait_for(lambda: items)
            item = items.pop(0)
            if item is None:
                items.append(None)
                return
            consumed.append((name, item))

workers = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(3)]
for w in workers:
    w.start()
for i in range(10):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(None)
    cond.notify_all()
for w in workers:
    w.join()
print(sorted(item for _, item in consumed))

with cond:
    print("timed out wait:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

plain = threading.Condition(threading.Lock())
flag = []
def setter():
    with plain:
        flag.append(1)
        plain.notify_all()
with plain:
    t = threading.Thread(target=setter)
    t.start()
    print("notified:", plain.wait_for(lambda: flag, timeout=5))
t.join()

event = threading.Event()
print(event.is_set(), event.wait(0.01))
order = []
def waiter(i):
    event.wait()
    with plain:
        order.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
time.sleep(0.02)
print("before set:", order)
event.set()
for w in ws:
    w.join()
print("after set:", sorted(order), event.is_set(), event.wait())
event.clear()
print(event.is_set())
