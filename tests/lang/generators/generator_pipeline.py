# Generators composed into lazy pipelines.
TEXT = """alpha 3
beta 10
# comment line
gamma -4

delta 7
epsilon x
zeta 12"""
trace = []
def lines(text):
    for line in text.split("\n"):
        trace.append("line")
        yield line
def non_blank(src):
    for line in src:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(src):
    for line in src:
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print("  skipping bad value:", repr(value))
def positive(src):
    return ((n, v) for n, v in src if v > 0)
pipeline = positive(parse(non_blank(lines(TEXT))))
print(len(trace), "lines read before iteration")
first = next(pipeline)
print(first, len(trace), "lines read after first item")
rest = list(pipeline)
print(rest, len(trace))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_sum(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_sum([5, -2, 10, 1])))
def batched(it, n):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefgh", 3)))
def unique(it):
    seen = set()
    for v in it:
        if v not in seen:
            seen.add(v)
            yield v
print(list(unique([3, 1, 3, 2, 1, 5])), "".join(unique("mississippi")))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
squares = (n * n for n in range(1, 1000000))
small = (s for s in squares if s % 7 == 1)
print([next(small) for _ in range(6)])
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
