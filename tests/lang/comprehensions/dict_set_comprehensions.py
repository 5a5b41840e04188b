# Dict and set comprehensions.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w) for w in words})
print(sorted({w for w in words if "o" in w}))
print({x % 5 for x in range(100)}, {x * 0 for x in range(5)}, {n for n in []})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({k: v for k, v in grid.items() if v % 2 == 0})
scores = {"ann": 88, "bob": 72, "cy": 95, "dee": 60}
grades = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F") for name, s in scores.items()}
print(grades)
print({g: sorted(n for n in grades if grades[n] == g) for g in sorted(set(grades.values()))})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print(dict((x, -x) for x in range(3)), set(x for x in "aabbc") == {"a", "b", "c"})
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
print({i: [j for j in range(i)] for i in range(4)})
print({(a, b) for a in range(3) for b in range(3) if a < b} == {(0, 1), (0, 2), (1, 2)})
keys = ["k1", "k2", "k3"]
vals = [10, 20, 30]
print({k: v for k, v in zip(keys, vals)}, dict(zip(keys, vals)) == {k: v for k, v in zip(keys, vals)})
print({str(i): i % 2 == 0 for i in range(4)})
