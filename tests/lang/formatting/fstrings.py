# f-strings: expressions, conversions, specs, nesting, self-documenting =.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "num": 7}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }")
print(f"{name!r} {name!s} {'é'!a} {name.upper()} {len(items)}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {n:05d} {n:x} {n:#b}")
print(f"{items[0]} {items[-1]} {d['k']} {d['num'] * 2}")
width = 12
prec = 3
print(f"{pi:{width}.{prec}f}|", f"{name:>{width}}|", f"{name:{'*'}^{width}}|")
print(f"{'nested ' + f'{n}'}", f"{str(1)}")
print(f"{{braces}} {{{n}}}")
print(f"{n if n > 40 else -n}", f"{'yes' if items else 'no'}", f"{[x * x for x in items]}")
print(f"{(lambda x: x * 10)(3)}", f"{sum(x for x in items)}", f"{ {'a': 1}['a'] }")
print(f"{n=}", f"{pi=:.2f}", f"{name=!r}", f"{ n = }", f"{items[1]=}")
x = 5
print(f"{x}{x}{x}", f"{x:>3}{x:<3}|", f"{x!r:>4}")
print(f"{3.0}", f"{1e20}", f"{0.1 + 0.2}", f"{1 / 3:.5}", f"{10 ** 20}")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
print(f"""triple {x}
quoted {name}""")
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
pt = Pt(1, "b")
print(f"{pt} {pt!r} {pt!s}", f"{pt.x + 1}", f"{[pt]}")
total = 0
for i in range(3):
    total += i
    print(f"step {i}: total={total:>3}, pct={i / 3:.0%}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{-5:+}", f"{5:+}", f"{5: }", f"{-5: }", f"{1234567:,}", f"{0.5:.0f}", f"{1.5:.0f}")
print(f"{'tab':_>6}")
date = (2024, 3, 7)
print(f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}")
print(rf"raw {x}\n", fr"{x}\t")
