# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)

values = []
i = 0
while (i := i + 1) <= 5:
    values.append(i * i)
print(values)

results = [y for x in data if (y := x * 2) > 6]
print(results)
print("y leaked from comprehension:", y)

def first_big(items, limit):
    for item in items:
        if (doubled := item * 2) > limit:
            return item, doubled
    return None

print(first_big(data, 10))
print(first_big(data, 100))

print((a := 10), a + 1)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)

total = 0
print([total := total + v for v in range(1, 6)])
print("running total", total)

text = "a=1;b=2;c=3"
pairs = {}
for part in text.split(";"):
    if (eq := part.find("=")) >= 0:
        pairs[part[:eq]] = int(part[eq + 1:])
print(pairs)

def f(x):
    return (z := x + 1) * z
print(f(3))
print([(w := k, w * 10) for k in range(3)])
