# Lists: creation, indexing, slicing, slice assignment, operators.
a = [1, 2, 3, 4, 5]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-2:])
a[0] = 10
a[-1] = 50
print(a)
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = [-1, 0]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = ["e0", "e1", "e2"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2] + [3] + []
print(b, b * 2, 2 * [0], [] * 5, [[]] * 2)
print(3 in b, 4 in b, 4 not in b, [1, 2] in [[1, 2], 3])
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2, 3] < [1, 2, 4], [2] > [1, 9, 9])
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"k": 1, "j": 2}))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested), nested[1][1][-1])
for bad in [lambda: a[100], lambda: [][0], lambda: a["x"], lambda: a[1.0]]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < ["a", 1]
except TypeError as e:
    print("TypeError:", e)
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([4, 2, 8], reverse=True))
lst = []
for i in range(5):
    lst.append(i * i)
print(lst, lst[-3:], lst[:-3])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], [matrix[i][i] for i in range(3)])
print(list(zip(*matrix)))
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
print(repr([1, "two", 3.0, None, True, [5]]), str(["a"]))
r = [1]
r.append(r)
print(r)
print([0] * 3 == [0, 0, 0], bool([]), bool([0]))
