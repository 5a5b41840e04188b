# Semaphore, BoundedSemaphore and Barrier.
import threading

sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()
def limited():
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        for _ in range(200):
            pass
        with guard:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("never more than two inside:", 1 <= most <= 2, "now", inside)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
sem.release(2)
print(sem.acquire(timeout=0.01))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)

arrivals = []
def action():
    arrivals.append("all arrived")
barrier = threading.Barrier(4, action=action)
indices = []
def party():
    index = barrier.wait()
    with guard:
        indices.append(index)
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), arrivals, barrier.parties, barrier.n_waiting, barrier.broken)

# A barrier whose wait times out is broken for everyone.
broken = threading.Barrier(3, timeout=0.02)
outcomes = []
def impatient():
    try:
        broken.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")
ts = [threading.Thread(target=impatient) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outcomes, broken.broken)
broken.reset()
print(broken.broken)
broken.abort()
try:
    broken.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises BrokenBarrierError")
