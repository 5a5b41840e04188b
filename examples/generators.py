"""Generators: lazy sequences, pipelines, send() and yield from."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def primes():
    n = 2
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def running_average():
    total = 0.0
    count_ = 0
    average = None
    while True:
        value = yield average
        total += value
        count_ += 1
        average = total / count_


def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


print("Odd numbers:", list(take(8, count(1, 2))))
print("First 15 primes:", list(take(15, primes())))

squares = (n * n for n in count(1))
print("Squares ending in 6:", list(take(5, (s for s in squares if s % 10 == 6))))

avg = running_average()
next(avg)
for reading in [10, 12, 9, 15, 14]:
    print("reading %2d -> running average %.2f" % (reading, avg.send(reading)))

tree = ("project", [
    ("src", [("main.py", []), ("util.py", [])]),
    ("tests", [("test_main.py", [])]),
    ("README", []),
])
print("\n".join(walk(tree)))

words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
print("Longest word length:", max(lengths), "| generator is now exhausted:", list(lengths))
