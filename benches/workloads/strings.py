# Single thread: string building, splitting, joining, formatting, methods.
import sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
words = []
for i in range(N):
    words.append(f"item{i:05d}")
text = " ".join(words)
parts = text.split()
upper = [p.upper() for p in parts if p.endswith("7")]
counts = {}
for p in parts:
    key = p[-1]
    counts[key] = counts.get(key, 0) + 1
report = "; ".join("%s=%d" % (k, v) for k, v in sorted(counts.items()))
assert len(parts) == N
