# threading.Thread: target/args/kwargs, names, subclassing run(), join with timeout,
# is_alive, daemon flags, current_thread, main_thread, enumerate, active_count, Timer.
import threading
import time

def greet(greeting, name="world", out=None):
    out.append("%s, %s from %s" % (greeting, name, threading.current_thread().name))

out = []
t = threading.Thread(target=greet, args=("hello",), kwargs={"name": "weft", "out": out})
print(t.name, t.is_alive(), t.ident is None, t.daemon)
print(repr(t))
t.start()
t.join()
print(out, t.is_alive())
print(repr(t).startswith("<Thread(Thread-1 (greet), stopped "))

named = threading.Thread(target=greet, args=("hi",), kwargs={"out": out}, name="custom")
named.start()
named.join()
print(out[-1])

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
c = Counter(100)
print(c.name)
c.start()
c.join()
print(c.total)

stop = threading.Event()
slow = threading.Thread(target=stop.wait)
slow.start()
slow.join(timeout=0.01)
print("still alive after join timeout:", slow.is_alive())
print(threading.active_count(), len(threading.enumerate()))
stop.set()
slow.join()
print(slow.is_alive(), threading.active_count())

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.current_thread().daemon, repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
idents = set()
def record():
    idents.add(threading.get_ident())
ts = [threading.Thread(target=record) for _ in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(len(idents) >= 1, threading.get_ident() in idents)

try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=greet).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
d.start()
d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

# Many threads, each appending to a shared list: nothing is lost.
shared = []
def append_many(k):
    for i in range(500):
        shared.append((k, i))
ts = [threading.Thread(target=append_many, args=(k,)) for k in range(10)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(len(shared), len(set(shared)))
