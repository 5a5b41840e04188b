# range objects.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[1:4]), list(r[::-1]))
print(7 in r, 8 in r, 27 in r, 31 in r, r.index(15), r.count(15), r.count(16))
print(range(0), range(1, 2), range(-5, -1), range(10, -10, -5), repr(range(3)))
print(range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(0) == range(5, 1), range(3) == [0, 1, 2])
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0, -5)), len(range(-10, 10 ** 6)))
big = range(0, 10 ** 20, 7)
print(big[10 ** 15], big[-1], 10 ** 18 in big, (10 ** 18 + 6) in big, big[2:5])
print(list(range(-3, 3)), sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(5), reverse=True))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(16)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(1, 10, 2):
    total += i
print(total)
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3, 1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print([i * j for i in range(1, 4) for j in range(1, 4) if i <= j])
print(tuple(range(3)), set(range(3)), dict.fromkeys(range(3)))
print(range(2, 10, 3)[-2], range(10)[-1:-4:-1], list(range(10)[-1:-4:-1]))
