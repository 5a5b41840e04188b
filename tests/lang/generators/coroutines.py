# async def and await without an event loop: coroutines driven by send(),
# awaiting coroutines and objects with __await__, throw(), the TypeErrors.
async def fibonacci(n: int) -> int:
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

print(run(fibonacci(15)))
c = fibonacci(3)
print(type(c).__name__, repr(c).startswith("<coroutine object fibonacci at 0x"))
c.close()

class Ticker:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return "done"

async def use_ticker():
    result = await Ticker(3)
    return result * 2

coro = use_ticker()
print(coro.send(None), coro.send(None), coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
pending = fibonacci(2)
try:
    for x in pending:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(pending)
except TypeError as e:
    print("TypeError:", e)
pending.close()

async def thrower():
    try:
        await Ticker(5)
    except ValueError as e:
        return f"caught {e}"
t = thrower()
t.send(None)
try:
    t.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
