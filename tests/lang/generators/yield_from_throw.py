# throw() and close() pass through `yield from` to the delegate (PEP 380).
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner handled", repr(e))
        yield "after key"
        return "inner result"
    finally:
        print("inner finally")

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer next"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "done"))

g = outer()
next(g)
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("escaped", e)

g = outer()
next(g)
g.close()
print("closed")

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "step"
    def throw(self, exc):
        print("Thrower.throw got", type(exc).__name__)
        raise StopIteration("thrower value")

def uses_thrower():
    value = yield from Thrower()
    print("value", value)
    yield "end"

t = uses_thrower()
print(next(t))
print(t.throw(IndexError("x")))

def chain(depth):
    if depth == 0:
        try:
            yield "leaf"
        except RuntimeError:
            yield "leaf caught"
    else:
        yield from chain(depth - 1)

c = chain(5)
print(next(c), c.throw(RuntimeError), next(c, "exhausted"))
