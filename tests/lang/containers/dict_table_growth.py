# Dicts keep insertion order through growth, deletions, reinsertion,
# popitem and clear; keys that need __eq__ and keys equal across types.
d = {}
for i in range(100):
    d[i] = i * i
    d[str(i)] = i
print(len(d), d[50], d['7'])
for i in range(0, 100, 3):
    del d[i]
print(len(d), list(d)[:10])
print(d.popitem(), d.popitem())
d[0] = 'back'
print(list(d.items())[-2:])
d.clear()
print(d, len(d))
d.update(a=1, b=2)
print(d)

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v
    def __repr__(self):
        return f"K({self.v})"

e = {K(i): i for i in range(10)}
print(e[K(4)], K(11) in e, e)
del e[K(3)]
e[K(3)] = 'x'
print(e)
print({1: 2, 1.0: 3, True: 4})
x = dict.fromkeys('abcdefghijklmnopqrstuvwxyz', 0)
for k in 'aeiou':
    x.pop(k)
print(''.join(x))
churn = {}
for i in range(10000):
    churn[i] = i
    if i >= 5:
        del churn[i - 5]
print(churn, len(churn))
while churn:
    print(churn.popitem(), end=' ')
print()
try:
    for k in churn:
        pass
    it = iter({1: 1, 2: 2})
    big = {1: 1, 2: 2}
    for k in big:
        big[k + 10] = 0
except RuntimeError as error:
    print("RuntimeError:", error)
