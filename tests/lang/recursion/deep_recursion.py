# Deep (but bounded) recursion works up to the default limit of 1000 frames.
import sys
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_list(items, i=0):
    if i == len(items):
        return 0
    return items[i] + sum_list(items, i + 1)
print(sum_list(list(range(800))))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
moves = hanoi(10, "A", "C", "B", [])
print(len(moves), moves[:3], moves[-1])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(500), is_odd(777), is_even(901))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
nested = 0
for _ in range(300):
    nested = [nested, 1]
print(len(flatten(nested)), sum(flatten(nested)))
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result
perms = permutations([1, 2, 3, 4])
print(len(perms), perms[:3], perms[-1])
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
head = None
for v in range(700):
    head = Node(v, head)
print(head.length(), head.value)
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(1000)
def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)
data = list(range(0, 2000, 3))
print(binary_search(data, 999), binary_search(data, 1000), binary_search(data, 0))
