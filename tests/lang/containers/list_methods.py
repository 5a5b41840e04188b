# List methods.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
print(a)
a.extend([3, 5])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 3), a.count(1), a.count(5), a.count("zz"))
a.remove(1)
print(a)
b = a.copy()
b.reverse()
print(b, a is b)
c = [5, 2, 8, 1]
c.sort()
print(c)
c.clear()
print(c, len(c))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    [1].index(1, 1)
except ValueError as e:
    print("ValueError:", e)
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print("matched", opener, ch)
print("stack empty:", stack == [])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
print(a.append(0) is None, [].sort() is None, [2, 1].reverse())
words = ["banana", "Apple", "cherry"]
copied = words[:]
words.sort()
print(words, copied)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
x = [1, 2, 3]
x += (4, 5)
x += "ab"
print(x)
y = [0]
y *= 3
print(y)
print(list.__name__, [].__len__(), [1, 2].__getitem__(1), [1, 2].__contains__(2))
