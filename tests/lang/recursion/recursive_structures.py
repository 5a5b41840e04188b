# Recursion over nested data, recursive reprs of self-containing containers, memoised recursion.
def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(v) for v in x), default=0)
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    return 0
samples = [1, [], [1, [2, [3]]], {"a": {"b": [1, (2, 3)]}}, ((((),),),)]
for s in samples:
    print(depth(s), s)
def deep_sum(x):
    if isinstance(x, (int, float)):
        return x
    if isinstance(x, dict):
        return sum(deep_sum(v) for v in x.values())
    return sum(deep_sum(v) for v in x)
print(deep_sum([1, [2, 3], {"k": [4, {"z": 5}]}, (6.5,)]))
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][2][0])
d = {"name": "loop"}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
b = [a, a]
print(b)
memo = {}
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    key = (n, max_part)
    if key not in memo:
        memo[key] = sum(partitions(n - k, k) for k in range(1, min(n, max_part) + 1))
    return memo[key]
print([partitions(n) for n in range(15)], partitions(100))
def tree_repr(node, indent=0):
    name, children = node
    lines = ["  " * indent + name]
    for c in children:
        lines.extend(tree_repr(c, indent + 1))
    return lines
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", [])])
print("\n".join(tree_repr(tree)))
def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node[1])
print(count_nodes(tree))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40), gcd(17, 5))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def to_binary(n):
    return str(n) if n < 2 else to_binary(n // 2) + str(n % 2)
print([to_binary(n) for n in (0, 1, 5, 255, 1024)])
