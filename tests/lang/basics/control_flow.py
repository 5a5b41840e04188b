# if/elif/else, while, for, break, continue, while/else and for/else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 10, 99):
    print(v, classify(v))

i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
print("odd total", total)

n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first square over 50:", n)

for x in range(3):
    print("loop", x)
else:
    print("for-else ran")

for x in range(10):
    if x == 4:
        print("breaking at", x)
        break
else:
    print("not printed")

k = 3
while k > 0:
    k -= 1
else:
    print("while-else ran, k =", k)

k = 3
while k > 0:
    k -= 1
    if k == 1:
        break
else:
    print("not printed either")
print("k after break", k)

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx

print(find([4, 5, 6], 6), find([4, 5, 6], 7), find([], 1))

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print("pair", i, j)

count = 0
for ch in "hello world":
    if ch in "aeiou":
        count += 1
print("vowels", count)
if not []:
    print("empty list is falsy")
if 0 or "" or None:
    print("nope")
else:
    print("all falsy")
x = 5
if x:
    pass
print("after pass")
