# List comprehensions: filters, nesting, multiple for clauses.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([c.upper() for c in "hello" if c not in "l"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, ch) for i, ch in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in [3, None, 0, "", "a", [], [0]] if x])
print([f(3) for f in (abs, str, float, bool)])
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if w[0].isupper() or len(w) == 4])
print([[0] * n for n in range(4)])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([x for x in range(3) for x in range(x + 1)])
flat = []
for row in [[1, 2], [3], []]:
    flat += [v * 10 for v in row]
print(flat)
print([(x, y, z) for x in range(1, 20) for y in range(x, 20) for z in range(y, 20) if x * x + y * y == z * z])
print([i for i in range(10)][::-1][:3])
print([[c for c in w] for w in ("ab", "cd")])
print([n for n in range(100) if str(n) == str(n)[::-1] and n > 9])
fns = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fns])
print([type(v).__name__ for v in (1, "a", [], None)])
print(sum([x for x in range(101) if x % 2 == 0]), max([len(w) for w in words]))
