# time: only properties whose output is deterministic.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print("time() is after 2020:", t0 > 1577836800)
total = 0
for i in range(200000):
    total += i
p1 = time.perf_counter()
m1 = time.monotonic()
print("perf_counter increased:", p1 > p0, "monotonic did not go back:", m1 >= m0)
time.sleep(0.05)
p2 = time.perf_counter()
print("sleep(0.05) took at least 0.04s:", p2 - p1 >= 0.04, "and less than 5s:", p2 - p1 < 5)
ns = time.time_ns()
print(type(ns).__name__, ns > 1577836800 * 10 ** 9, abs(ns / 1e9 - time.time()) < 5)
pn0 = time.perf_counter_ns()
pn1 = time.perf_counter_ns()
print(type(pn0).__name__, pn1 >= pn0)
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
readings = [time.perf_counter() for _ in range(100)]
print("non-decreasing:", all(a <= b for a, b in zip(readings, readings[1:])))
start = time.monotonic()
deadline = start + 0.02
spins = 0
while time.monotonic() < deadline:
    spins += 1
print("busy-wait loop finished:", spins > 0)
print(type(time).__name__, time.__name__, total)
