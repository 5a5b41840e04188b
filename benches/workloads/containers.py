# Single thread: lists, dicts and sets: building, indexing, membership, sorting.
import sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
items = [(i * 7919) % N for i in range(N)]
index = {}
for i, item in enumerate(items):
    index[item] = i
seen = set()
hits = 0
for item in items:
    if item in index and item not in seen:
        seen.add(item)
        hits += 1
ordered = sorted(items)
squares = [x * x for x in ordered if x % 3]
assert hits == len(seen)
