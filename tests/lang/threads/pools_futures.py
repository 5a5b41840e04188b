# concurrent.futures: ThreadPoolExecutor (submit, map, shutdown, with), Future, as_completed, wait.
from concurrent.futures import (ThreadPoolExecutor, Future, as_completed, wait,
                                FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, CancelledError)
import concurrent.futures
import threading

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    print(sorted(f.result() for f in as_completed(futures)))
    print(list(pool.map(square, range(8))))
    print(list(pool.map(pow, [2, 3, 4], [5, 6, 7])))
    bad = pool.submit(fail, 3)
    print(repr(bad.exception()), bad.done(), bad.cancelled())
    try:
        bad.result()
    except ValueError as e:
        print("result raised:", e)
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    result = wait([bad] + futures, return_when=FIRST_EXCEPTION)
    print(bad in result.done)

pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker")
names = set(pool.map(lambda _: threading.current_thread().name.split("_")[0], range(20)))
print(names)
pool.shutdown()
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

f = Future()
print(f.done(), f.running(), f.cancel(), f.cancelled())
try:
    f.result()
except CancelledError:
    print("CancelledError")
g = Future()
seen = []
g.add_done_callback(lambda fut: seen.append(fut.result()))
print(g.set_running_or_notify_cancel(), g.running())
g.set_result(42)
print(seen, g.result(), g.done())
late = []
g.add_done_callback(lambda fut: late.append("called at once"))
print(late)
try:
    g.set_result(1)
except concurrent.futures.InvalidStateError:
    print("InvalidStateError")
h = Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
print(concurrent.futures.TimeoutError is TimeoutError)

first = Future()
second = Future()
first.set_result("first")
done, not_done = wait([first, second], timeout=0.01, return_when=FIRST_COMPLETED)
print([d.result() for d in done], len(not_done))
try:
    for _ in as_completed([second], timeout=0.01):
        pass
except TimeoutError as e:
    print("TimeoutError:", e)
