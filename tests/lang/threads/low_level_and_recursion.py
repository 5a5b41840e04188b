# _thread directly: start_new_thread with args and kwargs, an exception in
# such a thread ("Exception ignored in thread started by"), and deep recursion
# in a thread raising RecursionError instead of overflowing its stack.
import _thread
import sys
import threading

done = _thread.allocate_lock()
done.acquire()
results = []
def worker(a, b, scale=1):
    results.append((a + b) * scale)
    done.release()
ident = _thread.start_new_thread(worker, (2, 3), {"scale": 10})
done.acquire()
print(results, isinstance(ident, int), _thread.get_ident() != ident)
try:
    _thread.start_new_thread(worker, [1, 2])
except TypeError as e:
    print("TypeError:", e)

def f(n):
    return f(n + 1)
def g(n):
    return n if n == 0 else 1 + g(n - 1)
out = []
def recurse():
    try:
        f(0)
    except RecursionError as e:
        out.append(str(e))
    sys.setrecursionlimit(10000)
    out.append(g(9000))
t = threading.Thread(target=recurse)
t.start()
t.join()
print(out)

finished = threading.Event()
def fails():
    try:
        raise ValueError("in a bare thread")
    finally:
        finished.set()
_thread.start_new_thread(fails, ())
finished.wait()
# Give the failing thread time to print before the program ends.
import time
time.sleep(0.1)
print("main continues")
