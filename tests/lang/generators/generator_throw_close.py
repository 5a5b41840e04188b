# throw() and close(): exceptions injected into generators, GeneratorExit, finally.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  caught inside:", e)
            n = -100
        n += 1
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("injected")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "generator is closed"))
def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  finally runs")
c = with_cleanup()
print(next(c))
c.close()
print("closed; next gives", next(c, "nothing"))
c.close()
unstarted = with_cleanup()
unstarted.close()
print("closing an unstarted generator runs nothing")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to die"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, "bad_close finished"))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
def throw_type_only():
    try:
        yield
    except ZeroDivisionError as e:
        yield "got %s with args %r" % (type(e).__name__, e.args)
t = throw_type_only()
next(t)
print(t.throw(ZeroDivisionError))
t2 = throw_type_only()
try:
    t2.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw propagates:", e)
print(next(t2, "t2 finished"))
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  counter finalised at", i)
cn = counter()
for v in cn:
    if v == 3:
        break
cn.close()
def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
nf = nested_finally()
print(next(nf))
nf.close()
def catch_and_continue():
    for i in range(3):
        try:
            yield i
        except RuntimeError:
            yield "recovered at %d" % i
cc = catch_and_continue()
print(next(cc), cc.throw(RuntimeError), next(cc), next(cc))
