# More closure patterns: loops, classes inside closures, generators closing over state, cells shared.
def make_handlers():
    handlers = {}
    for name in ["open", "close", "save"]:
        def handler(arg, _name=name):
            return "%s(%s)" % (_name, arg)
        handlers[name] = handler
    return handlers
h = make_handlers()
print(h["open"]("file"), h["save"]("doc"), h["close"]("x"))

def shared_cell():
    fns = []
    x = 0
    for _ in range(3):
        x += 1
        fns.append(lambda: x)
    return [f() for f in fns]
print(shared_cell())

def class_factory(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ", " + name
    return Greeter
English = class_factory("Hello")
French = class_factory("Bonjour")
print(English().greet("Ann"), French().greet("Luc"), English.__qualname__)

def gen_closure(limit):
    step = 2
    def numbers():
        n = 0
        while n < limit:
            yield n
            n += step
    return numbers
print(list(gen_closure(9)()), list(gen_closure(3)()))

def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "), clean("A B C"))

def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1); push(2); push(3)
print(pop(), peek(), pop(), pop(), peek())

def outer_rebinds():
    value = "first"
    def reader():
        return value
    value = "second"
    return reader()
print(outer_rebinds())

def counter_with_reset():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, reset
inc, reset = counter_with_reset()
print(inc(), inc(5), reset(), inc())

def deep(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2
print(deep(1)(10)(100)(1000), deep("a")("b")("c")("d"))
funcs = [(lambda n: (lambda: n * n))(i) for i in range(5)]
print([f() for f in funcs])
print(deep(*"x")(*"y")(*"z")(*"!"))
