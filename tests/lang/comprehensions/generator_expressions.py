# Generator expressions: laziness, one-shot iteration, as arguments.
gen = (x * x for x in range(5))
print(type(gen).__name__)
print(next(gen), next(gen))
print(list(gen))
print(list(gen))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
calls = []
def noisy(v):
    calls.append(v)
    return v
lazy = (noisy(v) for v in range(5))
print(calls)
print(next(lazy), calls)
print(any(v >= 2 for v in lazy), calls)
print(list(lazy), calls)
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
print(", ".join(str(n) for n in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(c.upper() for c in "abc"), set(n % 3 for n in range(9)))
nums = [1, 2, 3]
g2 = (n * 10 for n in nums)
nums.append(4)
print(list(g2))
src = [1, 2]
g3 = (x for x in src)
src = [9, 9]
print(list(g3))
def first_match(pred, items):
    return next((i for i in items if pred(i)), None)
print(first_match(lambda v: v > 10, [3, 12, 40]), first_match(lambda v: v > 100, [1]))
chained = (y for y in (x + 1 for x in range(3)))
print(list(chained))
print(sum(1 for _ in "abcdef"), min((abs(v), v) for v in [-3, 2, -1]))
g4 = (1 / x for x in [1, 0, 2])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g4))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
