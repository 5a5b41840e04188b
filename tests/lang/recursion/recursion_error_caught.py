# Unbounded recursion raises RecursionError, which can be caught; the program keeps working after.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError), type(e).__name__)
reached = 0
def track(n):
    global reached
    reached = n
    track(n + 1)
try:
    track(1)
except RecursionError:
    print("depth reached is between 900 and 1000:", 900 <= reached <= 1000)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion:", type(e).__name__)
class Loop:
    def __init__(self):
        self.count = 0
    def go(self):
        self.count += 1
        return self.go()
lp = Loop()
try:
    lp.go()
except RecursionError:
    print("method recursion stopped, count in range:", 900 <= lp.count <= 1000)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("normal recursion still works afterwards:", fact(20))
for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("caught again", attempt)
sys.setrecursionlimit(200)
reached = 0
try:
    track(1)
except RecursionError:
    print("with limit 200, depth between 150 and 200:", 150 <= reached <= 200)
sys.setrecursionlimit(1000)
def safe_depth(n):
    try:
        return safe_depth(n + 1)
    except RecursionError:
        return n
d = safe_depth(0)
print("safe_depth found a depth in range:", 900 <= d <= 1000)
def recurse_in_finally(n, log):
    try:
        if n < 5:
            recurse_in_finally(n + 1, log)
        else:
            raise ValueError("bottom")
    finally:
        log.append(n)
log = []
try:
    recurse_in_finally(0, log)
except ValueError as e:
    print("unwound through finally blocks:", log, e)
