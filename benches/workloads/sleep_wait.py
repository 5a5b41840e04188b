# Waiting, standing in for I/O: each of 8 tasks sleeps 20 ms, run by THREADS
# threads. Both builds overlap waits; the GIL is released while sleeping.
import sys
import threading
import time

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TASKS = 8
lock = threading.Lock()
remaining = list(range(TASKS))

def work():
    while True:
        with lock:
            if not remaining:
                return
            remaining.pop()
        time.sleep(0.02)

threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
