# threading.Lock and RLock: mutual exclusion, timeouts, non-blocking acquire, errors, `with`.
import threading
import _thread

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"), type(lock))
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)

counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

# A lock may be released by a thread that did not acquire it.
handoff = _thread.allocate_lock()
handoff.acquire()
def releaser():
    handoff.release()
t = threading.Thread(target=releaser)
t.start()
t.join()
print("released by other thread:", not handoff.locked())

r = threading.RLock()
with r:
    with r:
        print("nested rlock", r._is_owned())
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
r.acquire()
def other_release():
    try:
        r.release()
    except RuntimeError as e:
        print("other thread:", e)
    print("other thread acquires:", r.acquire(blocking=False))
t = threading.Thread(target=other_release)
t.start()
t.join()
r.release()

total = []
rl = threading.RLock()
def recursive(depth):
    with rl:
        if depth:
            recursive(depth - 1)
        else:
            total.append(threading.current_thread().name)
ts = [threading.Thread(target=recursive, args=(5,), name="r%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(total))
