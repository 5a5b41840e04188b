# Threads sleeping at the same time overlap: sleep releases the GIL.
import threading
import time

THREADS = 4
lock = threading.Lock()
asleep = 0
most_asleep = 0

def nap():
    global asleep, most_asleep
    with lock:
        asleep += 1
        most_asleep = max(most_asleep, asleep)
    time.sleep(0.3)
    with lock:
        asleep -= 1

threads = [threading.Thread(target=nap) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert most_asleep == THREADS, most_asleep
print("ok")
