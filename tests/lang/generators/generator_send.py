# send(): two-way communication with a generator; priming; coroutine-style accumulators.
def echo():
    received = None
    while True:
        received = yield "echo: %r" % (received,)
        if received == "stop":
            return "stopped"
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
print(e.send(None))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print("average now", avg.send(v))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)
print(fresh.send(None))
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
rm.send(None)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def state_machine():
    state = "idle"
    while True:
        cmd = yield state
        if state == "idle" and cmd == "start":
            state = "running"
        elif state == "running" and cmd == "pause":
            state = "paused"
        elif state == "paused" and cmd == "start":
            state = "running"
        elif cmd == "reset":
            state = "idle"
sm = state_machine()
print(next(sm))
for cmd in ["pause", "start", "pause", "start", "reset", "start"]:
    print(cmd, "->", sm.send(cmd))
def gen_expression_value():
    x = yield 1
    y = yield x * 2
    z = yield x + y
    return (x, y, z)
g = gen_expression_value()
print(next(g), g.send(5), g.send(7))
try:
    g.send(9)
except StopIteration as s:
    print("returned", s.value)
try:
    g.send(1)
except StopIteration as s:
    print("already finished:", s.value)
