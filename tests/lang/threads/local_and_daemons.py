# threading.local: per-thread attributes, subclasses re-initialised per thread;
# daemon threads do not keep the program alive; non-daemon threads are waited for.
import threading
import time

data = threading.local()
data.value = "main"
seen = []
def worker(i):
    try:
        data.value
    except AttributeError:
        seen.append("fresh in %d" % i)
    data.value = i
    time.sleep(0.001)
    seen.append(data.value == i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen, key=str), data.value, data.__dict__)
del data.value
try:
    del data.value
except AttributeError as e:
    print("AttributeError:", e)

class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.history = []
    def bump(self):
        self.level += 1
        return self.level
config = Config(10)
config.bump()
results = []
def use_config():
    results.append((config.level, config.bump(), config.history))
t = threading.Thread(target=use_config)
t.start()
t.join()
print(config.level, results)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

def forever():
    while True:
        time.sleep(0.01)
daemon = threading.Thread(target=forever, daemon=True)
daemon.start()
print("daemon alive:", daemon.is_alive())

def finish_later():
    time.sleep(0.05)
    print("non-daemon thread finished after the main module")
threading.Thread(target=finish_later).start()
print("main module done")
