# Function decorators, stacked decorators, decorators with arguments.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)

def trace(fn):
    def wrapper(*args):
        print("->", fn.__name__, args)
        result = fn(*args)
        print("<-", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@trace
def add(a, b):
    "Add two numbers."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__)

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2
print(roll(4))

def tag(name):
    def deco(fn):
        return lambda *a: "<%s>%s</%s>" % (name, fn(*a), name)
    return deco

@tag("b")
@tag("i")
def text(s):
    return s
print(text("stacked"))

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())

def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))

class Decorated:
    def __repr__(self):
        return "Decorated()"
    @trace
    def method(self, x):
        return x + 1
print(Decorated().method(10), Decorated.method.__name__)
order = []
def d1(fn):
    order.append("d1")
    return fn
def d2(fn):
    order.append("d2")
    return fn
@d1
@d2
def f():
    pass
print(order)
