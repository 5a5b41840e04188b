# Comprehension scoping: loop variables don't leak; class-body quirks; closures.
x = "outer"
result = [x for x in range(3)]
print(result, x)
gen_items = list(x * 2 for x in "ab")
print(gen_items, x)
{x: 1 for x in range(2)}
{x for x in range(2)}
print("still", x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(g())

def h():
    funcs = [lambda i=i: i for i in range(3)]
    return [fn() for fn in funcs]
print(h())

class K:
    base = 10
    items = [n for n in range(3)]
    doubled = [v * 2 for v in items]
print(K.items, K.doubled)
try:
    class Broken:
        factor = 3
        vals = [factor * n for n in range(3)]
except NameError as e:
    print("NameError:", e)

class Ok:
    factor = 3
    vals = [n for n in range(factor)]
print(Ok.vals)

data = [[1, 2], [3, 4]]
print([[v for v in row] for row in data], "row" in dir())
total = 10
print([total + t for t in range(2)])
n = 5
print([n for n in range(n)])
print(n)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return [inc() for _ in range(4)], count
print(counter())
i = 100
print([i for _ in range(2)], sum(i for i in range(5)), i)
