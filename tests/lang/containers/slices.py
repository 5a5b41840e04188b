# slice objects, indices(), and slicing with user classes.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(-3, None)], data[slice(None, None, -4)])
print(s.indices(5), s.indices(20), slice(None).indices(7), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice(0, 0, None)))
print("abcdefgh"[slice(2, 6)], (1, 2, 3, 4)[slice(None, None, 2)], range(10)[slice(1, 8, 3)])
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1])
r[2:5] = "value"
del r[::-1]
class Seq:
    def __init__(self, n):
        self.items = list(range(n))
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self.items))
            return "Seq-slice" + str(list(range(start, stop, step)))
        return self.items[idx]
    def __len__(self):
        return len(self.items)
sq = Seq(6)
print(sq[2], sq[-1], sq[1:4], sq[::-2], sq[10:])
lst = list(range(10))
lst[slice(0, 4)] = ["a"]
print(lst)
del lst[slice(None, None, 3)]
print(lst)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[slice(0, 1, 0)]
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("slices hashable")
except TypeError as e:
    print("TypeError:", e)

# Every slice of a short list, each step, bounds in and out of range: a
# list slice copies only the span it covers, whichever direction it runs.
letters = list("abcdefg")
bounds = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
lines = []
for step in (None, 1, 2, 3, -1, -2, -3, 7, -8):
    row = []
    for start in bounds:
        for stop in bounds:
            row.append("".join(letters[start:stop:step]) or "-")
    lines.append(f"{step}: {' '.join(row)}")
print("\n".join(lines))
print(letters[::-1] == list(reversed(letters)), [][::-1], [1][5:], [1][-5:-4:-1])
